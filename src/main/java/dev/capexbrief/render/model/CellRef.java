package dev.capexbrief.render.model;

/**
 * A cell of the model, by table, row and column: what a derived cell is computed from. A null
 * table means the same table, a null row the same row. The workbook turns it into an A1 reference.
 */
public record CellRef(String table, String row, String column) {
    /** The same row's cell in {@code column}. */
    public static CellRef col(String column) {
        return new CellRef(null, null, column);
    }

    /** Another row's cell in this table. */
    public static CellRef at(String row, String column) {
        return new CellRef(null, row, column);
    }

    /** A cell of another table. */
    public static CellRef in(String table, String row, String column) {
        return new CellRef(table, row, column);
    }
}
