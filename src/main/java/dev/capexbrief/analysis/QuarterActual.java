package dev.capexbrief.analysis;

import dev.capexbrief.dataset.Confidence;
import dev.capexbrief.dataset.Figure;
import dev.capexbrief.dataset.Period;
import dev.capexbrief.dataset.Unit;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A fiscal quarter's actual on the company's headline basis. It keeps the figure it was read from
 * and the months it covers (shared by every company with the same fiscal calendar) rather than
 * copies of their fields: a briefing of 20,000 companies holds a million quarters.
 *
 * @param months the quarter and the months it covers
 * @param figure the dataset's figure for the quarter (its amount, unit, source and grade)
 * @param factor what turns the figure's stated amount into report-currency billions
 */
public record QuarterActual(Months months, Figure figure, BigDecimal factor) {

    /**
     * A fiscal quarter and the calendar months it covers.
     *
     * @param label the months, e.g. "Oct–Dec 2024"
     * @param end   the quarter's last day
     */
    public record Months(Period.FiscalQuarter quarter, String label, LocalDate end) {
    }

    public Period.FiscalQuarter quarter() {
        return months.quarter();
    }

    /** The months it covers, e.g. "Oct–Dec 2024". */
    public String calendarLabel() {
        return months.label();
    }

    public LocalDate end() {
        return months.end();
    }

    /** The amount as the dataset states it (its unit and currency). */
    public BigDecimal stated() {
        return figure.amount().central();
    }

    /** The unit {@link #stated()} is in (what its precision is counted in). */
    public Unit unit() {
        return figure.unit();
    }

    public String source() {
        return figure.source();
    }

    /** How well the figure is evidenced, as the dataset grades it. */
    public Confidence confidence() {
        return figure.confidence();
    }

    /**
     * The amount in report-currency billions. Worked out when asked: a briefing of 20,000 companies
     * holds a million quarters, and the renderers read only the latest few of each.
     */
    public BigDecimal value() {
        BigDecimal stated = stated();
        return factor.equals(BigDecimal.ONE) ? stated : stated.multiply(factor);
    }

    /**
     * The decimals the quarter shows, decided here for every output: the rule's for its value, never
     * more than it was stated with (Microsoft's "$41 billion" is "$41B", a stated 23.953 is "$24.0B").
     */
    public int decimals() {
        BigDecimal stated = stated();
        Unit unit = unit();
        return MoneyFormat.decimals(value(), unit == Unit.BILLIONS ? stated : stated.multiply(unit.toBillions()));
    }

    /** The quarter as every output prints it: "$41B", "$53.1B", "RMB 294B". */
    public String label(String currency) {
        return MoneyFormat.billions(value(), decimals(), currency);
    }
}
