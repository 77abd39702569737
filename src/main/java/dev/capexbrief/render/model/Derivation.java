package dev.capexbrief.render.model;

import java.util.List;

/**
 * How a derived number is computed from other cells of the model. The analysis has already
 * computed the value; the workbook writes this as a live formula with that value cached, so an
 * analyst who changes an input sees the result follow, and the PDF prints the value.
 */
public sealed interface Derivation {
    /** a / b − 1: growth. */
    record Growth(CellRef a, CellRef b) implements Derivation {
    }

    /** a / b: a share or a ratio. */
    record Ratio(CellRef a, CellRef b) implements Derivation {
    }

    /** a − b: a change. */
    record Difference(CellRef a, CellRef b) implements Derivation {
    }

    /** a − b: what is left, shown unsigned (free cash flow: operating cash flow − capex). */
    record Net(CellRef a, CellRef b) implements Derivation {
    }

    /** (a + b) / 2: the midpoint of a range. */
    record Midpoint(CellRef a, CellRef b) implements Derivation {
    }

    /** a × factor (run rate) or a ÷ divisor when {@code divide}. */
    record Scaled(CellRef a, int factor, boolean divide) implements Derivation {
    }

    /** The same number as another cell. */
    record Link(CellRef a) implements Derivation {
    }

    /**
     * The sum of a column over the named rows of the same table (every body row when {@code rows} is
     * empty). {@code where}, when not empty, says the named rows are exactly the body rows whose cell
     * in that column is a number, so a spreadsheet may sum those instead of naming thousands of rows.
     */
    record Sum(String column, List<String> rows, String where) implements Derivation {
        public Sum {
            rows = List.copyOf(rows);
            where = where == null ? "" : where;
        }

        public Sum(String column, List<String> rows) {
            this(column, rows, "");
        }
    }

    /**
     * The sum of {@code column} over the named rows of the same table, which are exactly the body rows
     * with a number in column {@code present} (so a long list can be summed by that condition).
     */
    record SumOf(String column, List<String> rows, String present) implements Derivation {
        public SumOf {
            rows = List.copyOf(rows);
        }
    }

    /**
     * The sum of column {@code a} over the named rows divided by the sum of column {@code b} over them:
     * a group ratio over the rows that have a number in {@code b}, and only those.
     */
    record SumRatio(String a, String b, List<String> rows) implements Derivation {
        public SumRatio {
            rows = List.copyOf(rows);
        }
    }

    /** The sum of the named rows' cells in {@code column} divided by another cell, less one: like-for-like growth. */
    record SumGrowth(String column, List<String> rows, CellRef base) implements Derivation {
        public SumGrowth {
            rows = List.copyOf(rows);
        }
    }
}
