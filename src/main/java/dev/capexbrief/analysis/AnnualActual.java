package dev.capexbrief.analysis;

import dev.capexbrief.dataset.Period;

import java.math.BigDecimal;

/**
 * A fiscal year's actual on one basis.
 *
 * @param quarters      quarters found for the year (4 when complete); 0 when an annual figure was reported
 * @param fromQuarters  true when the value is the sum of four quarters (no annual figure)
 * @param partial       true when fewer than four quarters exist and no annual figure: value is the partial sum
 * @param derived       true when computed from reported components (e.g. purchases − proceeds)
 * @param yoy           growth on the previous fiscal year on the same basis, or null
 */
public record AnnualActual(Period.FiscalYear year, BigDecimal value, int quarters, boolean fromQuarters,
                           boolean partial, BigDecimal yoy, String source, boolean derived) {
}
