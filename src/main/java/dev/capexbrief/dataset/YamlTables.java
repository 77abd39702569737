package dev.capexbrief.dataset;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The entries of a YAML dataset's {@code companies:} list (declared once, with the fiscal year end)
 * and {@code fx:} table (US dollars per unit, as of a date), checked as strictly as figures.
 */
final class YamlTables {
    private static final BigDecimal MAX_FX = new BigDecimal("1000000");
    private static final int FX_DECIMALS = 12;

    private YamlTables() {
    }

    /** Declares the company of one {@code companies:} entry, or reports why it cannot. */
    static void company(String file, long line, Map<String, String> row, DatasetAssembler assembler) {
        String id = FigureRowParser.text(row, "id");
        if (id.isEmpty()) {
            id = FigureRowParser.text(row, "company");
        }
        if (id.isEmpty()) {
            assembler.problem(Problem.error(file, line, "id", "is empty; each company needs an id such as MSFT"));
            return;
        }
        for (String field : List.of("id", "company", "name", "fiscal_year_end")) {
            String v = FigureRowParser.text(row, field);
            if (v.length() > FigureRowParser.MAX_TEXT) {
                assembler.problem(Problem.error(file, line, field, "is " + v.length()
                        + " characters long; the limit is " + FigureRowParser.MAX_TEXT));
                return;
            }
            int bad = Texts.badChar(v, false);
            if (bad >= 0) {
                assembler.problem(Problem.error(file, line, field, Texts.badCharMessage(bad)));
                return;
            }
        }
        if (assembler.companies().isDeclared(id)) {
            assembler.problem(Problem.error(file, line, "id", id + " is listed twice under companies"));
            return;
        }
        String fyeText = FigureRowParser.text(row, "fiscal_year_end");
        Month fye = fyeText.isEmpty() ? Month.DECEMBER : FigureRowParser.month(fyeText);
        if (fye == null) {
            assembler.problem(Problem.error(file, line, "fiscal_year_end", Texts.quote(fyeText)
                    + " is not a month; use 1-12 or a month name"));
            return;
        }
        assembler.companies().declare(new Company(id, FigureRowParser.text(row, "name"), fye), line);
    }

    /** Adds the rate of one {@code fx:} entry, or reports why it cannot. */
    static void fx(String file, long line, Map<String, String> row, DatasetAssembler assembler) {
        String currency = FigureRowParser.text(row, "currency").toUpperCase(Locale.ROOT);
        String rate = FigureRowParser.text(row, "usd_per_unit");
        String asOf = FigureRowParser.text(row, "as_of");
        String source = FigureRowParser.text(row, "source");
        if (source.length() > FigureRowParser.MAX_TEXT || Texts.badChar(source, true) >= 0) {
            assembler.problem(Problem.error(file, line, "source", source.length() > FigureRowParser.MAX_TEXT
                    ? "is " + source.length() + " characters long; the limit is " + FigureRowParser.MAX_TEXT
                    : Texts.badCharMessage(Texts.badChar(source, true))));
            return;
        }
        try {
            java.util.Currency.getInstance(currency);
        } catch (IllegalArgumentException e) {
            assembler.problem(Problem.error(file, line, "currency", Texts.quote(currency) + " is not an ISO 4217 currency code"));
            return;
        }
        if (rate.isEmpty()) {
            assembler.problem(Problem.error(file, line, "usd_per_unit", "is empty; give US dollars per one " + currency));
            return;
        }
        BigDecimal r = new NumberText(false, MAX_FX, FX_DECIMALS)
                .parse(rate, m -> assembler.problem(Problem.error(file, line, "usd_per_unit", m)));
        if (r == null) {
            return;
        }
        if (r.signum() <= 0) {
            assembler.problem(Problem.error(file, line, "usd_per_unit", "must be positive"));
            return;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(asOf);
        } catch (DateTimeParseException e) {
            assembler.problem(Problem.error(file, line, "as_of", Texts.quote(asOf) + " is not a date; write YYYY-MM-DD"));
            return;
        }
        if (date.getYear() < FigureRowParser.FIRST_YEAR || date.getYear() > FigureRowParser.LAST_YEAR) {
            assembler.problem(Problem.error(file, line, "as_of", Texts.quote(asOf) + " is not a plausible date (years "
                    + FigureRowParser.FIRST_YEAR + "-" + FigureRowParser.LAST_YEAR + ")"));
            return;
        }
        assembler.addFx(new FxRate(currency, r, date, source));
    }
}
