package dev.capexbrief.dataset;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Objects;

/** A company in the dataset, with the month its fiscal year ends. */
public record Company(String id, String name, Month fiscalYearEnd) {
    public Company {
        Objects.requireNonNull(id);
        name = name == null || name.isBlank() ? id : name;
        Objects.requireNonNull(fiscalYearEnd);
    }

    /** True when the fiscal year is the calendar year. */
    public boolean calendarFiscalYear() {
        return fiscalYearEnd == Month.DECEMBER;
    }

    /** "June" for a fiscal year ending in June. */
    public String fiscalYearEndName() {
        return fiscalYearEnd.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }
}
