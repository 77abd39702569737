package dev.capexbrief.dataset;

import java.time.LocalDate;

/**
 * One row of the dataset: a company's actual or guided value of a metric for a period.
 *
 * @param line        line (CSV), or the figure's position (YAML, XLSX), for error messages
 * @param announced   the day the figure became public; for actuals without a date, the SEC filing deadline
 * @param announcedStated whether {@code announced} was given in the data or derived from the deadline
 */
public record Figure(long line, Company company, String metric, Kind kind, Period period, Amount amount,
                     String currency, Unit unit, LocalDate announced, boolean announcedStated,
                     String source, String note) {

    public boolean isGuidance() {
        return kind == Kind.GUIDANCE;
    }

    /** Capex figures on any basis: {@code capex} or {@code capex_*}. */
    public boolean isCapex() {
        return metric.equals("capex") || metric.startsWith("capex_");
    }
}
