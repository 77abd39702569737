package dev.capexbrief.dataset;

import java.time.LocalDate;
import java.time.Month;

/**
 * When an actual without an announcement date counts as public: the SEC deadlines for large
 * accelerated filers, 60 days after the fiscal year ends for a 10-K, 40 days after a quarter for a 10-Q.
 */
final class FilingDeadline {
    private FilingDeadline() {
    }

    static LocalDate publicBy(Period period, Month fiscalYearEnd) {
        LocalDate end = period.end(fiscalYearEnd);
        boolean quarter = period instanceof Period.FiscalQuarter || period instanceof Period.CalendarQuarter;
        return end.plusDays(quarter ? 40 : 60);
    }
}
