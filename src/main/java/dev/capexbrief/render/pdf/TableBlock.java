package dev.capexbrief.render.pdf;

import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import dev.capexbrief.analysis.MoneyFormat;
import dev.capexbrief.render.model.BriefingModel;
import dev.capexbrief.render.model.Cell;
import dev.capexbrief.render.model.Column;
import dev.capexbrief.render.model.Mark;
import dev.capexbrief.render.model.Row;
import dev.capexbrief.render.model.Table;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Any table of the model, drawn one way: the columns a reader sees (not the workbook's detail
 * columns), the rows of its short rendering with each cell set by its type and a total row under a
 * rule, a cut list's last row counting what was left out; then a line of small type with the
 * table's scope, its notes and the legend of the marks its rows print, set with the table's last
 * rows as one row so it never parts from them (nor starts a page alone under the repeated header).
 * A table without rows prints its notes only.
 */
final class TableBlock {
    /** Page one shortens a cut list to make room, but to no fewer rows than this. */
    private static final int FEWEST_ROWS = 5;

    private final Composer c;
    private final Tables tables;
    private final CellPhrases cells;

    /** The currency code amounts carry ("RMB "), or null where it is a symbol ("$") and costs no room. */
    private final String code;
    /** The unit a column of coded amounts names in its header instead ("RMB B"). */
    private final String unit;
    /** An amount in the coded currency: the code, the number (or range), "B". */
    private final java.util.regex.Pattern amount;

    TableBlock(Composer composer, BriefingModel model) {
        this.c = composer;
        this.tables = new Tables(composer.styles());
        this.cells = new CellPhrases(composer.styles(), model::color);
        String prefix = MoneyFormat.prefix(model.currency());
        this.code = prefix.endsWith(" ") ? prefix : null;
        this.unit = MoneyFormat.unit(model.currency());
        this.amount = code == null ? null : java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(code)
                + "(\\d[\\d,]*(?:\\.\\d+)?(?:\u2013\\d[\\d,]*(?:\\.\\d+)?)?)B");
    }

    void write(Table t) {
        List<Row> rows = t.shortRendering();
        if (rows.isEmpty()) {
            notes(t);
            return;
        }
        PdfPTable table = table(t, rows);
        if (t.title().isEmpty()) {
            c.add(table);
        } else {
            c.subheading(t.title(), table);
        }
    }

    /**
     * As {@link #write(Table)} on a page the table must stay on (page one): a cut list loses rows,
     * down to {@value #FEWEST_ROWS}, rather than move to the next page.
     */
    void writeFitted(Table t) {
        writeFitted(t, false);
    }

    /** As {@link #writeFitted(Table)}; {@code any} cuts rows of any table, not only of a cut list, saying how many. */
    void writeFitted(Table t, boolean any) {
        List<Row> rows = new ArrayList<>(t.shortRendering());
        if (rows.isEmpty()) {
            notes(t);
            return;
        }
        PdfPTable table = table(t, rows);
        while ((any || t.leftOut() > 0) && body(rows) > FEWEST_ROWS && height(table) > c.room() - 8) {
            rows.remove(lastBody(rows));
            table = table(t, rows);
        }
        if (!t.title().isEmpty()) {
            c.subheading(t.title(), 0);
        }
        c.add(table);
    }

    private float height(PdfPTable table) {
        table.setTotalWidth(c.width());
        return table.getTotalHeight() + (Composer.SUBHEADING - 10);
    }

    /** The room the table wants to start on this page (see {@link Composer#keepFor}), 0 without rows. */
    float keep(Table t) {
        List<Row> rows = t.shortRendering();
        return rows.isEmpty() ? 0 : c.keepFor(table(t, rows));
    }

    private void notes(Table t) {
        String notes = sentences(t.notes());
        if (!notes.isEmpty()) {
            c.paragraph(notes, c.styles().small(), 4);
        }
    }

    private PdfPTable table(Table t, List<Row> rows) {
        List<Integer> shown = visible(t);
        Layout layout = new Layout(t, shown, rows);
        List<PdfPCell> body = new ArrayList<>();
        for (Row r : rows) {
            boolean total = r.kind() == Row.Kind.TOTAL;
            for (int i = 0; i < shown.size(); i++) {
                Cell cell = r.cell(shown.get(i));
                boolean strong = total || t.columns().get(shown.get(i)).bold(cell);
                Cell shownCell = layout.coded[i] ? uncoded(cell) : cell;
                fit(layout.widths, i, shownCell, strong);
                Phrase p = cells.of(shownCell, strong, layout.notes[i]);
                body.add(total ? tables.total(p, layout.aligns[i]) : tables.cell(p, layout.aligns[i]));
            }
        }
        float[] widths = layout.widths.widths(c.width());
        PdfPTable table = tables.create(widths, layout.headers, layout.aligns);
        // the last rows and the small type under them are one row of the table: a page never begins
        // with the repeated header over the notes alone
        int split = lastRows(rows) * shown.size();
        body.subList(0, split).forEach(table::addCell);
        PdfPTable last = tables.rows(widths);
        body.subList(split, body.size()).forEach(last::addCell);
        int left = t.body().size() - body(rows);
        if (left > 0 && t.scope().isEmpty()) {
            tables.footRow(last, Composer.more(left, t.more()));
        }
        String footnote = footnote(t, rows);
        if (!footnote.isEmpty()) {
            tables.footRow(last, footnote);
        }
        tables.lastRow(table, last);
        return table;
    }

    /** Where the rows kept with the notes begin: the last row that is not a total. */
    private static int lastRows(List<Row> rows) {
        for (int i = rows.size() - 1; i > 0; i--) {
            if (rows.get(i).kind() != Row.Kind.TOTAL) {
                return i;
            }
        }
        return 0;
    }

    /** The shown columns' headers, alignments and widths, and which of them hold accounts. */
    private final class Layout {
        final String[] headers;
        final int[] aligns;
        final boolean[] notes;
        /** Columns of amounts in a coded currency: the header names the unit, the cells the digits. */
        final boolean[] coded;
        final ColumnWidths widths;

        Layout(Table t, List<Integer> shown, List<Row> rows) {
            float[] relative = new float[shown.size()];
            headers = new String[shown.size()];
            aligns = new int[shown.size()];
            notes = new boolean[shown.size()];
            coded = new boolean[shown.size()];
            for (int i = 0; i < shown.size(); i++) {
                Column col = t.columns().get(shown.get(i));
                relative[i] = col.width();
                coded[i] = coded(rows, shown.get(i));
                headers[i] = coded[i] ? col.header() + " (" + unit.replace(' ', '\u00A0') + ")" : col.header();
                aligns[i] = col.align() == Column.Align.RIGHT ? Tables.RIGHT : Tables.LEFT;
                notes[i] = accounts(rows, shown.get(i));
            }
            widths = new ColumnWidths(relative);
            for (int i = 0; i < headers.length; i++) {
                widths.fitHeader(i, headers[i], c.styles().cellHeader());
            }
        }
    }

    /**
     * True when a column holds amounts only and each is in the coded currency ("RMB 1,398–1,470B‡"): a
     * code in every cell costs a narrow column a line, so its header says the unit once instead.
     */
    private boolean coded(List<Row> rows, int column) {
        if (code == null) {
            return false;
        }
        boolean any = false;
        for (Row r : rows) {
            Cell cell = r.cell(column);
            if (cell instanceof Cell.Money || cell instanceof Cell.Text) {
                // an amount's label, or words around amounts ("~RMB 1,434B → ~RMB 1,577B")
                if (!amount.matcher(cell instanceof Cell.Money m ? m.label() : ((Cell.Text) cell).text()).find()) {
                    return false;
                }
                any = true;
            } else if (!(cell instanceof Cell.Blank)) {
                return false;
            }
        }
        return any;
    }

    /** The cell with its main line's amounts as digits under a header that names their unit: "~1,577‡", "~1,434 → ~1,577". */
    private Cell uncoded(Cell cell) {
        if (cell instanceof Cell.Money m) {
            return new Cell.Money(m.value(), amount.matcher(m.label()).replaceAll("$1"), m.marks(), m.sub(),
                    m.derivation(), m.decimals());
        }
        if (cell instanceof Cell.Text t) {
            return new Cell.Text(amount.matcher(t.text()).replaceAll("$1"), t.sub(), t.strong(), t.marks());
        }
        return cell;
    }

    /** True when a column holds accounts rather than values: some of its words run past a line or two. */
    private static boolean accounts(List<Row> rows, int column) {
        return rows.stream().anyMatch(r -> r.cell(column) instanceof Cell.Text x
                && x.text().length() > CellPhrases.NOTE_LENGTH);
    }

    /** A cell's words must fit its column: its main line, a company's swatch included, and its second line. */
    private void fit(ColumnWidths widths, int column, Cell cell, boolean strong) {
        if (cell instanceof Cell.Company co) {
            float swatch = c.styles().cellBold().getBaseFont().getWidthPoint(CellPhrases.SWATCH,
                    c.styles().cellBold().getSize());
            widths.fit(column, co.name().split(" ")[0], c.styles().cellBold(), swatch);
        } else if (cell instanceof Cell.Money || cell instanceof Cell.Percent || cell instanceof Cell.Multiple
                || cell instanceof Cell.Day) {
            fitQualified(widths, column, cell.text(), cells.font(strong));
        }
        if (!cell.sub().isEmpty()) {
            fitQualified(widths, column, cell.sub(), c.styles().cellMuted());
        }
    }

    /** Its words must fit, and a qualifier in brackets on its own line whole ("(FY ends May)"). */
    private void fitQualified(ColumnWidths widths, int column, String text, com.lowagie.text.Font font) {
        String[] parts = CellPhrases.split(text);
        widths.fit(column, parts[0], font, 0);
        if (parts.length > 1) {
            widths.fitLine(column, parts[1], c.styles().cellMuted());
        }
    }

    /** The small type under a table: what it shows when cut, its notes, and what its marks mean. */
    private String footnote(Table t, List<Row> rows) {
        List<String> parts = new ArrayList<>();
        if (!t.scope().isEmpty()) {
            boolean cut = t.body().size() > body(rows) && !t.more().isEmpty();
            parts.add(t.scope() + (cut ? "; " + everyOne(t.more()) : ""));
        }
        parts.addAll(t.notes());
        parts.addAll(Mark.legendLines(printedMarks(t, rows), t.notes()));
        return sentences(parts);
    }

    /** "companies in the workbook's History sheet." → "all companies are in the workbook's History sheet." */
    private static String everyOne(String more) {
        int in = more.startsWith("in ") ? 0 : more.indexOf(" in ");
        return in < 0 ? more : "all " + (in == 0 ? "are " + more : more.substring(0, in) + " are" + more.substring(in));
    }

    /** The marks whose symbols the shown cells print. */
    private static Set<Mark> printedMarks(Table t, List<Row> rows) {
        Set<Mark> out = EnumSet.noneOf(Mark.class);
        List<Integer> shown = visible(t);
        for (Row r : rows) {
            for (int i : shown) {
                out.addAll(r.cell(i).printedMarks());
            }
        }
        return out;
    }

    private static List<Integer> visible(Table t) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < t.columns().size(); i++) {
            if (!t.columns().get(i).detail()) {
                out.add(i);
            }
        }
        return out;
    }

    private static int body(List<Row> rows) {
        return (int) rows.stream().filter(r -> r.kind() == Row.Kind.BODY).count();
    }

    private static int lastBody(List<Row> rows) {
        for (int i = rows.size() - 1; i >= 0; i--) {
            if (rows.get(i).kind() == Row.Kind.BODY) {
                return i;
            }
        }
        throw new IllegalStateException("no body row");
    }

    /** Parts joined as sentences, each ending in a full stop. */
    private static String sentences(List<String> parts) {
        StringBuilder sb = new StringBuilder();
        for (String p : parts) {
            if (!p.isBlank()) {
                sb.append(sb.length() == 0 ? "" : " ").append(p).append(p.endsWith(".") ? "" : ".");
            }
        }
        return sb.toString();
    }
}
