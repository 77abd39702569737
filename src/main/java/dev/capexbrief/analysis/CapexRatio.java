package dev.capexbrief.analysis;

import dev.capexbrief.dataset.Confidence;
import dev.capexbrief.dataset.Period;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A company's capex against another line of the same span (see {@link RatioWindow}): capex ÷
 * operating cash flow (can cash from operations fund it? what is left is free cash flow), capex ÷
 * revenue (intensity), capex ÷ depreciation. Both lines are on the span's own figures: capex on the
 * company's guidance basis, the other line as reported.
 *
 * @param id          the ratio, e.g. {@code capex-to-ocf} (see {@link Ratios#DEFINITIONS})
 * @param baseMetric  the metric of the other line, e.g. {@code depreciation_ppe}
 * @param baseLabel   that line in words, e.g. "depreciation of PP&amp;E"
 * @param period      the fiscal quarter (for a trailing twelve months, the last of its four) or fiscal year
 * @param months      the calendar months it covers, e.g. "Jul 2025–Jun 2026"
 * @param capex       capex on the company's guidance basis, report-currency billions
 * @param base        the other line, report-currency billions (may be below zero for cash flow)
 * @param ratio       capex ÷ base, or null when the base is not above zero
 * @param yearEarlier the same ratio a year before (same quarter, the twelve months before, the year
 *                    before), or null when either line is missing then
 */
public record CapexRatio(String id, String baseMetric, String baseLabel, CompanyProfile company, RatioWindow window,
                         Period period, String months, Reading capex, Reading base, BigDecimal ratio,
                         CapexRatio yearEarlier) {

    /**
     * One line's value over the span and what it rests on.
     *
     * @param provenance for a fiscal year, how its value came about (reported, summed from four
     *                   quarters, derived); null for a quarter or a trailing twelve months
     * @param decimals   the decimals it shows: a quarter's or a fiscal year's own ({@link QuarterActual#decimals()},
     *                   {@link AnnualActual#decimals()}), else the rule's
     */
    public record Reading(BigDecimal value, Confidence confidence, Provenance provenance, int decimals) {
        public Reading {
            Objects.requireNonNull(value);
            Objects.requireNonNull(confidence);
        }

        /** A computed value (a sum of quarters), shown with the rule's decimals. */
        public Reading(BigDecimal value, Confidence confidence, Provenance provenance) {
            this(value, confidence, provenance, MoneyFormat.decimals(value));
        }

        /** A quarter as it was stated. */
        static Reading of(QuarterActual a) {
            return new Reading(a.value(), a.confidence(), null, a.decimals());
        }
    }

    public CapexRatio {
        Objects.requireNonNull(period);
        Objects.requireNonNull(capex);
        Objects.requireNonNull(base);
    }

    /** What the ratio rests on: the weaker of the two lines. */
    public Confidence confidence() {
        return Confidence.weakest(capex.confidence(), base.confidence());
    }

    /** The other line less capex: for operating cash flow, the free cash flow left after capex. */
    public BigDecimal difference() {
        return base.value().subtract(capex.value());
    }

    /** The ratio's change on a year earlier (0.341 for 80.9% → 115.0%), or null. */
    public BigDecimal change() {
        return ratio == null || yearEarlier == null || yearEarlier.ratio() == null ? null
                : ratio.subtract(yearEarlier.ratio());
    }

    /** The span as a reader says it: "Apr–Jun 2026", "TTM to Jun 2026", "FY2025". */
    public String spanLabel() {
        return switch (window) {
            case QUARTER -> months;
            case TRAILING_TWELVE_MONTHS -> "TTM to " + months.substring(months.indexOf('\u2013') + 1);
            case FISCAL_YEAR -> period.label();
        };
    }

    /** The last day of the span (of its quarter, or of its fiscal year). */
    public java.time.LocalDate end() {
        return period.end(company.company().fiscalYearEnd());
    }

    /** "FY2026Q2", "TTM to FY2026Q2", "FY2025". */
    public String periodLabel() {
        return window == RatioWindow.TRAILING_TWELVE_MONTHS ? "TTM to " + period.label() : period.label();
    }
}
