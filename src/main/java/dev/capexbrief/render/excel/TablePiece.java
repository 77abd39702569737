package dev.capexbrief.render.excel;

import dev.capexbrief.render.model.Cell;
import dev.capexbrief.render.model.Column;
import dev.capexbrief.render.model.Mark;
import dev.capexbrief.render.model.Row;
import dev.capexbrief.render.model.Table;

import java.util.List;

/**
 * A model table as the workbook shows it: its title, a header row, every column (the analyst
 * detail included) and every row (body, then totals), second lines in a column of their own, and
 * under it its notes and the legend of the marks it uses. A table without rows shows only its
 * title and notes (or nothing).
 */
final class TablePiece implements Piece {
    private static final float HEADER_HEIGHT = 30;

    private final Table table;
    private final List<String> notes;
    private TableLayout layout;

    TablePiece(Table table) {
        this.table = table;
        List<String> under = new java.util.ArrayList<>(table.notes());
        if (hasRows()) {
            under.addAll(Mark.legendLines(table.marks(), table.notes()));
        }
        this.notes = List.copyOf(under);
    }

    Table table() {
        return table;
    }

    /** Rows above the header: the title's. */
    int headerOffset() {
        return table.title().isEmpty() ? 0 : 1;
    }

    private boolean hasRows() {
        return !table.body().isEmpty() || !table.totals().isEmpty();
    }

    @Override
    public int height() {
        if (!hasRows()) {
            return notes.isEmpty() ? 0 : headerOffset() + notes.size();
        }
        return headerOffset() + 1 + table.body().size() + table.totals().size() + notes.size();
    }

    @Override
    public int width() {
        return layout == null ? 0 : layout.width();
    }

    @Override
    public void place(Addresses addresses, String sheet, int top) {
        if (hasRows()) {
            layout = new TableLayout(table, sheet, top + headerOffset());
            addresses.add(layout);
        }
    }

    @Override
    public void write(Canvas canvas, int top) {
        if (height() == 0) {
            return;
        }
        Grid grid = canvas.grid();
        if (!table.title().isEmpty()) {
            grid.label(top, 0, table.title(), canvas.styles().section());
        }
        int r = top + headerOffset();
        if (layout != null) {
            header(canvas, r);
            CellWriter cells = new CellWriter(canvas);
            for (Row row : layout.rows()) {
                row(canvas, cells, ++r, row);
            }
            r++;
        }
        for (String note : notes) {
            grid.paragraph(r++, 0, canvas.width() - 1, note, canvas.styles().note());
        }
    }

    private void header(Canvas canvas, int r) {
        List<Column> columns = table.columns();
        for (int i = 0; i < columns.size(); i++) {
            canvas.grid().header(r, layout.column(i), columns.get(i).header(), columns.get(i).align() == Column.Align.RIGHT);
            if (layout.subColumn(i) >= 0) {
                canvas.grid().text(r, layout.subColumn(i), null, canvas.styles().header());
            }
        }
        canvas.grid().row(r).setHeightInPoints(HEADER_HEIGHT);
    }

    private void row(Canvas canvas, CellWriter cells, int r, Row row) {
        boolean total = row.kind() == Row.Kind.TOTAL;
        if (total) {
            for (int c = 0; c < layout.width(); c++) {
                canvas.grid().text(r, c, null, canvas.styles().totalLabel());
            }
        }
        for (int i = 0; i < row.cells().size(); i++) {
            Cell cell = row.cell(i);
            cells.write(r, layout.column(i), cell, table, row, total,
                    table.columns().get(i).align() == Column.Align.RIGHT);
            if (layout.subColumn(i) >= 0 && !cell.sub().isEmpty()) {
                canvas.grid().text(r, layout.subColumn(i), cell.sub(), total ? canvas.styles().totalLabel()
                        : canvas.styles().note());
            }
        }
    }
}
