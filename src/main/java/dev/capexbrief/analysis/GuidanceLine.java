package dev.capexbrief.analysis;

import dev.capexbrief.dataset.Amount;
import dev.capexbrief.dataset.Confidence;
import dev.capexbrief.dataset.Period;
import dev.capexbrief.dataset.Qualifier;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A company's latest guidance for a period as of the briefing date, in the report currency.
 *
 * @param label         as an investor writes it: "$60–65B", "over $100B", "$80B (FY ends June)"
 * @param amount        the guided amount converted to the report currency (billions)
 * @param central       the number used in totals: value, midpoint or bound
 * @param centralKind   what {@code central} is: the stated value, a range's midpoint, a floor or a ceiling
 * @param statedLabel   the amount as stated in its own currency, e.g. "RMB 380B" (equals label for USD)
 * @param priorPeriod   the fiscal year before the guided one, or null
 * @param priorActual   the actual for {@code priorPeriod} on the same basis, or null
 * @param impliedGrowth central / priorActual - 1 (a bound when a floor is at either end, {@link #growthBound()}),
 *                    or null: without a prior year, and with floors at both ends, where no rate is known
 * @param previous      the guidance this one superseded, or null
 * @param share         this company's share of the group total, or null when not in the total
 * @param annualAverage for a multi-year plan, central / years; else null
 * @param outturn       the actual the company has since reported for the guided fiscal year on the
 *                      same basis (its year has closed), or null
 * @param confidence    how well the guidance is evidenced, as the dataset grades it (also the grade of
 *                      {@code annualAverage}, which is worked out from it alone)
 * @param priorConfidence the prior-year actual's grade ({@code confidence} when there is none)
 * @param shareConfidence the weaker of this plan's and the group total's grades
 * @param footnote    what the dataset says readers must be told about this plan, or ""
 * @param endedUnreported the day the plan's period ended when that is before the as-of date and no
 *                    actual for it is public yet; null otherwise
 * @param amountLabel the amount alone in the report currency, as precise as it was stated ("~RMB 1,434B"),
 *                    without the calendar or span words {@code label} adds; {@code label} when null
 * @param statedAmount the amount as stated, in billions of its own currency: what sets the precision of
 *                    every number shown for it ({@link #decimals()}); {@code amount} when null
 * @param priorDecimals the decimals {@code priorActual} shows, as its year decided them
 *                    ({@link AnnualActual#decimals()}; a calendar year summed from quarters is computed)
 * @param priorQualifier how the prior-year actual was stated ("more than $21 billion" is a floor);
 *                    {@link Qualifier#EXACT} when null
 * @param outturnDecimals the decimals {@code outturn} shows, as its year decided them
 * @param outturnQualifier how the outturn was stated; {@link Qualifier#EXACT} when null
 */
public record GuidanceLine(CompanyProfile company, String metric, Period period, Amount amount, BigDecimal central,
                           CentralKind centralKind, String label, String statedLabel, Period priorPeriod,
                           BigDecimal priorActual, BigDecimal impliedGrowth, GuidanceLine previous,
                           LocalDate announced, String source, String note, BigDecimal share,
                           BigDecimal annualAverage, BigDecimal outturn, Confidence confidence,
                           Confidence priorConfidence, Confidence shareConfidence, String footnote,
                           java.time.LocalDate endedUnreported, String amountLabel, Amount statedAmount,
                           int priorDecimals, Qualifier priorQualifier, int outturnDecimals,
                           Qualifier outturnQualifier) {
    public GuidanceLine {
        confidence = java.util.Objects.requireNonNullElse(confidence, Confidence.UNSTATED);
        priorConfidence = java.util.Objects.requireNonNullElse(priorConfidence, confidence);
        shareConfidence = java.util.Objects.requireNonNullElse(shareConfidence, confidence);
        footnote = java.util.Objects.requireNonNullElse(footnote, "");
        amountLabel = java.util.Objects.requireNonNullElse(amountLabel, label);
        statedAmount = java.util.Objects.requireNonNullElse(statedAmount, amount);
        priorQualifier = java.util.Objects.requireNonNullElse(priorQualifier, Qualifier.EXACT);
        outturnQualifier = java.util.Objects.requireNonNullElse(outturnQualifier, Qualifier.EXACT);
        if (priorActual != null && growthBound(amount, outturn, outturnQualifier, priorQualifier) == Growths.Bound.UNKNOWN) {
            impliedGrowth = null;
        }
    }

    /**
     * The decimals its central value shows, in every output: a point or a bound as precise as it was
     * stated ("~$75B" counts as $75B, not $75.0B), a range's midpoint as computed ($62.5B).
     */
    public int decimals() {
        return MoneyFormat.decimals(amount, statedAmount);
    }

    GuidanceLine withShare(BigDecimal s, Confidence ofTotal) {
        return new GuidanceLine(company, metric, period, amount, central, centralKind, label, statedLabel,
                priorPeriod, priorActual, impliedGrowth, previous, announced, source, note, s, annualAverage, outturn,
                confidence, priorConfidence, Confidence.weakest(confidence, ofTotal), footnote, endedUnreported, amountLabel,
                statedAmount, priorDecimals, priorQualifier, outturnDecimals, outturnQualifier);
    }

    /** The prior-year actual as its year says it: "over $21B", "$91.4B"; "" without one. */
    public String priorLabel(String currency) {
        return priorActual == null ? "" : MoneyFormat.qualified(priorActual, priorDecimals, priorQualifier, currency);
    }

    /** The prior-year actual was stated as a floor ("more than $21 billion"). */
    public boolean priorFloor() {
        return priorActual != null && priorQualifier == Qualifier.AT_LEAST;
    }

    /** The prior-year actual was stated as a ceiling ("up to $21 billion"). */
    public boolean priorCeiling() {
        return priorActual != null && priorQualifier == Qualifier.AT_MOST;
    }

    /** The reported actual of the guided year as its year says it ("$55.7B"), or "" while it is open. */
    public String outturnLabel(String currency) {
        return outturn == null ? "" : MoneyFormat.qualified(outturn, outturnDecimals, outturnQualifier, currency);
    }

    /** What the implied growth rests on: the plan and the prior-year actual. */
    public Confidence growthConfidence() {
        return Confidence.weakest(confidence, priorConfidence);
    }

    /**
     * What the plan counts at in totals, shares and charts: its central value, or, once its year has
     * closed and been reported, the reported actual.
     */
    public BigDecimal value() {
        return outturn != null ? outturn : central;
    }

    /** The year has closed and its actual is reported on this basis: the number is the outturn. */
    public boolean reported() {
        return outturn != null;
    }

    /**
     * "reported $55.7B vs plan ~$50B (FY ends May)" once the year is reported; "~$50B (FY ends May);
     * year ended May 2026, not yet reported" between its end and the report; else the plan's label.
     */
    public String displayLabel(String currency) {
        if (outturn != null) {
            return "reported " + outturnLabel(currency) + " vs plan " + label;
        }
        return endedUnreported == null ? label : label + "; year ended " + Footnotes.monthYear(endedUnreported)
                + ", not yet reported";
    }

    /**
     * What the implied growth is: a minimum on top of a floor ("over $100B" on $77.7B), a maximum on a
     * floor ("~$50B" on "more than $21 billion"), unknown between two floors; the plan's number is
     * its reported actual once the year is reported, stated as that actual was.
     */
    public Growths.Bound growthBound() {
        return priorActual == null ? Growths.Bound.EXACT : growthBound(amount, outturn, outturnQualifier, priorQualifier);
    }

    private static Growths.Bound growthBound(Amount amount, BigDecimal outturn, Qualifier outturnQualifier,
                                             Qualifier priorQualifier) {
        return Growths.Bound.of(outturn != null ? outturnQualifier : amount.qualifier(), priorQualifier);
    }

    /**
     * The number it counts at is a minimum: an "over $100B" plan still open, or a reported actual stated
     * as "more than": totals with it are minimums.
     */
    public boolean valueFloor() {
        return outturn != null ? outturnQualifier == Qualifier.AT_LEAST : countsAtFloor();
    }

    /**
     * The number it counts at is a maximum: an "up to $50B" plan still open, or a reported actual
     * stated as "up to": totals with it are maximums.
     */
    public boolean valueCeiling() {
        return outturn != null ? outturnQualifier == Qualifier.AT_MOST
                : amount instanceof Amount.Bound b && b.qualifier() == Qualifier.AT_MOST;
    }

    /** An "over $100B" plan still open: it counts at its floor, so totals and growth are minimums. */
    public boolean countsAtFloor() {
        return outturn == null && amount instanceof Amount.Bound b && b.qualifier() == Qualifier.AT_LEAST;
    }

    /** The plan at the low end of its range (the amount is in report currency; the actual once reported). */
    public BigDecimal low() {
        return outturn != null ? outturn : amount instanceof Amount.Range r ? r.low() : central;
    }

    /** The plan at the high end of its range (the amount is in report currency; the actual once reported). */
    public BigDecimal high() {
        return outturn != null ? outturn : amount instanceof Amount.Range r ? r.high() : central;
    }

    /**
     * The implied growth with its range or bound: "+118.7% (+113.2% to +124.2%)", "at least +28.8%",
     * "at most +138.1%"; "" where there is none.
     */
    public String growthLabel() {
        if (impliedGrowth == null || priorActual == null || priorActual.signum() <= 0) {
            return "";
        }
        return Growths.label(impliedGrowth, low().divide(priorActual, java.math.MathContext.DECIMAL64).subtract(BigDecimal.ONE),
                high().divide(priorActual, java.math.MathContext.DECIMAL64).subtract(BigDecimal.ONE), growthBound());
    }

    public boolean hasPrior() {
        return priorActual != null;
    }
}
