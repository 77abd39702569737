package dev.capexbrief.dataset;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Objects;

/**
 * A company in the dataset, with the month its fiscal year ends and, when the dataset gives it, its
 * SEC central index key (the CIK that EDGAR files its filings under; 0 when not given).
 */
public record Company(String id, String name, Month fiscalYearEnd, long cik) {
    /** The largest CIK: the SEC writes them as ten digits. */
    public static final long MAX_CIK = 9_999_999_999L;

    public Company {
        Objects.requireNonNull(id);
        name = name == null || name.isBlank() ? id : name;
        Objects.requireNonNull(fiscalYearEnd);
        if (cik < 0 || cik > MAX_CIK) {
            throw new IllegalArgumentException("a CIK has at most ten digits: " + cik);
        }
    }

    /** A company the dataset gives no CIK for. */
    public Company(String id, String name, Month fiscalYearEnd) {
        this(id, name, fiscalYearEnd, 0);
    }

    /** True when the dataset gives the company's CIK. */
    public boolean hasCik() {
        return cik > 0;
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
