package dev.capexbrief.analysis;

import dev.capexbrief.dataset.Period;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A fiscal quarter's actual on the company's headline basis.
 *
 * @param calendarLabel the months it covers, e.g. "Oct–Dec 2024"
 */
public record QuarterActual(Period.FiscalQuarter quarter, String calendarLabel, LocalDate end, java.math.BigDecimal value,
                            String source) {
}
