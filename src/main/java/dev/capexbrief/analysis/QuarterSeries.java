package dev.capexbrief.analysis;

import dev.capexbrief.dataset.Period;

import dev.capexbrief.dataset.Confidence;

import java.math.BigDecimal;
import java.util.List;

/**
 * One company's quarterly actuals on its headline basis, oldest first, with the current run rate.
 *
 * @param runRate           latest quarter × 4; null without quarters, or when the company has since reported
 *                          a later quarter on another basis ({@code laterOnOtherBasis}): a run rate comes only
 *                          from a company's latest reported quarter
 * @param runRateVsGuidance runRate / focus-year guidance central - 1; null without guidance or when not current
 * @param current           the latest quarter ended within {@link #CURRENT_DAYS} days of the as-of date and is
 *                          not {@code stale}, so its run rate says something about spending now
 * @param vsGuidanceConfidence the weaker of the latest quarter's and the plan's grades, or the quarter's
 *                          when there is no comparison
 * @param plan              the plan the run rate is measured against, or null
 * @param stale             the latest quarter ended {@link #STALE_DAYS} days (two quarters) or more before the
 *                          latest quarter of any other company: it is marked, never set in bold, never compared
 *                          with a plan and never the quarterly exhibit's title
 * @param laterOnOtherBasis a quarter after {@code latest} that the company reported only on another capex
 *                          basis, or null
 * @param laterBasisLabel   that quarter's basis in words, or ""
 */
public record QuarterSeries(CompanyProfile company, List<QuarterActual> quarters, BigDecimal runRate,
                            QuarterActual latest, BigDecimal runRateVsGuidance, boolean current,
                            Confidence vsGuidanceConfidence, GuidanceLine plan, boolean stale,
                            QuarterActual laterOnOtherBasis, String laterBasisLabel) {
    /** Two quarters and a reporting lag: a latest quarter older than this is history, not a run rate. */
    public static final int CURRENT_DAYS = 200;
    /**
     * Two quarters between quarter ends, less a week for 52/53-week calendars (a quarter ending 2026-01-03
     * is two behind one ending 2026-06-30); one quarter plus the gap of an off-calendar year (a Jan–Mar
     * quarter against Jun–Aug, 153 days) is not.
     */
    public static final int STALE_DAYS = 175;

    public QuarterSeries {
        quarters = List.copyOf(quarters);
        laterBasisLabel = laterBasisLabel == null ? "" : laterBasisLabel;
    }

    /**
     * What {@link #runRateVsGuidance()} is: against a floor ("over $100B") the run rate is at most that
     * far above the plan, against a ceiling at least; against a point or a range's midpoint exactly.
     */
    public Growths.Bound vsGuidanceBound() {
        return plan == null ? Growths.Bound.EXACT : Growths.Bound.of(dev.capexbrief.dataset.Qualifier.EXACT,
                plan.amount().qualifier());
    }

    /** The run rate against the plan as every output writes it: "-3.5%", "at most +12.0%"; "" without one. */
    public String vsGuidanceLabel() {
        return runRateVsGuidance == null ? "" : vsGuidanceBound().label(runRateVsGuidance);
    }

    /** The plan the run rate is measured against: the focus-year plan, unless the latest quarter is of a later year. */
    public java.util.Optional<GuidanceLine> planForLatest() {
        return java.util.Optional.ofNullable(plan);
    }

    /**
     * The latest quarter's growth on the same fiscal quarter a year before, on the same basis; null
     * without both quarters or when the year-ago quarter is zero.
     */
    public BigDecimal latestYearOnYear() {
        QuarterActual a = yearAgo();
        if (a == null || a.value().signum() == 0) {
            return null;
        }
        return latest.value().divide(a.value(), java.math.MathContext.DECIMAL64).subtract(BigDecimal.ONE);
    }

    /** The same fiscal quarter a year before the latest, or null. */
    public QuarterActual yearAgo() {
        if (latest == null) {
            return null;
        }
        Period.FiscalQuarter q = latest.quarter();
        return quarters.stream().filter(x -> x.quarter().year() == q.year() - 1 && x.quarter().quarter() == q.quarter())
                .findFirst().orElse(null);
    }

    /** The run rate rests on the latest quarter alone. */
    public Confidence runRateConfidence() {
        return latest == null ? Confidence.UNSTATED : latest.confidence();
    }
}
