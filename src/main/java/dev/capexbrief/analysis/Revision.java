package dev.capexbrief.analysis;

import dev.capexbrief.dataset.Confidence;
import dev.capexbrief.dataset.Period;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A guidance that superseded an earlier one for the same company, metric and period.
 *
 * @param change        to.central - from.central, in the report currency
 * @param changePct     change / from.central
 * @param reaction      the share-price move on or just after the new guidance's day, or null
 * @param fromConfidence how well the earlier guidance is evidenced, as the dataset grades it
 * @param toConfidence  how well the new guidance is evidenced
 * @param footnote      what the dataset says readers must be told about the new guidance (e.g. that it
 *                      is an accounting change, not a spending cut), or ""
 * @param fromDecimals  the decimals {@code from} shows: as precise as the earlier guidance was stated
 * @param toDecimals    the decimals {@code to} shows
 * @param changeDecimals the decimals {@code change} shows in every output: as precise as the more precise
 *                      of the two guidances ({@link MoneyFormat#changeDecimals(BigDecimal, int, int)})
 * @param bound         what the change (and its percentage) is, measured at a floor: from "over $100B"
 *                      to ~$125B at most +$25B, to a floor at least; between two floors not known
 */
public record Revision(CompanyProfile company, String metric, Period period, String fromLabel, String toLabel,
                       BigDecimal from, BigDecimal to, BigDecimal change, BigDecimal changePct,
                       LocalDate fromDate, LocalDate toDate, String fromSource, String toSource,
                       MarketReaction reaction, Confidence fromConfidence, Confidence toConfidence,
                       String footnote, int fromDecimals, int toDecimals, int changeDecimals,
                       Growths.Bound bound) {
    public Revision {
        bound = bound == null ? Growths.Bound.EXACT : bound;
    }

    /**
     * The change as every output writes it: "+$20B" between ~$200B and ~$220B, "+$2.5B" between
     * midpoints, "at most +$25B" from "over $100B" to ~$125B; "n/a" between two floors.
     */
    public String changeLabel(String currency) {
        return bound == Growths.Bound.UNKNOWN ? "n/a"
                : bound.words() + MoneyFormat.change(change, changeDecimals, currency);
    }

    /** The change as a percentage with its bound: "+10.0%", "at most +25.0%"; "n/a" between two floors. */
    public String changePctLabel() {
        return changePct == null ? "n/a" : bound.label(changePct);
    }

    public boolean isRaise() {
        return change.signum() > 0;
    }

    /** What the change (and its percentage) rests on: both guidances. */
    public Confidence changeConfidence() {
        return Confidence.weakest(fromConfidence, toConfidence);
    }
}
