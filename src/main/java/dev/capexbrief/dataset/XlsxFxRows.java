package dev.capexbrief.dataset;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The FX table a capexbrief workbook lists on its Sources sheet: a header row naming currency,
 * usd_per_unit and as_of (source optional, other columns ignored), one rate per row, ending at
 * the first row without a currency.
 */
final class XlsxFxRows implements XlsxSheetHandler.Rows {
    private static final String FIELD = XlsxDatasetReader.SOURCES_SHEET + "!";
    private final String file;
    private final DatasetAssembler assembler;
    private Map<String, Integer> columns;
    private long previous;
    private boolean done;

    XlsxFxRows(String file, DatasetAssembler assembler) {
        this.file = file;
        this.assembler = assembler;
    }

    @Override
    public void row(long number, Map<Integer, XlsxSheetHandler.Cell> cells) {
        if (done) {
            return;
        }
        if (columns == null) {
            columns = header(cells);
            previous = number;
            return;
        }
        String currency = value(cells, "currency");
        // the table ends at the first empty row (an empty row is absent from the sheet's XML)
        if (number != previous + 1 || currency.isEmpty()) {
            done = true;
            return;
        }
        previous = number;
        for (Map.Entry<String, Integer> column : columns.entrySet()) {
            XlsxSheetHandler.Cell cell = cells.get(column.getValue());
            if (cell != null && cell.kind() == XlsxSheetHandler.Kind.UNCALCULATED) {
                assembler.problem(Problem.error(file, number, FIELD + column.getKey(), XlsxFigureRows.uncalculated(cell)));
                return;
            }
        }
        rate(number, currency.toUpperCase(Locale.ROOT), value(cells, "usd_per_unit"), value(cells, "as_of"),
                value(cells, "source"));
    }

    private void rate(long line, String currency, String rate, String asOf, String source) {
        FxTableRow.add(file, line, FIELD, Map.of("currency", currency, "usd_per_unit", rate, "as_of", asOf,
                "source", source), assembler);
    }

    /** The header row: the first row whose cells name both currency and usd_per_unit. */
    private static Map<String, Integer> header(Map<Integer, XlsxSheetHandler.Cell> cells) {
        Map<String, Integer> found = new HashMap<>();
        cells.forEach((c, cell) -> {
            String name = cell.text().strip().toLowerCase(Locale.ROOT);
            if (XlsxDatasetReader.FX_COLUMNS.contains(name)) {
                found.putIfAbsent(name, c);
            }
        });
        return found.containsKey("currency") && found.containsKey("usd_per_unit") ? found : null;
    }

    private String value(Map<Integer, XlsxSheetHandler.Cell> cells, String column) {
        Integer c = columns.get(column);
        XlsxSheetHandler.Cell cell = c == null ? null : cells.get(c);
        return cell == null ? "" : XlsxFigureRows.text(column, cell).strip();
    }
}
