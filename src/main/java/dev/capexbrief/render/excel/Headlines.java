package dev.capexbrief.render.excel;

import dev.capexbrief.render.model.Cell;
import dev.capexbrief.render.model.Fact;
import dev.capexbrief.render.model.Kpi;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The Summary's table of headline figures and edition facts: each KPI's label, its value (a live
 * link to the table cell it comes from), the value as the briefing writes it, and the line under it;
 * then the facts, a date written as a date.
 */
final class Headlines implements Piece {
    static final int MEASURE = 0;
    static final int VALUE = 1;
    static final int WRITTEN = 2;
    static final int DETAIL = 3;

    private final List<Kpi> kpis;
    private final List<Fact> facts;
    private final LocalDate asOf;
    private String asOfCell;

    Headlines(List<Kpi> kpis, List<Fact> facts, LocalDate asOf) {
        this.kpis = List.copyOf(kpis);
        this.facts = List.copyOf(facts);
        this.asOf = asOf;
    }

    @Override
    public int height() {
        return 1 + kpis.size() + facts.size();
    }

    @Override
    public int width() {
        return DETAIL + 1;
    }

    @Override
    public void place(Addresses addresses, String sheet, int top) {
        for (int i = 0; i < facts.size(); i++) {
            if (asOf.equals(date(facts.get(i)))) {
                asOfCell = Refs.cell(sheet, top + 1 + kpis.size() + i, VALUE);
                return;
            }
        }
    }

    /** The cell holding the as-of date (named AsOfDate), or null. */
    String asOfCell() {
        return asOfCell;
    }

    @Override
    public void write(Canvas canvas, int top) {
        Grid grid = canvas.grid();
        Styles s = canvas.styles();
        grid.header(top, MEASURE, "Measure", false);
        grid.header(top, VALUE, "Value", true);
        grid.header(top, WRITTEN, "As written", false);
        grid.header(top, DETAIL, "Detail", false);
        CellWriter cells = new CellWriter(canvas);
        int r = top;
        for (Kpi k : kpis) {
            r++;
            grid.text(r, MEASURE, k.label(), s.bold());
            cells.write(r, VALUE, k.value(), null, null, false);
            if (!(k.value() instanceof Cell.Company || k.value() instanceof Cell.Blank)) {
                grid.text(r, WRITTEN, k.value().text(), s.wrap());
            }
            grid.text(r, DETAIL, k.sub(), s.wrap());
        }
        for (Fact f : facts) {
            r++;
            grid.text(r, MEASURE, f.label(), s.bold());
            LocalDate day = date(f);
            String[] lines = f.value().split("\n", 2);
            if (day != null) {
                grid.date(r, VALUE, day, s.date());
            }
            grid.text(r, DETAIL, day == null ? f.value().replace('\n', ' ') : lines.length > 1 ? lines[1] : "", s.wrap());
        }
    }

    /** The day a fact's first line states, or null when it is not a day. */
    private static LocalDate date(Fact f) {
        try {
            return LocalDate.parse(f.value().split("\n", 2)[0].strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
