package dev.capexbrief.render.excel;

import dev.capexbrief.analysis.Briefing;
import dev.capexbrief.analysis.GroupTotal;
import dev.capexbrief.analysis.GuidanceLine;
import dev.capexbrief.analysis.MoneyFormat;
import dev.capexbrief.analysis.Revision;
import org.apache.poi.xssf.usermodel.XSSFSheet;

import java.util.List;
import java.util.Optional;

/**
 * Summary: the headline numbers a portfolio manager asks for first, each linked to the cell it
 * comes from, the dates that define the briefing, and a table of contents.
 */
final class SummarySheet {
    static final String NAME = "Summary";
    static final int HEADER_ROW = 3;
    private static final int VALUE = 1;
    private static final int WRITTEN = 2;
    private static final int DETAIL = 3;
    private static final int DETAIL_CHARS = 80;

    private final Context ctx;
    private final Grid grid;
    private final Styles s;
    private int row = HEADER_ROW;

    SummarySheet(Context ctx, XSSFSheet sheet) {
        this.ctx = ctx;
        this.s = ctx.styles();
        this.grid = new Grid(sheet, s);
    }

    void write(GuidanceCells guidance, List<String> changeCells, int figures, List<String> dataSheets, Names names) {
        Briefing b = ctx.briefing();
        grid.text(0, 0, "Hyperscaler capex briefing: FY" + b.focusYear() + " plans", s.title());
        grid.text(1, 0, "As of " + b.asOf() + " (week " + b.isoWeek() + ") \u00b7 " + ctx.theme().firmName(),
                s.subtitle());
        grid.header(HEADER_ROW, 0, "Measure", false);
        grid.header(HEADER_ROW, VALUE, "Value", true);
        grid.header(HEADER_ROW, WRITTEN, "As written", false);
        grid.header(HEADER_ROW, DETAIL, "Detail", false);
        plan(guidance);
        largest(guidance);
        revision(changeCells);
        dates(figures, dataSheets, names);
        contents(row + 2);
        grid.sheet().setColumnWidth(0, 44 * 256);
        grid.sheet().setColumnWidth(VALUE, 14 * 256);
        grid.sheet().setColumnWidth(WRITTEN, 36 * 256);
        grid.sheet().setColumnWidth(DETAIL, (DETAIL_CHARS + 2) * 256);
        grid.fitWrappedRows();
    }

    private void plan(GuidanceCells guidance) {
        GroupTotal t = ctx.briefing().total();
        String members = t.companies().size() + " companies with FY" + t.year() + " guidance: "
                + ctx.names(t.companies()) + "."
                + (t.includesFloors() ? " Includes an 'over' figure at its floor, so the total is a minimum." : "");
        if (guidance.total() == null) {
            kpi("Group plan, FY" + t.year(), null, null, "no guidance", "No company has guidance for this year yet.");
            return;
        }
        kpi("Group plan, FY" + t.year(), "GroupTotal", t.total(), t.label(), members);
        if (guidance.growth() != null) {
            String detail = "Like-for-like: " + ctx.names(t.likeForLikeCompanies()) + " (FY" + (t.year() - 1)
                    + " actuals " + MoneyFormat.billions(t.priorTotal(), ctx.currency()) + " \u2192 FY" + t.year()
                    + " plans " + MoneyFormat.billions(t.planForLikeForLike(), ctx.currency()) + ").";
            row++;
            grid.text(row, 0, "Growth on FY" + (t.year() - 1) + " (like-for-like)", s.bold());
            grid.formula(row, VALUE, "GroupGrowth", t.growth(), s.percentChange());
            detail(detail);
        }
    }

    private void largest(GuidanceCells guidance) {
        Optional<GuidanceLine> top = ctx.briefing().largestSpender();
        if (top.isEmpty() || guidance.central().get(top.get().company().id()) == null) {
            return;
        }
        GuidanceLine g = top.get();
        kpi("Largest spender", guidance.central().get(g.company().id()), g.central(),
                g.company().name() + ": " + g.label(), "Central value of its FY" + ctx.briefing().focusYear()
                        + " guidance (" + g.company().basisLabel() + ").");
        String share = guidance.share().get(g.company().id());
        if (share != null) {
            row++;
            grid.text(row, 0, "Largest spender's share of the group plan", s.bold());
            grid.formula(row, VALUE, share, g.share(), s.percent());
        }
    }

    private void revision(List<String> changeCells) {
        Optional<Revision> biggest = ctx.briefing().biggestRevision();
        if (biggest.isEmpty()) {
            kpi("Biggest revision", null, null, "none", "No guidance has been revised as of the as-of date.");
            return;
        }
        Revision v = biggest.get();
        String cell = changeCells.get(ctx.briefing().revisions().indexOf(v));
        String detail = "Announced " + v.toDate() + (v.toDate().isBefore(ctx.briefing().weekStart())
                ? " (the latest revision; none this week)" : " (this week)")
                + (v.reaction() == null ? "." : "; share price " + v.reaction().label() + " on " + v.reaction().date()
                + ".");
        row++;
        grid.text(row, 0, "Biggest revision", s.bold());
        grid.formula(row, VALUE, cell, v.change(), s.moneyChange());
        grid.text(row, WRITTEN, v.company().name() + " " + v.period().label() + ": " + v.fromLabel() + " \u2192 "
                + v.toLabel(), s.wrap());
        detail(detail);
    }

    private void dates(int figures, List<String> dataSheets, Names names) {
        Briefing b = ctx.briefing();
        row++;
        grid.text(row, 0, "As-of date", s.bold());
        grid.date(row, VALUE, b.asOf(), s.dateBold());
        detail("Only figures public on or before this day are used, so this briefing can be regenerated exactly.");
        names.define("AsOfDate", Refs.cell(NAME, row, VALUE), "Figures announced after this day are not used");
        row++;
        grid.text(row, 0, "ISO week", s.bold());
        grid.text(row, WRITTEN, b.isoWeek(), s.text());
        detail("\"This week\" runs from Monday " + b.weekStart() + " to the as-of date.");
        row++;
        grid.text(row, 0, "Data cut-off", s.bold());
        grid.date(row, VALUE, b.dataCutoff(), s.date());
        detail("The latest announcement in the data on or before the as-of date.");
        row++;
        grid.text(row, 0, "Dataset", s.bold());
        grid.text(row, WRITTEN, Text.fileName(b.datasetName()), s.text());
        detail(figures + " input rows, on " + (dataSheets.size() == 1 ? "the " + dataSheets.get(0) + " sheet."
                : "the sheets " + String.join(", ", dataSheets) + " (past Excel's 1,048,576 rows a sheet)."));
        row++;
        grid.text(row, 0, "Prepared by", s.bold());
        grid.text(row, WRITTEN, ctx.theme().firmName(), s.text());
    }

    /** One headline row: a link to the cell the number lives in, the number as written, and what it means. */
    private void kpi(String measure, String formula, java.math.BigDecimal cached, String written, String detail) {
        row++;
        grid.text(row, 0, measure, s.bold());
        if (formula != null) {
            grid.formula(row, VALUE, formula, cached, s.money());
        }
        grid.text(row, WRITTEN, written, s.wrap());
        detail(detail);
    }

    private void detail(String text) {
        grid.text(row, DETAIL, text, s.wrap());
    }

    private void contents(int r) {
        grid.text(r, 0, "Contents", s.section());
        String[][] sheets = {
                {GuidanceSheet.NAME, "Each company's plan: low, high, central, prior year, growth, share; the total."},
                {HistorySheet.NAME, "Annual capex by fiscal year on each company's headline basis, with growth."},
                {QuarterlySheet.NAME, "Quarterly capex by calendar quarter and run rates against guidance."},
                {ChangesSheet.NAME, "Guidance revisions, this week's announcements, share-price moves."},
                {DataSheets.NAME, "Every input row, as an Excel table; edit it and use the workbook as input."},
                {SourcesSheet.NAME, "Methodology, fiscal calendars, FX rates and every source."}};
        for (int i = 0; i < sheets.length; i++) {
            grid.internalLink(r + 1 + i, 0, sheets[i][0], Refs.linkTarget(sheets[i][0], 0, 0));
            grid.text(r + 1 + i, VALUE, sheets[i][1], s.text());
        }
    }
}
