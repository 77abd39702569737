package dev.capexbrief.render.model;

/**
 * A table column: its id (what cells and formulas refer to), header, alignment, relative width,
 * and whether it is analyst detail shown only in the workbook (low, high, helper values).
 */
public record Column(String id, String header, Align align, float width, boolean detail) {
    public enum Align { LEFT, RIGHT }

    public static Column left(String id, String header, float width) {
        return new Column(id, header, Align.LEFT, width, false);
    }

    public static Column right(String id, String header, float width) {
        return new Column(id, header, Align.RIGHT, width, false);
    }

    /** Workbook-only column. */
    public Column detailOnly() {
        return new Column(id, header, align, width, true);
    }
}
