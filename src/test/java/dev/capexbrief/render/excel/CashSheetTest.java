package dev.capexbrief.render.excel;

import dev.capexbrief.dataset.Dataset;
import dev.capexbrief.render.model.BriefingModel;
import dev.capexbrief.render.model.Table;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The workbook's Cash sheet for {@code datasets/cash-coverage.yaml}, read back with POI: each ratio and
 * free cash flow is a live formula over the row's inputs, its cached value the hand-computed number,
 * the group row sums only the companies named, and the two exhibits are native charts on the sheet.
 */
class CashSheetTest {
    private static BriefingModel model;
    private static XSSFWorkbook book;
    private static XSSFSheet cash;

    @BeforeAll
    static void write() {
        Dataset d = Workbooks.cashCoverage();
        model = Workbooks.model(d, Workbooks.CASH_DAY);
        book = Workbooks.open(Workbooks.write(model, d));
        cash = book.getSheet(Sheets.CASH);
    }

    @AfterAll
    static void close() throws Exception {
        book.close();
    }

    private static TableOnSheet table(String id) {
        Table t = model.table(id).orElseThrow();
        return TableOnSheet.locate(cash, t);
    }

    /** The sheet cell of a model row and column. */
    private static XSSFCell cell(String table, String row, String column) {
        TableOnSheet on = table(table);
        int i = on.rows().stream().map(r -> r.key()).toList().indexOf(row);
        assertThat(i).as(table + " row " + row).isNotNegative();
        return on.cell(i, on.table().column(column));
    }

    private static String letter(String table, String column) {
        TableOnSheet on = table(table);
        return org.apache.poi.ss.util.CellReference.convertNumToColString(on.columns()[on.table().column(column)]);
    }

    @Test
    void theCashSheetFollowsTheQuartersWithItsSectionsHeading() {
        List<String> names = new ArrayList<>();
        book.forEach(s -> names.add(s.getSheetName()));
        assertThat(names).containsSubsequence("Quarterly", "Cash", "Changes");
        assertThat(cash.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Cash coverage");
    }

    @Test
    void ratiosAndFreeCashFlowAreLiveFormulasOverTheRowsInputs() {
        XSSFCell cover = cell("cash-quarter", "ALFA", "cover");
        int r = cover.getRowIndex() + 1;
        String capex = letter("cash-quarter", "capex");
        String ocf = letter("cash-quarter", "ocf");
        // Alfa FY2026Q2: 30 / 24 and 24 - 30
        assertThat(cover.getCellFormula()).isEqualTo(capex + r + "/" + ocf + r);
        assertThat(cover.getNumericCellValue()).isEqualTo(1.25);
        XSSFCell fcf = cell("cash-quarter", "ALFA", "fcf");
        assertThat(fcf.getCellFormula()).isEqualTo(ocf + r + "-" + capex + r);
        assertThat(fcf.getNumericCellValue()).isEqualTo(-6.0);
        // the inputs are numbers, not formulas
        assertThat(cell("cash-quarter", "ALFA", "capex").getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(cell("cash-quarter", "ALFA", "capex").getNumericCellValue()).isEqualTo(30.0);
        // capex ÷ revenue over the workbook's revenue column: 80 / 475 over the twelve months
        XSSFCell intensity = cell("cash-ttm", "ALFA", "intensity");
        int t = intensity.getRowIndex() + 1;
        assertThat(intensity.getCellFormula()).isEqualTo(letter("cash-ttm", "capex") + t + "/"
                + letter("cash-ttm", "revenue") + t);
        assertThat(intensity.getNumericCellValue()).isCloseTo(80.0 / 475, within(1e-15));
        // capex ÷ depreciation over the column of the company's own line: Beta's D&A, 15 / 4
        XSSFCell beta = cell("cash-quarter", "BETA", "depreciation");
        assertThat(beta.getCellFormula()).endsWith(letter("cash-quarter", "depAmort") + (beta.getRowIndex() + 1));
        assertThat(beta.getNumericCellValue()).isEqualTo(3.75);
        assertThat(beta.getCellStyle().getDataFormatString()).isEqualTo("0.0\"\u00d7\"");
    }

    @Test
    void theGroupRowSumsOnlyTheCompaniesThatHaveBothLines() {
        XSSFCell capex = cell("cash-year", "group", "capex");
        // 52 + 48 + 30 over Alfa, Beta and Gama, each a cell of its row
        assertThat(capex.getCellFormula()).startsWith("SUM(").doesNotContain(":");
        assertThat(capex.getNumericCellValue()).isEqualTo(130.0);
        assertThat(cell("cash-year", "group", "ocf").getNumericCellValue()).isEqualTo(178.0);
        assertThat(cell("cash-year", "group", "cover").getNumericCellValue()).isCloseTo(130.0 / 178, within(1e-15));
        assertThat(cell("cash-year", "group", "fcf").getNumericCellValue()).isEqualTo(48.0);
        // capex ÷ revenue over Alfa and Gama only: (52 + 30) / (430 + 200), two cells each
        XSSFCell revenue = cell("cash-year", "group", "intensity");
        assertThat(revenue.getCellFormula()).matches("SUM\\([A-Z]+\\d+,[A-Z]+\\d+\\)/SUM\\([A-Z]+\\d+,[A-Z]+\\d+\\)");
        assertThat(revenue.getNumericCellValue()).isCloseTo(82.0 / 630, within(1e-15));
        // PP&E depreciation of Alfa and Gama, never Beta's D&A: 82 / 24
        XSSFCell dep = cell("cash-year", "group", "depreciation");
        assertThat(dep.getCellFormula()).contains(letter("cash-year", "depPpe")).doesNotContain(letter("cash-year",
                "depAmort"));
        assertThat(dep.getNumericCellValue()).isCloseTo(82.0 / 24, within(1e-15));
    }

    @Test
    void aRatioOnASingleSourceInputShowsTheMarkInItsFormat() {
        // Beta's FY2026Q4 operating cash flow is single-source
        assertThat(cell("cash-quarter", "BETA", "cover").getCellStyle().getDataFormatString()).contains("\u00a7");
        assertThat(cell("cash-quarter", "BETA", "fcf").getCellStyle().getDataFormatString()).contains("\u00a7");
        assertThat(cell("cash-quarter", "ALFA", "cover").getCellStyle().getDataFormatString()).doesNotContain("\u00a7");
        // a year of four quarters summed is marked q
        assertThat(cell("cash-year", "BETA", "capex").getCellStyle().getDataFormatString()).contains("q");
    }

    @Test
    void theTwoExhibitsAreNativeChartsOnTheSheetTheFreeCashFlowAxisBelowZero() {
        List<XSSFChart> charts = cash.getDrawingPatriarch().getCharts();
        assertThat(charts).extracting(c -> c.getTitleText().getString()).containsExactly(
                "Exhibit 6: Cash cover: capex outruns operating cash flow at Gama (125.0%)",
                "Exhibit 7: Free cash flow after capex: negative at Gama (-$6.0B)");
        var fcfAxis = charts.get(1).getCTChart().getPlotArea().getValAxArray(0).getScaling();
        assertThat(fcfAxis.isSetMin()).as("the free cash flow axis may go below zero").isFalse();
        var coverAxis = charts.get(0).getCTChart().getPlotArea().getValAxArray(0).getScaling();
        assertThat(coverAxis.getMin().getVal()).isZero();
    }
}
