package dev.capexbrief.dataset;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;

/**
 * One row of an FX table (currency, usd_per_unit, as_of, source), from a YAML dataset's {@code fx:}
 * list or a workbook's Sources sheet: checked the same way wherever it comes from.
 */
final class FxTableRow {
    private static final BigDecimal MAX_FX = new BigDecimal("1000000");
    private static final int FX_DECIMALS = 12;

    private FxTableRow() {
    }

    /**
     * Adds the rate of one FX entry, or reports why it cannot.
     *
     * @param field prefix for the field in messages: "" in YAML, the sheet name in a workbook
     */
    static void add(String file, long line, String field, Map<String, String> row, DatasetAssembler assembler) {
        String currency = FigureRowParser.text(row, "currency").toUpperCase(Locale.ROOT);
        String rate = FigureRowParser.text(row, "usd_per_unit");
        String asOf = FigureRowParser.text(row, "as_of");
        String source = FigureRowParser.text(row, "source");
        if (source.length() > FigureRowParser.MAX_TEXT || Texts.badChar(source, true) >= 0) {
            assembler.problem(Problem.error(file, line, field + "source", source.length() > FigureRowParser.MAX_TEXT
                    ? "is " + source.length() + " characters long; the limit is " + FigureRowParser.MAX_TEXT
                    : Texts.badCharMessage(Texts.badChar(source, true))));
            return;
        }
        try {
            java.util.Currency.getInstance(currency);
        } catch (IllegalArgumentException e) {
            assembler.problem(Problem.error(file, line, field + "currency", Texts.quote(currency) + " is not an ISO 4217 currency code"));
            return;
        }
        if (rate.isEmpty()) {
            assembler.problem(Problem.error(file, line, field + "usd_per_unit", "is empty; give US dollars per one " + currency));
            return;
        }
        BigDecimal r = new NumberText(false, MAX_FX, FX_DECIMALS)
                .parse(rate, m -> assembler.problem(Problem.error(file, line, field + "usd_per_unit", m)));
        if (r == null) {
            return;
        }
        if (r.signum() <= 0) {
            assembler.problem(Problem.error(file, line, field + "usd_per_unit", "must be positive"));
            return;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(asOf);
        } catch (DateTimeParseException e) {
            assembler.problem(Problem.error(file, line, field + "as_of", Texts.quote(asOf) + " is not a date; write YYYY-MM-DD"));
            return;
        }
        if (date.getYear() < FigureRowParser.FIRST_YEAR || date.getYear() > FigureRowParser.LAST_YEAR) {
            assembler.problem(Problem.error(file, line, field + "as_of", Texts.quote(asOf) + " is not a plausible date (years "
                    + FigureRowParser.FIRST_YEAR + "-" + FigureRowParser.LAST_YEAR + ")"));
            return;
        }
        assembler.addFx(new FxRate(currency, r, date, source));
    }
}
