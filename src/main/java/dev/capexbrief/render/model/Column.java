package dev.capexbrief.render.model;

/**
 * A table column: its id (what cells and formulas refer to), header, alignment, relative width,
 * whether it is analyst detail shown only in the workbook (low, high, helper values), and whether
 * it holds each row's headline figure (the PDF sets it in bold, a stale figure excepted: {@link #bold}).
 */
public record Column(String id, String header, Align align, float width, boolean detail, boolean headline) {
    public enum Align { LEFT, RIGHT }

    public static Column left(String id, String header, float width) {
        return new Column(id, header, Align.LEFT, width, false, false);
    }

    public static Column right(String id, String header, float width) {
        return new Column(id, header, Align.RIGHT, width, false, false);
    }

    /** Workbook-only column. */
    public Column detailOnly() {
        return new Column(id, header, align, width, true, headline);
    }

    /** The column of each row's headline figure. */
    public Column asHeadline() {
        return new Column(id, header, align, width, detail, true);
    }

    /** Whether a cell of this column is set in bold: a headline figure is, unless it is stale. */
    public boolean bold(Cell cell) {
        return headline && Mark.mayBeBold(cell.marks());
    }
}
