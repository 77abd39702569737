package dev.capexbrief.analysis;

import dev.capexbrief.dataset.Confidence;

import java.math.BigDecimal;

/**
 * The companies left out of a top-N table or chart, summarised so the total still adds up.
 *
 * @param share their combined share of the group total, or null when the total is zero
 * @param confidence the weakest grade of their plans
 * @param shareConfidence the weaker of that and the group total's grade
 */
public record GroupRemainder(int companies, BigDecimal central, String label, BigDecimal share,
                             Confidence confidence, Confidence shareConfidence) {
}
