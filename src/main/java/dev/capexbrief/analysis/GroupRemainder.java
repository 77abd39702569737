package dev.capexbrief.analysis;

import java.math.BigDecimal;

/**
 * The companies left out of a top-N table or chart, summarised so the total still adds up.
 *
 * @param share their combined share of the group total, or null when the total is zero
 */
public record GroupRemainder(int companies, BigDecimal central, String label, BigDecimal share) {
}
