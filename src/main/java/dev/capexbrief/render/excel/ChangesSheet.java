package dev.capexbrief.render.excel;

import dev.capexbrief.analysis.MarketReaction;
import dev.capexbrief.analysis.MoneyFormat;
import dev.capexbrief.analysis.Revision;
import dev.capexbrief.analysis.WeekItem;
import org.apache.poi.xssf.usermodel.XSSFSheet;

import java.util.ArrayList;
import java.util.List;

/**
 * Changes: every guidance revision (from → to, change in money and percent, the share-price
 * reaction), what was announced in the briefing's week, and the share-price moves on record.
 */
final class ChangesSheet {
    static final String NAME = "Changes";

    private static final int HEADER_ROW = 3;
    private static final int FROM = 5;
    private static final int TO = 6;
    private static final int CHANGE = 7;
    private static final int CHANGE_PCT = 8;

    private final Context ctx;
    private final Grid grid;
    private final Styles s;
    private final String unit;

    ChangesSheet(Context ctx, XSSFSheet sheet) {
        this.ctx = ctx;
        this.s = ctx.styles();
        this.grid = new Grid(sheet, s);
        this.unit = MoneyFormat.prefix(ctx.currency()).strip() + "B";
    }

    /** Writes the sheet; returns the cell of each revision's change, in the briefing's order. */
    List<String> write() {
        grid.text(0, 0, "Guidance changes and this week's news", s.title());
        grid.text(1, 0, "Revisions newest first; change = new central value − previous central value (" + unit
                + "). Reactions are the share-price move reported on the day or the next two days.", s.subtitle());
        List<String> changes = revisions();
        int next = HEADER_ROW + Math.max(1, changes.size()) + 3;
        next = thisWeek(next);
        reactions(next + 2);
        grid.applyWidths(30);
        return changes;
    }

    private List<String> revisions() {
        String[] titles = {"Company", "Period", "Capex basis", "From", "To", "From (" + unit + ")",
                "To (" + unit + ")", "Change (" + unit + ")", "Change (%)", "From date", "To date", "Reaction",
                "Reaction note", "Sources"};
        for (int c = 0; c < titles.length; c++) {
            grid.header(HEADER_ROW, c, titles[c], c >= FROM && c <= CHANGE_PCT);
        }
        grid.row(HEADER_ROW).setHeightInPoints(30);
        List<Revision> revisions = ctx.briefing().revisions();
        if (revisions.isEmpty()) {
            grid.text(HEADER_ROW + 1, 0, "No guidance revisions as of " + ctx.briefing().asOf() + ".", s.note());
        }
        List<String> cells = new ArrayList<>();
        int r = HEADER_ROW;
        for (Revision v : revisions) {
            r++;
            grid.text(r, 0, v.company().name(), s.bold());
            grid.text(r, 1, v.period().label(), s.text());
            grid.text(r, 2, v.metric(), s.text());
            grid.text(r, 3, v.fromLabel(), s.text());
            grid.text(r, 4, v.toLabel(), s.text());
            grid.number(r, FROM, v.from(), s.money());
            grid.number(r, TO, v.to(), s.money());
            grid.formula(r, CHANGE, Grid.a1(r, TO) + "-" + Grid.a1(r, FROM), v.change(), s.moneyChange());
            if (v.changePct() != null) {
                grid.formula(r, CHANGE_PCT, Grid.a1(r, CHANGE) + "/" + Grid.a1(r, FROM), v.changePct(),
                        s.percentChange());
            }
            grid.date(r, 9, v.fromDate(), s.date());
            grid.date(r, 10, v.toDate(), s.date());
            reaction(r, 11, v.reaction());
            ctx.sources().write(grid, r, 13, v.toSource());
            cells.add(Refs.cell(NAME, r, CHANGE));
        }
        return cells;
    }

    private void reaction(int r, int c, MarketReaction m) {
        if (m != null) {
            grid.number(r, c, m.movePct(), s.percentPoints());
            grid.text(r, c + 1, m.date() + (m.note().isEmpty() ? "" : ", " + m.note()), s.wrap());
        }
    }

    private int thisWeek(int r) {
        grid.text(r, 0, "This week: " + ctx.briefing().weekStart() + " to " + ctx.briefing().asOf() + " ("
                + ctx.briefing().isoWeek() + ")", s.section());
        String[] titles = {"Company", "Period", "Metric", "Kind", "Status", "Figure", "Announced", "Reaction",
                "Reaction note", "Revision (from \u2192 to)", "Change", "Change %", "", "Sources"};
        for (int c = 0; c < titles.length; c++) {
            if (!titles[c].isEmpty()) {
                grid.header(r + 1, c, titles[c], c == 7 || c == 10 || c == 11);
            }
        }
        List<WeekItem> items = ctx.briefing().thisWeek();
        int row = r + 2;
        if (items.isEmpty()) {
            grid.text(row++, 0, "No new guidance this week.", s.note());
        }
        for (WeekItem w : items) {
            grid.text(row, 0, w.company().name(), s.bold());
            grid.text(row, 1, w.period().label(), s.text());
            grid.text(row, 2, w.metric(), s.text());
            grid.text(row, 3, w.kind().code(), s.text());
            grid.text(row, 4, w.status().code(), s.text());
            grid.text(row, 5, w.label(), s.text());
            grid.date(row, 6, w.announced(), s.date());
            reaction(row, 7, w.reaction());
            if (w.revision() != null) {
                grid.text(row, 9, w.revision().fromLabel() + " \u2192 " + w.revision().toLabel(), s.text());
                grid.number(row, 10, w.revision().change(), s.money());
                if (w.revision().changePct() != null) {
                    grid.number(row, 11, w.revision().changePct(), s.percent());
                }
            } else if (w.isNew()) {
                grid.text(row, 9, "new", s.text());
            }
            ctx.sources().write(grid, row, 13, w.source());
            row++;
        }
        return row;
    }

    private void reactions(int r) {
        List<MarketReaction> moves = ctx.briefing().reactions();
        if (moves.isEmpty()) {
            return;
        }
        grid.text(r, 0, "Share-price moves on record (newest first)", s.section());
        String[] titles = {"Company", "Reacting to", "Date", "Move", "Note", "Sources"};
        for (int c = 0; c < titles.length; c++) {
            grid.header(r + 1, c, titles[c], c == 3);
        }
        int row = r + 2;
        for (MarketReaction m : moves) {
            grid.text(row, 0, m.company().name(), s.bold());
            grid.text(row, 1, m.period().label(), s.text());
            grid.date(row, 2, m.date(), s.date());
            grid.number(row, 3, m.movePct(), s.percentPoints());
            grid.text(row, 4, m.note(), s.wrap());
            ctx.sources().write(grid, row, 5, m.source());
            row++;
        }
    }
}
