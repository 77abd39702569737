package dev.capexbrief.analysis;

import dev.capexbrief.dataset.Confidence;
import dev.capexbrief.dataset.Period;
import dev.capexbrief.dataset.Unit;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A fiscal quarter's actual on the company's headline basis.
 *
 * @param calendarLabel the months it covers, e.g. "Oct–Dec 2024"
 * @param stated        the amount as the dataset states it (its unit and currency)
 * @param factor        what turns {@code stated} into report-currency billions
 * @param unit          the unit {@code stated} is in (what its precision is counted in)
 * @param confidence    how well the figure is evidenced, as the dataset grades it
 */
public record QuarterActual(Period.FiscalQuarter quarter, String calendarLabel, LocalDate end, BigDecimal stated,
                            BigDecimal factor, Unit unit, String source, Confidence confidence) {

    /**
     * The amount in report-currency billions. Worked out when asked: a briefing of 20,000 companies
     * holds a million quarters, and the renderers read only the latest few of each.
     */
    public BigDecimal value() {
        return factor.equals(BigDecimal.ONE) ? stated : stated.multiply(factor);
    }

    /**
     * The decimals the quarter shows, decided here for every output: the rule's for its value, never
     * more than it was stated with (Microsoft's "$41 billion" is "$41B", a stated 23.953 is "$24.0B").
     */
    public int decimals() {
        return MoneyFormat.decimals(value(), unit == Unit.BILLIONS ? stated : stated.multiply(unit.toBillions()));
    }

    /** The quarter as every output prints it: "$41B", "$53.1B", "RMB 294B". */
    public String label(String currency) {
        return MoneyFormat.billions(value(), decimals(), currency);
    }
}
