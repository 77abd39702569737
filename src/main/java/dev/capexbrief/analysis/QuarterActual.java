package dev.capexbrief.analysis;

import dev.capexbrief.dataset.Confidence;
import dev.capexbrief.dataset.Period;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A fiscal quarter's actual on the company's headline basis.
 *
 * @param calendarLabel the months it covers, e.g. "Oct–Dec 2024"
 * @param stated        the amount as the dataset states it (its unit and currency)
 * @param factor        what turns {@code stated} into report-currency billions
 * @param confidence    how well the figure is evidenced, as the dataset grades it
 */
public record QuarterActual(Period.FiscalQuarter quarter, String calendarLabel, LocalDate end, BigDecimal stated,
                            BigDecimal factor, String source, Confidence confidence) {

    /**
     * The amount in report-currency billions. Worked out when asked: a briefing of 20,000 companies
     * holds a million quarters, and the renderers read only the latest few of each.
     */
    public BigDecimal value() {
        return factor.equals(BigDecimal.ONE) ? stated : stated.multiply(factor);
    }
}
