package dev.capexbrief.dataset;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period bound to a company's fiscal calendar: fiscal year, fiscal quarter, calendar
 * year, calendar quarter or a multi-year span of fiscal years. A fiscal year is named after the
 * calendar year in which it ends (Microsoft's FY2025 runs July 2024 – June 2025).
 */
public sealed interface Period
        permits Period.FiscalYear, Period.FiscalQuarter, Period.CalendarYear, Period.CalendarQuarter, Period.Span {

    /** The label as written in a dataset, e.g. {@code FY2025Q3}. */
    String label();

    /** First day of the period for a company whose fiscal year ends in {@code fiscalYearEnd}. */
    LocalDate start(Month fiscalYearEnd);

    /** Last day of the period for a company whose fiscal year ends in {@code fiscalYearEnd}. */
    LocalDate end(Month fiscalYearEnd);

    /** Number of fiscal years the period covers (1 for a year, 0 for a quarter, N for a span). */
    default int years() {
        return 0;
    }

    /**
     * The period as a reader of the company's filings names it: a December-year company's quarters
     * like the calendar ({@code Q1 2026}), any other company's with its fiscal year first
     * ({@code FY2026 Q3}), so a fiscal year is never taken for a calendar year; years by
     * their label ({@code FY2025}, {@code CY2025}), spans as {@code FY2026–FY2028}.
     */
    default String inFiscalTerms(Month fiscalYearEnd) {
        return label();
    }

    /**
     * The period in the company's fiscal calendar where the two are the same months: for a company
     * whose fiscal year ends in December a calendar year is its fiscal year ({@code CY2026} is its
     * {@code FY2026}) and a calendar quarter its fiscal quarter; otherwise the period itself.
     */
    default Period inFiscalYears(Month fiscalYearEnd) {
        return this;
    }

    /** A fiscal year, e.g. {@code FY2025}. */
    record FiscalYear(int year) implements Period {
        @Override public String label() { return "FY" + year; }
        @Override public LocalDate start(Month fye) { return end(fye).minusYears(1).plusDays(1); }
        @Override public LocalDate end(Month fye) { return YearMonth.of(year, fye).atEndOfMonth(); }
        @Override public int years() { return 1; }
        public FiscalQuarter quarter(int q) { return new FiscalQuarter(year, q); }
    }

    /** A fiscal quarter, e.g. {@code FY2025Q2} (for Microsoft: October–December 2024). */
    record FiscalQuarter(int year, int quarter) implements Period {
        public FiscalQuarter {
            if (quarter < 1 || quarter > 4) {
                throw new IllegalArgumentException("quarter must be 1-4, not " + quarter);
            }
        }
        @Override public String label() { return "FY" + year + "Q" + quarter; }
        @Override public String inFiscalTerms(Month fye) {
            return fye == Month.DECEMBER ? "Q" + quarter + " " + year : "FY" + year + " Q" + quarter;
        }
        @Override public LocalDate start(Month fye) { return end(fye).minusMonths(2).withDayOfMonth(1); }
        @Override public LocalDate end(Month fye) {
            return YearMonth.of(year, fye).minusMonths(3L * (4 - quarter)).atEndOfMonth();
        }
        public FiscalYear fiscalYear() { return new FiscalYear(year); }
        /** The next fiscal quarter. */
        public FiscalQuarter next() { return quarter == 4 ? new FiscalQuarter(year + 1, 1) : new FiscalQuarter(year, quarter + 1); }
        /** Ordinal for sorting and gap checks: year * 4 + quarter - 1. */
        public int ordinal() { return year * 4 + quarter - 1; }
    }

    /** A calendar year, e.g. {@code CY2025}. */
    record CalendarYear(int year) implements Period {
        @Override public String label() { return "CY" + year; }
        @Override public Period inFiscalYears(Month fye) { return fye == Month.DECEMBER ? new FiscalYear(year) : this; }
        @Override public LocalDate start(Month fye) { return LocalDate.of(year, 1, 1); }
        @Override public LocalDate end(Month fye) { return LocalDate.of(year, 12, 31); }
        @Override public int years() { return 1; }
    }

    /** A calendar quarter, e.g. {@code CY2025Q1}. */
    record CalendarQuarter(int year, int quarter) implements Period {
        public CalendarQuarter {
            if (quarter < 1 || quarter > 4) {
                throw new IllegalArgumentException("quarter must be 1-4, not " + quarter);
            }
        }
        @Override public String label() { return "CY" + year + "Q" + quarter; }
        @Override public String inFiscalTerms(Month fye) {
            return fye == Month.DECEMBER ? "Q" + quarter + " " + year : "CY" + year + " Q" + quarter;
        }
        @Override public Period inFiscalYears(Month fye) {
            return fye == Month.DECEMBER ? new FiscalQuarter(year, quarter) : this;
        }
        @Override public LocalDate start(Month fye) { return LocalDate.of(year, quarter * 3 - 2, 1); }
        @Override public LocalDate end(Month fye) { return YearMonth.of(year, quarter * 3).atEndOfMonth(); }
    }

    /** Several consecutive fiscal years, e.g. {@code FY2026-FY2028}: a multi-year plan. */
    record Span(FiscalYear from, FiscalYear to) implements Period {
        public Span {
            if (to.year() <= from.year()) {
                throw new IllegalArgumentException("span must end after it starts: " + from.label() + "-" + to.label());
            }
        }
        @Override public String label() { return from.label() + "-" + to.label(); }
        @Override public String inFiscalTerms(Month fye) { return from.label() + "\u2013" + to.label(); }
        @Override public LocalDate start(Month fye) { return from.start(fye); }
        @Override public LocalDate end(Month fye) { return to.end(fye); }
        @Override public int years() { return to.year() - from.year() + 1; }
    }

    /**
     * The fiscal quarter that matches a calendar quarter for a company, when its fiscal year ends
     * on a calendar-quarter end (March, June, September, December).
     */
    static Optional<FiscalQuarter> fiscalQuarterOf(CalendarQuarter cq, Month fye) {
        if (fye.getValue() % 3 != 0) {
            return Optional.empty();
        }
        YearMonth end = YearMonth.of(cq.year(), cq.quarter() * 3);
        int fiscalYear = end.getMonthValue() > fye.getValue() ? end.getYear() + 1 : end.getYear();
        int monthsBeforeYearEnd = (int) (YearMonth.of(fiscalYear, fye).getMonthValue() - end.getMonthValue()
                + 12L * (fiscalYear - end.getYear()));
        return Optional.of(new FiscalQuarter(fiscalYear, 4 - monthsBeforeYearEnd / 3));
    }

    /** Parses a period label; see {@link PeriodSyntaxException} for what it reports. */
    static Period parse(String text) {
        return PeriodParser.parse(text);
    }

    /** Period labels: {@code FY2025}, {@code FY2025Q3}, {@code CY2025}, {@code CY2025Q1}, {@code FY2026-FY2028}. */
    final class PeriodParser {
        private static final Pattern SINGLE = Pattern.compile("(FY|CY)(\\d{4})(?:Q(\\d))?");
        /** Longer texts are not periods; checking this first keeps hostile input cheap. */
        private static final int MAX_CHARS = 40;
        private static final String HOW = "write FY2025, FY2025Q3, CY2025, CY2025Q1 or FY2026-FY2028";

        private PeriodParser() {
        }

        static Period parse(String raw) {
            if (raw == null || raw.isBlank()) {
                throw new PeriodSyntaxException("is empty; " + HOW);
            }
            if (raw.length() > MAX_CHARS) {
                throw new PeriodSyntaxException(Texts.quote(raw) + " is not a period; " + HOW);
            }
            String text = raw.strip().toUpperCase(java.util.Locale.ROOT);
            int dash = text.indexOf('-');
            if (dash < 0) {
                return single(text, raw);
            }
            if (dash != text.lastIndexOf('-')) {
                throw new PeriodSyntaxException(Texts.quote(raw) + " is not a period; " + HOW);
            }
            Period from = single(text.substring(0, dash).strip(), raw);
            Period to = single(text.substring(dash + 1).strip(), raw);
            if (!(from instanceof FiscalYear f) || !(to instanceof FiscalYear t)) {
                throw new PeriodSyntaxException(Texts.quote(raw) + " is not a valid span; a span joins two fiscal years, e.g. FY2026-FY2028");
            }
            if (t.year() <= f.year()) {
                throw new PeriodSyntaxException(Texts.quote(raw) + " ends before it starts");
            }
            if (t.year() - f.year() > 20) {
                throw new PeriodSyntaxException(Texts.quote(raw) + " spans more than 20 years");
            }
            return new Span(f, t);
        }

        private static Period single(String text, String raw) {
            Matcher m = SINGLE.matcher(text);
            if (!m.matches()) {
                throw new PeriodSyntaxException(Texts.quote(raw) + " is not a period; " + HOW);
            }
            int year = Integer.parseInt(m.group(2));
            if (year < 1900 || year > 2200) {
                throw new PeriodSyntaxException(Texts.quote(raw) + " has a year outside 1900-2200");
            }
            boolean fiscal = m.group(1).equals("FY");
            if (m.group(3) == null) {
                return fiscal ? new FiscalYear(year) : new CalendarYear(year);
            }
            int q = Integer.parseInt(m.group(3));
            if (q < 1 || q > 4) {
                throw new PeriodSyntaxException(Texts.quote(raw) + " has quarter " + q + "; quarters are Q1-Q4");
            }
            return fiscal ? new FiscalQuarter(year, q) : new CalendarQuarter(year, q);
        }
    }

    /** A period label that cannot be parsed; the message says how to write it. */
    final class PeriodSyntaxException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        PeriodSyntaxException(String message) {
            super(message);
        }
    }
}
