package dev.capexbrief.render.excel;

import dev.capexbrief.render.model.Cell;
import dev.capexbrief.render.model.Derivation;
import dev.capexbrief.render.model.Row;
import dev.capexbrief.render.model.Table;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;

import java.math.BigDecimal;
import java.util.List;

/**
 * Writes one model cell by its type: money and percentages as numbers in their formats (the marks'
 * symbols in the format, so the cell stays a number), or as live formulas with the model's value
 * cached where the cell is derived; days as dates; words as text; citations as "[3] [12]" linked
 * to where the first source is listed; a blank as its text, in the note style.
 */
final class CellWriter {
    private final Canvas canvas;
    private final Formulas formulas;

    CellWriter(Canvas canvas) {
        this.canvas = canvas;
        this.formulas = canvas.formulas();
    }

    /**
     * A cell of {@code row} of {@code table} (both null for a cell outside any table, such as a KPI);
     * words and blanks in a column of numbers ({@code right}) line up with the numbers.
     */
    void write(int r, int c, Cell cell, Table table, Row row, boolean total, boolean right) {
        if (right && (cell instanceof Cell.Text || cell instanceof Cell.Blank)) {
            Styles s = canvas.styles();
            XSSFCellStyle base = total ? s.totalLabel() : cell instanceof Cell.Blank ? s.note()
                    : ((Cell.Text) cell).strong() ? s.bold() : s.text();
            canvas.grid().text(r, c, cell.text(), s.right(base));
            return;
        }
        write(r, c, cell, table, row, total);
    }

    /** A cell of {@code row} of {@code table} (both null for a cell outside any table, such as a KPI). */
    void write(int r, int c, Cell cell, Table table, Row row, boolean total) {
        Styles s = canvas.styles();
        Grid grid = canvas.grid();
        if (cell instanceof Cell.Money m) {
            boolean signed = m.derivation() != null && canvas.addresses().signed(m.derivation(), table, row);
            number(r, c, m.value(), m.derivation(), table, row, s.money(m.decimals(), m.marks(), signed, total,
                    dev.capexbrief.analysis.Growths.Bound.wordsIn(m.label())));
        } else if (cell instanceof Cell.Percent p) {
            number(r, c, p.ratio(), p.derivation(), table, row, s.percent(p.marks(), p.signed(), total, p.bound()));
        } else if (cell instanceof Cell.Multiple x) {
            number(r, c, x.ratio(), x.derivation(), table, row, s.multiple(x.marks(), total));
        } else if (cell instanceof Cell.Number n) {
            grid.number(r, c, n.value(), s.plain(total));
        } else if (cell instanceof Cell.Day d) {
            grid.date(r, c, d.date(), s.day(total));
        } else if (cell instanceof Cell.Text t) {
            grid.text(r, c, t.text(), total ? s.totalLabel() : t.strong() ? s.bold() : s.wrap());
        } else if (cell instanceof Cell.Company co) {
            grid.text(r, c, co.name(), total ? s.totalLabel() : s.bold());
        } else if (cell instanceof Cell.Sources src) {
            sources(r, c, src, total);
        } else {
            grid.text(r, c, cell.text(), total ? s.totalLabel() : s.note());
        }
    }

    private void number(int r, int c, BigDecimal value, Derivation d, Table table, Row row, XSSFCellStyle style) {
        if (d == null) {
            canvas.grid().number(r, c, value, style);
        } else {
            canvas.grid().formula(r, c, formulas.of(d, table, row, canvas.sheet()), value, style);
        }
    }

    private void sources(int r, int c, Cell.Sources src, boolean total) {
        XSSFCellStyle plain = total ? canvas.styles().totalLabel() : canvas.styles().text();
        List<Integer> numbers = src.numbers();
        if (numbers.isEmpty()) {
            canvas.grid().text(r, c, src.unlisted(), total ? plain : canvas.styles().wrap());
            return;
        }
        // the model's text, "[15, 26]", as the PDF prints it; the link goes to the first source's listing
        String target = canvas.addresses().source(numbers.get(0));
        if (target == null) {
            canvas.grid().text(r, c, src.text(), plain);
        } else {
            canvas.grid().internalLink(r, c, src.text(), target);
        }
    }
}
