package dev.capexbrief.render.excel;

import dev.capexbrief.render.model.CellRef;
import dev.capexbrief.render.model.Derivation;
import dev.capexbrief.render.model.Row;
import dev.capexbrief.render.model.Table;

import java.util.ArrayList;
import java.util.List;

/**
 * A model cell's {@link Derivation} as a live formula over the cells it comes from: growth
 * {@code a/b-1}, ratio {@code a/b}, difference and net {@code a-b}, midpoint {@code (a+b)/2}, scaled
 * {@code a*4} or {@code a/n}, link {@code a}, sums over a column's body rows or named rows, group
 * ratios of two such sums, and like-for-like growth. The analysis computed the value; the formula keeps it live.
 */
final class Formulas {
    /** Longest list of cells a sum names one by one (Excel's limit for a formula is 8,192 characters). */
    static final int MAX_LISTED_CHARS = 2000;
    /** Excel's limit on a function's arguments is 255. */
    static final int MAX_LISTED_CELLS = 250;

    private final Addresses addresses;

    Formulas(Addresses addresses) {
        this.addresses = addresses;
    }

    /** The formula for a cell of {@code table}'s row {@code row} on {@code sheet}, without the leading "=". */
    String of(Derivation d, Table table, Row row, String sheet) {
        if (d instanceof Derivation.Growth g) {
            return ref(g.a(), table, row, sheet) + "/" + ref(g.b(), table, row, sheet) + "-1";
        }
        if (d instanceof Derivation.Ratio q) {
            return ref(q.a(), table, row, sheet) + "/" + ref(q.b(), table, row, sheet);
        }
        if (d instanceof Derivation.Difference x) {
            return ref(x.a(), table, row, sheet) + "-" + ref(x.b(), table, row, sheet);
        }
        if (d instanceof Derivation.Net x) {
            return ref(x.a(), table, row, sheet) + "-" + ref(x.b(), table, row, sheet);
        }
        if (d instanceof Derivation.SumOf s) {
            return sumOf(s.column(), s.rows(), s.present(), table);
        }
        if (d instanceof Derivation.SumRatio q) {
            return sumOf(q.a(), q.rows(), q.b(), table) + "/" + sumOf(q.b(), q.rows(), q.b(), table);
        }
        if (d instanceof Derivation.Midpoint m) {
            return "(" + ref(m.a(), table, row, sheet) + "+" + ref(m.b(), table, row, sheet) + ")/2";
        }
        if (d instanceof Derivation.Scaled s) {
            return ref(s.a(), table, row, sheet) + (s.divide() ? "/" : "*") + s.factor();
        }
        if (d instanceof Derivation.Link l) {
            return ref(l.a(), table, row, sheet);
        }
        if (d instanceof Derivation.Sum s) {
            return sum(s, table, sheet);
        }
        Derivation.SumGrowth g = (Derivation.SumGrowth) d;
        return likeForLike(g, table, row, sheet) + "/" + ref(g.base(), table, row, sheet) + "-1";
    }

    private String ref(CellRef ref, Table table, Row row, String sheet) {
        return addresses.ref(ref, table, row, sheet);
    }

    /** SUM over the column's body rows, or over the named rows (by their {@code where} column when too many to name). */
    private String sum(Derivation.Sum s, Table table, String sheet) {
        TableLayout t = addresses.table(table.id());
        if (s.rows().isEmpty()) {
            return "SUM(" + bodyRange(t, s.column()) + ")";
        }
        String listed = String.join(",", cells(t, s.column(), s.rows()));
        if (!s.where().isEmpty() && !listable(s.rows(), listed)) {
            // SUM skips text ("n/a"), so the where column itself needs no product (0 * text is an error)
            return s.where().equals(s.column()) ? "SUM(" + bodyRange(t, s.column()) + ")"
                    : "SUMPRODUCT(ISNUMBER(" + bodyRange(t, s.where()) + ")*" + bodyRange(t, s.column()) + ")";
        }
        return "SUM(" + listed + ")";
    }

    /** A SUM may name at most 255 cells (Excel's argument limit) in a formula kept short. */
    private static boolean listable(List<String> rows, String listed) {
        return rows.size() <= MAX_LISTED_CELLS && listed.length() <= MAX_LISTED_CHARS;
    }

    /**
     * The named rows' sum of {@code column}, by name; past {@link #MAX_LISTED_CHARS}, the sum over the
     * body rows with a number in {@code present} (which are the named rows) as an array product.
     */
    private String sumOf(String column, List<String> rows, String present, Table table) {
        TableLayout t = addresses.table(table.id());
        String listed = String.join(",", cells(t, column, rows));
        if (listed.length() <= MAX_LISTED_CHARS) {
            return "SUM(" + listed + ")";
        }
        // SUM skips the words ("–") of the rows left out; a product with them would be an error
        return column.equals(present) ? "SUM(" + bodyRange(t, column) + ")"
                : "SUMPRODUCT(ISNUMBER(" + bodyRange(t, present) + ")*" + bodyRange(t, column) + ")";
    }

    /**
     * The named rows' sum, by name: spreadsheet engines disagree on SUMIFS(..,"<>"). A formula is at
     * most 8,192 characters: with thousands of companies, sum the rows whose base column is a number
     * (exactly the like-for-like ones) instead of naming each.
     */
    private String likeForLike(Derivation.SumGrowth g, Table table, Row row, String sheet) {
        TableLayout t = addresses.table(table.id());
        String listed = String.join(",", cells(t, g.column(), g.rows()));
        if (listable(g.rows(), listed)) {
            return "SUM(" + listed + ")";
        }
        return "SUMPRODUCT(ISNUMBER(" + bodyRange(t, g.base().column()) + ")*" + bodyRange(t, g.column()) + ")";
    }

    private static List<String> cells(TableLayout t, String column, List<String> rows) {
        int c = t.column(column);
        List<String> out = new ArrayList<>(rows.size());
        for (String key : rows) {
            out.add(Grid.a1(t.row(key), c));
        }
        return out;
    }

    private static String bodyRange(TableLayout t, String column) {
        int c = t.column(column);
        int[] body = t.body();
        return Grid.a1(body[0], c) + ":" + Grid.a1(body[1], c);
    }
}
