package dev.capexbrief.analysis;

import dev.capexbrief.dataset.Confidence;

import java.math.BigDecimal;
import java.util.List;

/**
 * One company's quarterly actuals on its headline basis, oldest first, with the current run rate.
 *
 * @param runRate           latest quarter × 4, or null without quarters
 * @param runRateVsGuidance runRate / focus-year guidance central - 1; null without guidance or when not current
 * @param current           the latest quarter ended within {@link #CURRENT_DAYS} days of the as-of date, so
 *                          its run rate says something about spending now
 * @param vsGuidanceConfidence the weaker of the latest quarter's and the plan's grades, or the quarter's
 *                          when there is no comparison
 * @param plan              the plan the run rate is measured against, or null
 */
public record QuarterSeries(CompanyProfile company, List<QuarterActual> quarters, BigDecimal runRate,
                            QuarterActual latest, BigDecimal runRateVsGuidance, boolean current,
                            Confidence vsGuidanceConfidence, GuidanceLine plan) {
    /** Two quarters and a reporting lag: a latest quarter older than this is history, not a run rate. */
    public static final int CURRENT_DAYS = 200;

    public QuarterSeries {
        quarters = List.copyOf(quarters);
    }

    /** The plan the run rate is measured against: the focus-year plan, unless the latest quarter is of a later year. */
    public java.util.Optional<GuidanceLine> planForLatest() {
        return java.util.Optional.ofNullable(plan);
    }

    /** The run rate rests on the latest quarter alone. */
    public Confidence runRateConfidence() {
        return latest == null ? Confidence.UNSTATED : latest.confidence();
    }
}
