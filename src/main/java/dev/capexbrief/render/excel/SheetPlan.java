package dev.capexbrief.render.excel;

import org.apache.poi.xssf.usermodel.XSSFSheet;

import java.util.ArrayList;
import java.util.List;

/**
 * One analysis sheet as a list of pieces, top to bottom with a blank row between them. Laid out
 * ({@link #place}) before any sheet is written, so cross-sheet formulas find their cells; written
 * ({@link #write}) afterwards. Pieces added after {@link #printEnd} (the chart data) print no more.
 */
final class SheetPlan {
    /** Columns a sheet's paragraphs span at least. */
    private static final int MIN_WIDTH = 8;
    /** Widest a column grows to fit its content, in characters. */
    private static final int MAX_CHARS = 34;

    private final String name;
    private final List<Piece> pieces = new ArrayList<>();
    private final List<Integer> tops = new ArrayList<>();
    private int printed = -1;
    private int frozen = -1;
    private int repeated = -1;
    private int[] fixed;

    SheetPlan(String name) {
        this.name = name;
    }

    String name() {
        return name;
    }

    SheetPlan add(Piece piece) {
        pieces.add(piece);
        return this;
    }

    /** Column widths in characters, from column A: a layout of its own rather than one fitted to the content. */
    SheetPlan widths(int... chars) {
        fixed = chars.clone();
        return this;
    }

    /** Pieces added from here on are not printed. */
    SheetPlan printEnd() {
        printed = pieces.size();
        return this;
    }

    /** The panes freeze above the next piece added (with the first column). */
    SheetPlan freezeHere() {
        frozen = pieces.size();
        return this;
    }

    /** The next piece added is a table whose header row repeats on every printed page and stays in view. */
    SheetPlan headerHere() {
        repeated = pieces.size();
        return this;
    }

    /** Lays the pieces out from the top; returns the columns the sheet's widest piece takes. */
    int place(Addresses addresses) {
        int top = 0;
        for (Piece p : pieces) {
            tops.add(top);
            p.place(addresses, name, top);
            top += p.height() + (p.height() == 0 ? 0 : 1);
        }
        return width();
    }

    /** Columns the sheet's paragraphs span: its fixed columns, else its widest printed piece's. */
    int width() {
        if (fixed != null) {
            return fixed.length;
        }
        int w = MIN_WIDTH;
        for (int i = 0; i < (printed < 0 ? pieces.size() : printed); i++) {
            w = Math.max(w, pieces.get(i).width());
        }
        return w;
    }

    /** Writes every piece, then sizes the columns and the rows whose text wraps. */
    void write(Canvas canvas) {
        for (int i = 0; i < pieces.size(); i++) {
            pieces.get(i).write(canvas, tops.get(i));
        }
        Grid grid = canvas.grid();
        if (fixed == null) {
            grid.applyWidths(MAX_CHARS);
            return;
        }
        for (int c = 0; c < fixed.length; c++) {
            grid.sheet().setColumnWidth(c, fixed[c] * 256);
        }
        grid.fitWrappedRows();
    }

    /** Freezes panes, repeats the header row and sets the print area, as laid out. */
    void pageSetup(PageSetup page, XSSFSheet sheet) {
        int header = repeated < 0 ? -1 : tops.get(repeated) + headerOffset(pieces.get(repeated));
        int frozenRows = repeated >= 0 ? header + 1 : frozen >= 0 ? tops.get(frozen) : 0;
        page.apply(sheet, frozenRows, header);
        if (printed >= 0 && printed < pieces.size()) {
            int last = tops.get(printed) - 2;
            sheet.getWorkbook().setPrintArea(sheet.getWorkbook().getSheetIndex(sheet), 0, width() - 1, 0, last);
        }
    }

    private static int headerOffset(Piece p) {
        return p instanceof TablePiece t ? t.headerOffset() : 0;
    }
}
