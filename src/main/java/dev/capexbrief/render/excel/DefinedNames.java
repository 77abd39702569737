package dev.capexbrief.render.excel;

import dev.capexbrief.render.model.Cell;
import dev.capexbrief.render.model.Column;
import org.apache.poi.xssf.usermodel.XSSFName;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.util.List;

/**
 * Workbook-level names for the cells and ranges analysts refer to (GroupTotal, Guidance_Midpoints,
 * RunRates, AsOfDate, ...), defined from the layout before any cell is written, so formulas on other
 * sheets can use a single cell's name ("=GroupTotal").
 */
final class DefinedNames {
    private static final String GUIDANCE = "guidance";
    private static final String TOTAL = "total";
    private static final String HEADLINE = "headline";

    private final XSSFWorkbook book;
    private final Addresses addresses;

    DefinedNames(XSSFWorkbook book, Addresses addresses) {
        this.book = book;
        this.addresses = addresses;
    }

    void define(String asOfCell) {
        TableLayout guidance = addresses.table(GUIDANCE);
        if (guidance != null && guidance.has(TOTAL)) {
            single("GroupTotal", guidance, "plan", "Sum of the companies' central plans");
            if (guidance.cell(TOTAL, "growth") instanceof Cell.Percent) {
                single("GroupGrowth", guidance, "growth", "Growth on the prior year, every company in the total");
            }
            // page one's number: the headline row when it is not the whole table, else the total
            String headline = guidance.has(HEADLINE) ? HEADLINE : TOTAL;
            single("HeadlineTotal", guidance, headline, "plan", "Page one's group plan (the Big Four when all four have a prior year)");
            if (guidance.cell(headline, "growth") instanceof Cell.Percent) {
                single("HeadlineGrowth", guidance, headline, "growth", "Page one's growth, over the same companies as HeadlineTotal");
            }
        }
        if (guidance != null && guidance.body() != null) {
            column("Guidance_Companies", guidance, "company", "Companies in the total");
            column("Guidance_Midpoints", guidance, "plan", "Central value of each plan: midpoint, stated value or bound");
            column("Guidance_PriorActuals", guidance, "prior", "Prior fiscal year actual on the same basis");
        }
        TableLayout history = addresses.table("history");
        if (history != null && history.body() != null) {
            years(history);
        }
        TableLayout runRates = addresses.table("run-rate");
        if (runRates != null && runRates.body() != null) {
            column("RunRates", runRates, "runRate", "Latest quarter x 4, per company");
        }
        if (asOfCell != null) {
            name("AsOfDate", asOfCell, "Figures announced after this day are not used");
        }
    }

    private void single(String name, TableLayout t, String column, String comment) {
        single(name, t, TOTAL, column, comment);
    }

    private void single(String name, TableLayout t, String row, String column, String comment) {
        String cell = Refs.cell(t.sheet(), t.row(row), t.column(column));
        name(name, cell, comment);
        addresses.name(name, cell);
    }

    private void column(String name, TableLayout t, String column, String comment) {
        int c = t.column(column);
        name(name, Refs.area(t.sheet(), t.body()[0], c, t.body()[1], c), comment);
    }

    /** The fiscal-year columns of the history table, every company. */
    private void years(TableLayout t) {
        List<Column> years = t.table().columns().stream().filter(c -> c.id().matches("FY\\d{4}")).toList();
        if (years.isEmpty()) {
            return;
        }
        name("History_Headline", Refs.area(t.sheet(), t.body()[0], t.column(years.get(0).id()), t.body()[1],
                t.column(years.get(years.size() - 1).id())), "Annual capex on the headline basis, companies by fiscal years");
    }

    private void name(String name, String reference, String comment) {
        XSSFName n = book.createName();
        n.setNameName(name);
        n.setRefersToFormula(reference);
        n.setComment(comment);
    }
}
