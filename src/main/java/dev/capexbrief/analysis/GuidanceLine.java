package dev.capexbrief.analysis;

import dev.capexbrief.dataset.Amount;
import dev.capexbrief.dataset.Confidence;
import dev.capexbrief.dataset.Period;

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
 * @param impliedGrowth central / priorActual - 1, or null
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
 */
public record GuidanceLine(CompanyProfile company, String metric, Period period, Amount amount, BigDecimal central,
                           CentralKind centralKind, String label, String statedLabel, Period priorPeriod,
                           BigDecimal priorActual, BigDecimal impliedGrowth, GuidanceLine previous,
                           LocalDate announced, String source, String note, BigDecimal share,
                           BigDecimal annualAverage, BigDecimal outturn, Confidence confidence,
                           Confidence priorConfidence, Confidence shareConfidence, String footnote) {
    public GuidanceLine {
        confidence = java.util.Objects.requireNonNullElse(confidence, Confidence.UNSTATED);
        priorConfidence = java.util.Objects.requireNonNullElse(priorConfidence, confidence);
        shareConfidence = java.util.Objects.requireNonNullElse(shareConfidence, confidence);
        footnote = java.util.Objects.requireNonNullElse(footnote, "");
    }

    GuidanceLine withShare(BigDecimal s, Confidence ofTotal) {
        return new GuidanceLine(company, metric, period, amount, central, centralKind, label, statedLabel,
                priorPeriod, priorActual, impliedGrowth, previous, announced, source, note, s, annualAverage, outturn,
                confidence, priorConfidence, Confidence.weakest(confidence, ofTotal), footnote);
    }

    /** What the implied growth rests on: the plan and the prior-year actual. */
    public Confidence growthConfidence() {
        return Confidence.weakest(confidence, priorConfidence);
    }

    public boolean hasPrior() {
        return priorActual != null;
    }
}
