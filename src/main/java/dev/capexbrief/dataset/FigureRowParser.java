package dev.capexbrief.dataset;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns one row of raw text fields (from CSV, YAML or XLSX) into a {@link Figure}, reporting every
 * problem with the row's file, line and field. Shared by every reader, so the contract is enforced
 * the same way whatever the format. Repeated texts (periods, dates, metrics, sources) are parsed
 * once and shared, which keeps a million-row file fast and small.
 */
final class FigureRowParser {

    static final List<String> COLUMNS = List.of("company", "company_name", "fiscal_year_end", "metric", "kind",
            "period", "value", "low", "high", "qualifier", "currency", "unit", "announced", "source", "note",
            "cik", "tag", "form", "accession", "confidence", "footnote");
    /** The header messages suggest: the columns a hand-written dataset uses (the rest are for imported actuals). */
    static final List<String> EXAMPLE_HEADER = COLUMNS.subList(0, COLUMNS.indexOf("cik"));
    static final Set<String> REQUIRED = Set.of("company", "metric", "kind", "period");
    private static final List<String> REQUIRED_IN_ORDER = List.of("company", "metric", "kind", "period");

    /** Largest magnitude accepted, in billions: a thousand trillion of any currency is a typo. */
    static final BigDecimal MAX_VALUE = new BigDecimal("1000000");
    static final int MAX_DECIMALS = 6;
    /** Longest text in any field. */
    static final int MAX_TEXT = 4000;
    /** Announcement dates outside these years are typos (and would break date arithmetic downstream). */
    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 2200;
    /** Free-text fields, where a quoted CSV field may hold line breaks and tabs. */
    private static final Set<String> MULTILINE = Set.of("company_name", "source", "note", "footnote");
    private static final Pattern CIK = Pattern.compile("\\d{1,10}");
    /** An XBRL concept, optionally with its taxonomy prefix: Revenues, us-gaap:Revenues, ifrs-full:Revenue. */
    private static final Pattern TAG = Pattern.compile("(?:[A-Za-z][A-Za-z0-9-]{0,39}:)?[A-Za-z_][A-Za-z0-9_.-]{0,199}");
    /** A form as EDGAR names it: 10-Q, 10-K, 20-F, 40-F, 6-K, 10-K/A, 10-KT. */
    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.-]{0,14}(?:/A)?");
    /** An accession number: the filer agent's CIK, the year, a sequence (0001652044-25-000091). */
    private static final Pattern ACCESSION = Pattern.compile("\\d{10}-\\d{2}-\\d{6}");
    private static final Pattern DATE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(?:T(\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,9})?)?))?");
    private static final int CACHE_LIMIT = 100_000;

    private final String file;
    private final CompanyRegistry companies;
    private final NumberText numbers;
    private final Map<String, Object> periods = new HashMap<>();
    private final Map<String, Object> dates = new HashMap<>();
    private final Map<String, String> texts = new HashMap<>();
    /**
     * Plain amounts (a value, no qualifier, no bounds) by their text: a million quarters of a few
     * hundred thousand distinct values then share their amounts instead of holding a copy each.
     */
    private final Map<String, Amount.Point> points = new HashMap<>();
    /** Company ids as written → as compared. */
    private final Map<String, String> ids = new HashMap<>();

    FigureRowParser(String file, CompanyRegistry companies, boolean decimalComma) {
        this.file = file;
        this.companies = companies;
        this.numbers = new NumberText(decimalComma, MAX_VALUE, MAX_DECIMALS);
    }

    /** Parses a row; returns null (after adding problems) when the row is unusable. */
    Figure parse(long line, Map<String, String> row, List<Problem> problems) {
        int before = problems.size();
        if (!plainText(line, row, problems)) {
            return null;
        }
        String id = companyId(line, text(row, "company"), problems);
        String metric = text(row, "metric");
        for (String field : REQUIRED_IN_ORDER) {
            if (text(row, field).isEmpty()) {
                problems.add(error(line, field, "is empty; every row needs company, metric, kind and period"));
            }
        }
        Kind kind = null;
        String kindText = text(row, "kind");
        if (!kindText.isEmpty()) {
            kind = Kind.parse(kindText).orElse(null);
            if (kind == null) {
                problems.add(error(line, "kind", Texts.quote(kindText) + " is not a kind; use actual or guidance"));
            }
        }
        Month fye = fiscalYearEnd(line, text(row, "fiscal_year_end"), problems);
        long cik = cik(line, text(row, "cik"), problems);
        Company company = id == null || id.isEmpty() ? null
                : companies.resolve(id, text(row, "company_name"), fye, cik, line, problems, file);
        Period period = period(line, text(row, "period"), problems);
        if (period instanceof Period.CalendarQuarter cq && company != null
                && company.fiscalYearEnd().getValue() % 3 != 0) {
            problems.add(error(line, "period", cq.label() + " does not line up with " + company.id()
                    + "'s fiscal quarters (its year ends in " + company.fiscalYearEndName() + "); use FY quarters"));
        }
        Unit unit = Unit.parse(text(row, "unit")).orElse(null);
        if (unit == null) {
            problems.add(error(line, "unit", Texts.quote(text(row, "unit")) + " is not a unit; use B, M or %"));
        }
        boolean percent = unit == Unit.PERCENT;
        if (percent && (metric.equals("capex") || metric.startsWith("capex_"))) {
            problems.add(error(line, "unit", "% is for percentage metrics such as share_price_move, not " + metric));
        }
        String currency = currency(line, text(row, "currency"), percent, problems);
        // a percentage move and a cash flow (free cash flow, operating cash flow) can be below zero
        Amount amount = amount(line, row, percent || SIGNED_METRICS.contains(metric), problems);
        String announcedText = text(row, "announced");
        LocalDate announced = date(line, announcedText, problems);
        if (kind == Kind.GUIDANCE && announcedText.isEmpty()) {
            problems.add(error(line, "announced", "is empty; guidance needs the day it was announced (YYYY-MM-DD)"));
        }
        String tag = reference(line, row, "tag", TAG, "is not an XBRL tag; write the concept's name, e.g. "
                + "PaymentsToAcquirePropertyPlantAndEquipment or us-gaap:Revenues", problems);
        String form = reference(line, row, "form", FORM, "is not a filing form; write it as EDGAR does, e.g. 10-Q, 10-K, 20-F or 10-K/A",
                problems);
        String accession = reference(line, row, "accession", ACCESSION, "is not an accession number; write it as EDGAR does, "
                + "ten, two and six digits: 0001652044-25-000091", problems);
        String confidenceText = text(row, "confidence");
        Confidence confidence = Confidence.parse(confidenceText).orElse(null);
        if (confidence == null) {
            problems.add(error(line, "confidence", Texts.quote(confidenceText) + " is not a confidence; use verified, "
                    + "single-source, unverified, reported or derived"));
        }
        for (int i = before; i < problems.size(); i++) {
            if (problems.get(i).isError()) {
                return null;
            }
        }
        return new Figure(line, company, shared(metric.toLowerCase(Locale.ROOT)), kind, period, amount, currency,
                unit, announced, announced != null, shared(text(row, "source")), shared(text(row, "note")),
                tag, form, accession, confidence, shared(text(row, "footnote")));
    }

    /**
     * The company id as compared ({@link CompanyIds#normalize}), "" for none, or null after reporting an
     * invisible character in it: a zero-width space would otherwise make META a second company.
     */
    private String companyId(long line, String text, List<Problem> problems) {
        if (text.isEmpty()) {
            return "";
        }
        String known = ids.get(text);
        if (known != null) {
            return known;
        }
        String problem = CompanyIds.problem(text);
        if (problem != null) {
            problems.add(error(line, "company", problem));
            return null;
        }
        String id = CompanyIds.normalize(text);
        if (ids.size() < CACHE_LIMIT) {
            ids.put(text, id);
        }
        return id;
    }

    /** A filing reference (tag, form, accession) as written, shared, or null after reporting it does not match. */
    private String reference(long line, Map<String, String> row, String field, Pattern pattern, String what,
                             List<Problem> problems) {
        String text = text(row, field);
        if (text.isEmpty()) {
            return "";
        }
        if (!pattern.matcher(text).matches()) {
            problems.add(error(line, field, Texts.quote(text) + " " + what));
            return null;
        }
        return shared(text);
    }

    /** The CIK, 0 when the field is empty, or 0 after reporting why the text is not one. */
    private long cik(long line, String text, List<Problem> problems) {
        if (text.isEmpty()) {
            return 0;
        }
        long cik = parseCik(text);
        if (cik == 0) {
            problems.add(error(line, "cik", cikMessage(text)));
        }
        return cik;
    }

    /** A CIK written as 1 to 10 digits (leading zeros as EDGAR writes them are fine), or 0 when it is not one. */
    static long parseCik(String text) {
        return CIK.matcher(text).matches() ? Long.parseLong(text) : 0;
    }

    static String cikMessage(String text) {
        return Texts.quote(text) + " is not a CIK; write the company's SEC central index key, 1 to 10 digits (e.g. 1652044)";
    }

    /** False (after reporting) when a field is too long or holds characters no dataset should. */
    private boolean plainText(long line, Map<String, String> row, List<Problem> problems) {
        boolean ok = true;
        for (String field : COLUMNS) {
            String v = row.get(field);
            if (v == null) {
                continue;
            }
            if (v.length() > MAX_TEXT) {
                problems.add(error(line, field, "is " + v.length() + " characters long; the limit is " + MAX_TEXT));
                return false;
            }
            int bad = Texts.badChar(v, MULTILINE.contains(field));
            if (bad >= 0) {
                problems.add(error(line, field, Texts.badCharMessage(bad)));
                ok = false;
            }
        }
        return ok;
    }

    /** One instance per distinct text, so a million rows citing one source hold it once. */
    private String shared(String s) {
        if (s.isEmpty()) {
            return "";
        }
        String known = texts.get(s);
        if (known != null) {
            return known;
        }
        if (texts.size() < CACHE_LIMIT) {
            texts.put(s, s);
        }
        return s;
    }

    private Period period(long line, String text, List<Problem> problems) {
        if (text.isEmpty()) {
            return null;
        }
        Object cached = periods.get(text);
        if (cached == null) {
            try {
                cached = Period.parse(text);
            } catch (IllegalArgumentException e) {
                cached = e.getMessage();
            }
            if (periods.size() < CACHE_LIMIT) {
                periods.put(text, cached);
            }
        }
        if (cached instanceof Period p) {
            return p;
        }
        problems.add(error(line, "period", (String) cached));
        return null;
    }

    private Month fiscalYearEnd(long line, String text, List<Problem> problems) {
        if (text.isEmpty()) {
            return null;
        }
        Month m = month(text);
        if (m == null) {
            problems.add(error(line, "fiscal_year_end", Texts.quote(text) + " is not a month; use 1-12 or a month name"));
        }
        return m;
    }

    /** A month written as 1-12 (or 01-12) or as an English name or abbreviation; null otherwise. */
    static Month month(String text) {
        if (text.length() <= 2 && !text.isEmpty() && text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            int m = Integer.parseInt(text);
            return m >= 1 && m <= 12 ? Month.of(m) : null;
        }
        for (Month month : Month.values()) {
            if (month.getDisplayName(TextStyle.FULL, Locale.ENGLISH).equalsIgnoreCase(text)
                    || month.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).equalsIgnoreCase(text)) {
                return month;
            }
        }
        return null;
    }

    private String currency(long line, String text, boolean percent, List<Problem> problems) {
        if (percent) {
            return "";
        }
        if (text.isEmpty() || text.equals("USD")) {
            return "USD";
        }
        String code = text.toUpperCase(Locale.ROOT);
        if (code.equals("RMB")) {
            code = "CNY";
        }
        try {
            return Currency.getInstance(code).getCurrencyCode();
        } catch (IllegalArgumentException e) {
            problems.add(error(line, "currency", Texts.quote(text) + " is not an ISO 4217 currency code (e.g. USD, CNY, EUR)"));
            return null;
        }
    }

    private Amount amount(long line, Map<String, String> row, boolean percent, List<Problem> problems) {
        String qText = text(row, "qualifier");
        String valueText = text(row, "value");
        boolean plain = qText.isEmpty() && text(row, "low").isEmpty() && text(row, "high").isEmpty();
        Amount.Point known = plain ? points.get(valueText) : null;
        if (known != null) {
            return known;
        }
        int before = problems.size();
        BigDecimal value = number(line, row, "value", percent, problems);
        BigDecimal low = number(line, row, "low", percent, problems);
        BigDecimal high = number(line, row, "high", percent, problems);
        Qualifier q = Qualifier.parse(qText).orElse(null);
        if (q == null) {
            problems.add(error(line, "qualifier", Texts.quote(qText) + " is not a qualifier; use about, at_least or at_most"));
            return null;
        }
        if (problems.size() > before) {
            return null;
        }
        if (value != null) {
            if (low != null || high != null) {
                problems.add(error(line, "value", "give either value, or low and high, not both"));
                return null;
            }
            if (q == Qualifier.AT_LEAST || q == Qualifier.AT_MOST) {
                return new Amount.Bound(value, q);
            }
            Amount.Point point = new Amount.Point(value, q);
            // only a value every metric accepts is shared: a negative one is refused where the metric is unsigned
            if (plain && value.signum() >= 0 && points.size() < CACHE_LIMIT) {
                points.put(valueText, point);
            }
            return point;
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

    /** Metrics whose amounts may be negative, besides percentages. */
    static final java.util.Set<String> SIGNED_METRICS = java.util.Set.of("free_cash_flow", "operating_cash_flow");

    private BigDecimal number(long line, Map<String, String> row, String field, boolean signed, List<Problem> problems) {
        String text = text(row, field);
        if (text.isEmpty()) {
            return null;
        }
        BigDecimal n = numbers.parse(text, message -> problems.add(error(line, field, message)));
        if (n != null && !signed && n.signum() < 0) {
            problems.add(error(line, field, text + " is negative; capex amounts are positive (only % metrics,"
                    + " free_cash_flow and operating_cash_flow may be negative)"));
            return null;
        }
        return n;
    }

    private LocalDate date(long line, String text, List<Problem> problems) {
        if (text.isEmpty()) {
            return null;
        }
        Object cached = dates.get(text);
        if (cached == null) {
            cached = parseDate(text);
            if (dates.size() < CACHE_LIMIT) {
                dates.put(text, cached);
            }
        }
        if (cached instanceof LocalDate d) {
            return d;
        }
        problems.add(error(line, "announced", (String) cached));
        return null;
    }

    /** A date, or the message saying why the text is not one; a time of day (from spreadsheets) is dropped. */
    private static Object parseDate(String text) {
        java.util.regex.Matcher m = DATE.matcher(text);
        try {
            if (m.matches()) {
                LocalDate d = LocalDate.parse(m.group(1));
                if (m.group(2) != null) {
                    LocalTime.parse(m.group(2));
                }
                if (d.getYear() < FIRST_YEAR || d.getYear() > LAST_YEAR) {
                    return Texts.quote(text) + " is not a plausible announcement date (years " + FIRST_YEAR + "-" + LAST_YEAR + ")";
                }
                return d;
            }
        } catch (DateTimeException e) {
            // falls through to the message: 2025-02-30, 25:00
        }
        return Texts.quote(text) + " is not a date; write YYYY-MM-DD";
    }

    private Problem error(long line, String field, String message) {
        return Problem.error(file, line, field, message);
    }

    static String text(Map<String, String> row, String field) {
        String v = row.get(field);
        if (v == null) {
            return "";
        }
        int n = v.length();
        return n == 0 || (v.charAt(0) > ' ' && v.charAt(n - 1) > ' ') ? v : v.strip();
    }
}
