package dev.capexbrief.analysis;

import java.math.BigDecimal;
import java.util.List;

/**
 * A calendar-year actual for a company whose fiscal year does not end in December, summed from
 * the four fiscal quarters that fall in that calendar year (headline basis).
 *
 * @param quarters the fiscal quarters summed, e.g. [FY2025Q3, FY2025Q4, FY2026Q1, FY2026Q2]
 */
public record CalendarYearActual(CompanyProfile company, int year, BigDecimal value, List<String> quarters) {
    public CalendarYearActual {
        quarters = List.copyOf(quarters);
    }
}
