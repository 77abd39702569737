package dev.capexbrief.dataset;

import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.NumberToTextConverter;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The rows of a workbook's Data sheet: the first non-empty row names the columns (the CSV
 * contract's names, any order), every later row is one figure, parsed by the same
 * {@link FigureRowParser} as CSV and YAML. Problems carry the sheet, the Excel row and the column.
 */
final class XlsxFigureRows implements XlsxSheetHandler.Rows {
    private final String file;
    private final String sheet;
    private final DatasetAssembler assembler;
    private final FigureRowParser parser;
    private Map<String, Integer> columns;
    private boolean unusable;
    private long figures;

    /**
     * @param file  the workbook, as every problem names it
     * @param sheet the sheet; problems on a continuation sheet name it in the field ("Data (2)!high")
     */
    XlsxFigureRows(String file, String sheet, DatasetAssembler assembler) {
        this.file = file;
        this.sheet = sheet;
        this.assembler = assembler;
        this.parser = new FigureRowParser(file, assembler.companies(), false);
    }

    @Override
    public void row(long number, Map<Integer, XlsxSheetHandler.Cell> cells) {
        if (unusable || blank(cells)) {
            return;
        }
        if (columns == null) {
            columns = header(number, cells);
            unusable = columns == null;
            return;
        }
        Map<String, String> row = new HashMap<>();
        boolean errors = false;
        for (Map.Entry<String, Integer> column : columns.entrySet()) {
            XlsxSheetHandler.Cell cell = cells.get(column.getValue());
            if (cell == null) {
                continue;
            }
            if (cell.kind() == XlsxSheetHandler.Kind.UNCALCULATED) {
                assembler.problem(Problem.error(file, number, field(column.getKey()), uncalculated(cell)));
                errors = true;
                continue;
            }
            if (cell.kind() == XlsxSheetHandler.Kind.ERROR) {
                assembler.problem(Problem.error(file, number, field(column.getKey()), "holds the error value "
                        + cell.text() + "; replace it with a value"));
                errors = true;
            }
            row.put(column.getKey(), text(column.getKey(), cell));
        }
        errors |= percentAmounts(number, cells, row);
        figures++;
        if (!errors) {
            // parsed against a local list so a continuation sheet's problems can name their sheet
            List<Problem> found = new ArrayList<>();
            assembler.add(parser.parse(number, row, found));
            found.forEach(p -> assembler.problem(new Problem(p.file(), p.line(), field(p.field()), p.message(),
                    p.severity())));
        }
    }

    /** What to say about a formula saved without its result (the program that wrote it did not calculate). */
    static String uncalculated(XlsxSheetHandler.Cell cell) {
        String formula = cell.text().isEmpty() ? "a formula" : "the formula =" + Texts.shorten(cell.text());
        return "holds " + formula + " without a saved result (the program that wrote the workbook did not calculate"
                + " it); open the workbook in Excel or LibreOffice and save it, or paste the values in place of the formulas";
    }

    /** Data rows seen so far (counted against the reader's row limit). */
    long figures() {
        return figures;
    }

    /** A column name, prefixed with the sheet when it is not the first Data sheet. */
    private String field(String column) {
        return sheet.equals(XlsxDatasetReader.DATA_SHEET) || column.isEmpty() ? column : sheet + "!" + column;
    }

    /** Reports a sheet without a header or without figures; call after the last row. */
    void finish() {
        if (columns == null && !unusable) {
            assembler.problem(Problem.error(file, 1, sheet, "is empty; the first row must be a header such as "
                    + String.join(", ", FigureRowParser.EXAMPLE_HEADER)));
        } else if (columns != null && figures == 0) {
            assembler.problem(Problem.error(file, 1, sheet, "has a header but no figures"));
        }
    }

    /** The columns that hold a figure's amount. */
    private static final List<String> AMOUNTS = List.of("value", "low", "high");

    /**
     * A value shown as a percentage is read as shown (-4% is -4), which only a figure in % can be: in
     * $B it would be a hundredth of what the cell shows, so the row is refused with what to do.
     */
    private boolean percentAmounts(long number, Map<Integer, XlsxSheetHandler.Cell> cells, Map<String, String> row) {
        boolean refused = false;
        for (String column : AMOUNTS) {
            Integer index = columns.get(column);
            XlsxSheetHandler.Cell cell = index == null ? null : cells.get(index);
            String unit = row.getOrDefault("unit", "").strip();
            if (cell != null && cell.kind() == XlsxSheetHandler.Kind.PERCENT && !unit.equals("%")) {
                assembler.problem(Problem.error(file, number, field(column), "shows " + row.get(column)
                        + "% (a percentage format; the cell holds " + text("", new XlsxSheetHandler.Cell(cell.text(),
                        XlsxSheetHandler.Kind.NUMBER)) + ") but the unit is " + (unit.isEmpty() ? "empty" : Texts.quote(unit))
                        + "; give the amount in a number format, or the unit % for a percentage metric"));
                refused = true;
            }
        }
        return refused;
    }

    /**
     * Cells as the row parser reads them: numbers as Excel shows them (a percentage as its number of
     * percent), dates as YYYY-MM-DD.
     */
    static String text(String column, XlsxSheetHandler.Cell cell) {
        if (cell.kind() == XlsxSheetHandler.Kind.PERCENT) {
            return percentShown(cell.text());
        }
        if (cell.kind() != XlsxSheetHandler.Kind.NUMBER) {
            return cell.text();
        }
        double value;
        try {
            value = Double.parseDouble(cell.text());
        } catch (NumberFormatException e) {
            return cell.text();
        }
        if ((column.equals("announced") || column.equals("as_of")) && DateUtil.isValidExcelDate(value)) {
            return DateUtil.getLocalDateTime(value).toLocalDate().toString();
        }
        // Excel stores binary doubles (77.66 may be saved as 77.659999999999997): read them as Excel displays them
        return NumberToTextConverter.toText(value);
    }

    /** -0.04 as the -4 a percentage format shows, exactly (no binary rounding: -0.07 is -7, not -7.000000000000001). */
    private static String percentShown(String stored) {
        try {
            String shown = NumberToTextConverter.toText(Double.parseDouble(stored));
            return new java.math.BigDecimal(shown).movePointRight(2).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return stored;
        }
    }

    static boolean blank(Map<Integer, XlsxSheetHandler.Cell> cells) {
        return cells.values().stream().allMatch(c -> c.kind() != XlsxSheetHandler.Kind.UNCALCULATED && c.text().isBlank());
    }

    private Map<String, Integer> header(long number, Map<Integer, XlsxSheetHandler.Cell> cells) {
        Map<String, Integer> found = new LinkedHashMap<>();
        for (Map.Entry<Integer, XlsxSheetHandler.Cell> e : cells.entrySet()) {
            if (e.getValue().text().indexOf(Texts.BOM) >= 0) {
                assembler.problem(Problem.error(file, number, field(Texts.shorten(e.getValue().text().strip())),
                        Texts.STRAY_BOM));
                continue;
            }
            String name = e.getValue().text().strip().toLowerCase(Locale.ROOT).replace(' ', '_');
            if (name.equals("fiscal_year_end_month")) {
                name = "fiscal_year_end";
            }
            if (name.isEmpty()) {
                continue;
            }
            if (!FigureRowParser.COLUMNS.contains(name)) {
                assembler.problem(Problem.warning(file, number, field(e.getValue().text().strip()),
                        "unknown column, ignored"));
            } else if (found.putIfAbsent(name, e.getKey()) != null) {
                assembler.problem(Problem.error(file, number, field(name), "appears twice in the header"));
            }
        }
        List<String> missing = new ArrayList<>();
        for (String required : FigureRowParser.COLUMNS) {
            if (FigureRowParser.REQUIRED.contains(required) && !found.containsKey(required)) {
                missing.add(required);
            }
        }
        if (!found.containsKey("value") && !found.containsKey("low") && !found.containsKey("high")) {
            missing.add("value (or low/high)");
        }
        if (!missing.isEmpty()) {
            assembler.problem(Problem.error(file, number, sheet, "missing required column(s): " + String.join(", ", missing)
                    + "; the header is the first non-empty row"));
            return null;
        }
        return found;
    }
}
