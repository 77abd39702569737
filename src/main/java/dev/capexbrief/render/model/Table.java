package dev.capexbrief.render.model;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A typed table. {@code rows} are every body row (the workbook lists them all) followed by any
 * total; a short rendering (the PDF) shows the first {@code shortRows} body rows, then
 * {@code remainder} if there is one, then the totals, and says what was left out with
 * {@code scope} and {@code more}. {@code notes} print under the table in both outputs.
 *
 * @param detail true for an analyst table shown only in the workbook
 */
public record Table(String id, String title, List<Column> columns, List<Row> rows, int shortRows, Row remainder,
                    String scope, String more, List<String> notes, boolean detail) {
    public Table {
        columns = List.copyOf(columns);
        // lazy rows are unique and well formed by construction, and checking would build them all
        rows = rows instanceof LazyRows ? rows : unique(rows);
        notes = List.copyOf(notes);
        title = title == null ? "" : title;
        scope = scope == null ? "" : scope;
        more = more == null ? "" : more;
        for (Row r : rows instanceof LazyRows<?> lazy ? lazy.subList(0, Math.min(1, lazy.size())) : rows) {
            if (r.cells().size() != columns.size()) {
                throw new IllegalArgumentException(id + ": row " + r.key() + " has " + r.cells().size()
                        + " cells for " + columns.size() + " columns");
            }
        }
    }

    /** Rows whose keys repeat (two statements on one day) get "#2", "#3", so every cell has one address. */
    private static List<Row> unique(List<Row> rows) {
        java.util.Map<String, Integer> seen = new java.util.HashMap<>();
        List<Row> out = new ArrayList<>(rows.size());
        for (Row r : rows) {
            int n = seen.merge(r.key(), 1, Integer::sum);
            out.add(n == 1 ? r : new Row(r.key() + "#" + n, r.kind(), r.company(), r.cells()));
        }
        return List.copyOf(out);
    }

    public int column(String columnId) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).id().equals(columnId)) {
                return i;
            }
        }
        throw new IllegalArgumentException(id + ": no column " + columnId);
    }

    /** The body rows: all rows but the totals, which come last. */
    public List<Row> body() {
        return rows.subList(0, rows.size() - totalCount());
    }

    public List<Row> totals() {
        return rows.subList(rows.size() - totalCount(), rows.size());
    }

    private int totalCount() {
        int n = 0;
        while (n < rows.size() && rows.get(rows.size() - 1 - n).kind() == Row.Kind.TOTAL) {
            n++;
        }
        return n;
    }

    /** The rows a short rendering shows, in order. */
    public List<Row> shortRendering() {
        List<Row> body = body();
        List<Row> out = new ArrayList<>(body.subList(0, Math.min(shortRows, body.size())));
        if (body.size() > shortRows && remainder != null) {
            out.add(remainder);
        }
        out.addAll(totals());
        return out;
    }

    /** Body rows a short rendering leaves out. */
    public int leftOut() {
        return Math.max(0, body().size() - shortRows);
    }

    /** Every mark used in the rows, for the legend. */
    public Set<Mark> marks() {
        Set<Mark> out = EnumSet.noneOf(Mark.class);
        for (Row r : rows) {
            for (Cell c : r.cells()) {
                out.addAll(c.marks());
            }
        }
        return out;
    }
}
