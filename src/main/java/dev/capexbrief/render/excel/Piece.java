package dev.capexbrief.render.excel;

/**
 * One block of an analysis sheet (a heading, paragraphs, a table, a chart, its data): how many rows
 * it takes, which it records in the layout pass before any sheet is written ({@link #place}), and
 * how it writes itself once every sheet is laid out ({@link #write}).
 */
interface Piece {
    /** Rows the piece takes. */
    int height();

    /** Columns its widest row takes (0 for text that may run across the sheet). */
    default int width() {
        return 0;
    }

    /** Records where its cells will be: tables for formulas, sources for citations. */
    default void place(Addresses addresses, String sheet, int top) {
    }

    void write(Canvas canvas, int top);
}
