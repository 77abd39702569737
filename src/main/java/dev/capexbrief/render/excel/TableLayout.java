package dev.capexbrief.render.excel;

import dev.capexbrief.render.model.Cell;
import dev.capexbrief.render.model.Column;
import dev.capexbrief.render.model.Row;
import dev.capexbrief.render.model.Table;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a model table sits on its sheet: the header row, a sheet row per model row (body rows,
 * then totals; a short rendering's remainder row is not written, since the workbook lists every
 * company) and a sheet column per model column. A column whose cells have second lines (a basis,
 * "was $60–65B") gets a column beside it for them.
 */
final class TableLayout {
    private final Table table;
    private final String sheet;
    private final int headerRow;
    private final int[] columns;
    private final int[] subColumns;
    private final int width;
    private final List<Row> rows;
    private final int bodyRows;
    private final Map<String, Integer> rowIndex = new HashMap<>();

    TableLayout(Table table, String sheet, int headerRow) {
        this.table = table;
        this.sheet = sheet;
        this.headerRow = headerRow;
        // the table's own list, not a copy: a large table's rows are worked out as they are read
        // and never held all at once (rows are body rows, then totals; the remainder is apart)
        this.rows = table.rows();
        this.bodyRows = table.body().size();
        List<Column> cols = table.columns();
        boolean[] sub = new boolean[cols.size()];
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            rowIndex.put(r.key(), headerRow + 1 + i);
            for (int k = 0; k < sub.length; k++) {
                sub[k] |= !r.cell(k).sub().isEmpty();
            }
        }
        columns = new int[cols.size()];
        subColumns = new int[cols.size()];
        int c = 0;
        for (int i = 0; i < cols.size(); i++) {
            columns[i] = c++;
            subColumns[i] = sub[i] ? c++ : -1;
        }
        width = c;
    }

    Table table() {
        return table;
    }

    String sheet() {
        return sheet;
    }

    int headerRow() {
        return headerRow;
    }

    /** The rows as written, in order: body, then totals. */
    List<Row> rows() {
        return rows;
    }

    /** Sheet columns the table takes. */
    int width() {
        return width;
    }

    /** The sheet column of model column {@code i}. */
    int column(int i) {
        return columns[i];
    }

    /** The sheet column of model column {@code i}'s second lines, or -1. */
    int subColumn(int i) {
        return subColumns[i];
    }

    int column(String id) {
        return columns[table.column(id)];
    }

    /** The sheet row of a row key; throws for a key the table does not have. */
    int row(String key) {
        Integer r = rowIndex.get(key);
        if (r == null) {
            throw new IllegalArgumentException(table.id() + ": no row " + key);
        }
        return r;
    }

    boolean has(String key) {
        return rowIndex.containsKey(key);
    }

    /** The model row with this key. */
    Row rowOf(String key) {
        return rows.get(row(key) - headerRow - 1);
    }

    /** The model cell at a row key and column id. */
    Cell cell(String key, String column) {
        return rowOf(key).cell(table.column(column));
    }

    /** The first and last sheet rows of the body, or null without body rows. */
    int[] body() {
        return bodyRows == 0 ? null : new int[]{headerRow + 1, headerRow + bodyRows};
    }
}
