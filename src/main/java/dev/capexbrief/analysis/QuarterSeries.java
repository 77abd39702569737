package dev.capexbrief.analysis;

import java.math.BigDecimal;
import java.util.List;

/**
 * One company's quarterly actuals on its headline basis, oldest first, with the current run rate.
 *
 * @param runRate           latest quarter × 4, or null without quarters
 * @param runRateVsGuidance runRate / focus-year guidance central - 1; null without guidance or when not current
 * @param current           the latest quarter ended within {@link #CURRENT_DAYS} days of the as-of date, so
 *                          its run rate says something about spending now
 */
public record QuarterSeries(CompanyProfile company, List<QuarterActual> quarters, BigDecimal runRate,
                            QuarterActual latest, BigDecimal runRateVsGuidance, boolean current, GuidanceLine plan) {
    /** Two quarters and a reporting lag: a latest quarter older than this is history, not a run rate. */
    public static final int CURRENT_DAYS = 200;

    public QuarterSeries {
        quarters = List.copyOf(quarters);
    }

    /** The plan the run rate is measured against: the focus-year plan, when the latest quarter falls in that year. */
    public java.util.Optional<GuidanceLine> planForLatest() {
        return java.util.Optional.ofNullable(plan);
    }
}
