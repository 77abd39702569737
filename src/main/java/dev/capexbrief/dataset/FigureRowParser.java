package dev.capexbrief.dataset;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns one row of raw text fields (from CSV, YAML or XLSX) into a {@link Figure}, reporting every
 * problem with the row's file, line and field. Shared by every reader, so the contract is enforced
 * the same way whatever the format.
 */
final class FigureRowParser {

    static final List<String> COLUMNS = List.of("company", "company_name", "fiscal_year_end", "metric", "kind",
            "period", "value", "low", "high", "qualifier", "currency", "unit", "announced", "source", "note");
    static final Set<String> REQUIRED = Set.of("company", "metric", "kind", "period");

    /** Largest magnitude accepted, in billions: a thousand trillion of any currency is a typo. */
    private static final BigDecimal MAX_VALUE = new BigDecimal("1000000");
    private static final int MAX_DECIMALS = 6;
    private static final int MAX_TEXT = 4000;

    private final String file;
    private final CompanyRegistry companies;
    private final boolean decimalComma;

    FigureRowParser(String file, CompanyRegistry companies, boolean decimalComma) {
        this.file = file;
        this.companies = companies;
        this.decimalComma = decimalComma;
    }

    /** Parses a row; returns null (after adding problems) when the row is unusable. */
    Figure parse(long line, Map<String, String> row, List<Problem> problems) {
        int before = problems.size();
        String id = text(row, "company");
        String metric = text(row, "metric");
        for (String field : REQUIRED) {
            if (text(row, field).isEmpty()) {
                problems.add(error(line, field, "is empty; every row needs company, metric, kind and period"));
            }
        }
        for (String field : COLUMNS) {
            String v = row.get(field);
            if (v != null && v.length() > MAX_TEXT) {
                problems.add(error(line, field, "is " + v.length() + " characters long; the limit is " + MAX_TEXT));
                return null;
            }
        }
        Kind kind = null;
        if (!text(row, "kind").isEmpty()) {
            kind = Kind.parse(text(row, "kind")).orElse(null);
            if (kind == null) {
                problems.add(error(line, "kind", "'" + text(row, "kind") + "' is not a kind; use actual or guidance"));
            }
        }
        Month fye = fiscalYearEnd(line, text(row, "fiscal_year_end"), problems);
        Company company = id.isEmpty() ? null
                : companies.resolve(id, text(row, "company_name"), fye, line, problems, file);
        Period period = null;
        if (!text(row, "period").isEmpty()) {
            try {
                period = Period.parse(text(row, "period"));
            } catch (IllegalArgumentException e) {
                problems.add(error(line, "period", e.getMessage()));
            }
        }
        if (period instanceof Period.CalendarQuarter cq && company != null
                && company.fiscalYearEnd().getValue() % 3 != 0) {
            problems.add(error(line, "period", cq.label() + " does not line up with " + company.id()
                    + "'s fiscal quarters (its year ends in " + company.fiscalYearEndName() + "); use FY quarters"));
        }
        Unit unit = Unit.parse(text(row, "unit")).orElse(null);
        if (unit == null) {
            problems.add(error(line, "unit", "'" + text(row, "unit") + "' is not a unit; use B, M or %"));
        }
        boolean percentMetric = unit == Unit.PERCENT;
        if (percentMetric && !metric.isEmpty() && (metric.equals("capex") || metric.startsWith("capex_"))) {
            problems.add(error(line, "unit", "% is for percentage metrics such as share_price_move, not " + metric));
        }
        String currency = currency(line, text(row, "currency"), percentMetric, problems);
        Amount amount = amount(line, row, percentMetric, problems);
        LocalDate announced = date(line, text(row, "announced"), problems);
        boolean stated = announced != null;
        if (kind == Kind.GUIDANCE && text(row, "announced").isEmpty()) {
            problems.add(error(line, "announced", "is empty; guidance needs the day it was announced (YYYY-MM-DD)"));
        }
        if (problems.size() > before && problems.subList(before, problems.size()).stream().anyMatch(Problem::isError)) {
            return null;
        }
        return new Figure(line, company, intern(metric.toLowerCase(Locale.ROOT)), kind, period, amount, currency,
                unit, announced, stated, text(row, "source"), text(row, "note"));
    }

    private static String intern(String s) {
        return s.intern();
    }

    private Month fiscalYearEnd(long line, String text, List<Problem> problems) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            int m = Integer.parseInt(text);
            if (m >= 1 && m <= 12) {
                return Month.of(m);
            }
        } catch (NumberFormatException e) {
            for (Month month : Month.values()) {
                if (month.getDisplayName(TextStyle.FULL, Locale.ENGLISH).equalsIgnoreCase(text)
                        || month.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).equalsIgnoreCase(text)) {
                    return month;
                }
            }
        }
        problems.add(error(line, "fiscal_year_end", "'" + text + "' is not a month; use 1-12 or a month name"));
        return null;
    }

    private String currency(long line, String text, boolean percent, List<Problem> problems) {
        if (percent) {
            return "";
        }
        if (text.isEmpty()) {
            return "USD";
        }
        String code = text.toUpperCase(Locale.ROOT);
        if (code.equals("RMB")) {
            code = "CNY";
        }
        try {
            Currency.getInstance(code);
            return code;
        } catch (IllegalArgumentException e) {
            problems.add(error(line, "currency", "'" + text + "' is not an ISO 4217 currency code (e.g. USD, CNY, EUR)"));
            return null;
        }
    }

    private Amount amount(long line, Map<String, String> row, boolean percent, List<Problem> problems) {
        BigDecimal value = number(line, row, "value", percent, problems);
        BigDecimal low = number(line, row, "low", percent, problems);
        BigDecimal high = number(line, row, "high", percent, problems);
        String qText = text(row, "qualifier");
        Qualifier q = Qualifier.parse(qText).orElse(null);
        if (q == null) {
            problems.add(error(line, "qualifier", "'" + qText + "' is not a qualifier; use about, at_least or at_most"));
            return null;
        }
        boolean anyBad = problems.stream().skip(Math.max(0, problems.size() - 3))
                .anyMatch(p -> p.line() == line && Set.of("value", "low", "high").contains(p.field()));
        if (anyBad) {
            return null;
        }
        if (value != null) {
            if (low != null || high != null) {
                problems.add(error(line, "value", "give either value, or low and high, not both"));
                return null;
            }
            return switch (q) {
                case EXACT, ABOUT -> new Amount.Point(value, q);
                case AT_LEAST, AT_MOST -> new Amount.Bound(value, q);
            };
        }
        if (low != null && high != null) {
            if (high.compareTo(low) < 0) {
                problems.add(error(line, "high", "high (" + high.toPlainString() + ") is below low (" + low.toPlainString() + ")"));
                return null;
            }
            if (q == Qualifier.AT_LEAST || q == Qualifier.AT_MOST) {
                problems.add(error(line, "qualifier", q.code() + " applies to one bound; a range has low and high"));
                return null;
            }
            return low.compareTo(high) == 0 ? new Amount.Point(low, q) : new Amount.Range(low, high);
        }
        if (low != null) {
            if (q == Qualifier.AT_MOST) {
                problems.add(error(line, "qualifier", "at_most goes with high, not low"));
                return null;
            }
            return new Amount.Bound(low, Qualifier.AT_LEAST);
        }
        if (high != null) {
            if (q == Qualifier.AT_LEAST) {
                problems.add(error(line, "qualifier", "at_least goes with low, not high"));
                return null;
            }
            return new Amount.Bound(high, Qualifier.AT_MOST);
        }
        problems.add(error(line, "value", "is empty; give value, or low and high, or one bound with a qualifier"));
        return null;
    }

    private BigDecimal number(long line, Map<String, String> row, String field, boolean percent, List<Problem> problems) {
        String text = text(row, field);
        if (text.isEmpty()) {
            return null;
        }
        String t = decimalComma ? text.replace(".", "").replace(',', '.') : text;
        if (!decimalComma && t.matches("-?\\d+,\\d+")) {
            problems.add(error(line, field, "'" + text + "' uses a decimal comma; write " + t.replace(',', '.')
                    + " (or export the CSV with ';' separators, which capexbrief reads as decimal-comma)"));
            return null;
        }
        BigDecimal n;
        try {
            if (t.length() > 40) {
                throw new NumberFormatException();
            }
            n = new BigDecimal(t.replace("_", ""));
        } catch (NumberFormatException e) {
            problems.add(error(line, field, "'" + text + "' is not a number"));
            return null;
        }
        if (n.abs().compareTo(MAX_VALUE) > 0) {
            problems.add(error(line, field, text + " is implausibly large (limit " + MAX_VALUE.toPlainString()
                    + "); check the unit (B = billions, M = millions)"));
            return null;
        }
        if (n.stripTrailingZeros().scale() > MAX_DECIMALS) {
            problems.add(error(line, field, "'" + text + "' has more than " + MAX_DECIMALS + " decimal places"));
            return null;
        }
        if (!percent && n.signum() < 0) {
            problems.add(error(line, field, text + " is negative; capex amounts are positive (only % metrics may be negative)"));
            return null;
        }
        return n;
    }

    private LocalDate date(long line, String text, List<Problem> problems) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(text.length() > 10 && text.charAt(10) == 'T' ? text.substring(0, 10) : text);
        } catch (DateTimeException e) {
            problems.add(error(line, "announced", "'" + text + "' is not a date; write YYYY-MM-DD"));
            return null;
        }
    }

    private Problem error(long line, String field, String message) {
        return Problem.error(file, line, field, message);
    }

    static String text(Map<String, String> row, String field) {
        String v = row.get(field);
        return v == null ? "" : v.strip();
    }
}
