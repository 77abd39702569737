package dev.capexbrief.render.excel;

import dev.capexbrief.render.model.BriefingModel;
import dev.capexbrief.render.model.Cell;
import dev.capexbrief.render.model.Kpi;
import dev.capexbrief.render.model.Row;
import dev.capexbrief.render.model.Table;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Stream;

import static dev.capexbrief.render.excel.SheetLookup.find;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Cached formula results are the model's numbers, and a spreadsheet engine computes the same. */
class CachedValuesTest {
    /** The sheet each model table is on. */
    static final Map<String, String> SHEETS = Map.ofEntries(Map.entry("guidance", Sheets.GUIDANCE),
            Map.entry("other-plans", Sheets.GUIDANCE), Map.entry("history", Sheets.HISTORY),
            Map.entry("history-other-bases", Sheets.HISTORY), Map.entry("run-rate", Sheets.QUARTERLY),
            Map.entry("quarters", Sheets.QUARTERLY), Map.entry("revisions", Sheets.CHANGES),
            Map.entry("reactions", Sheets.CHANGES), Map.entry("this-week", Sheets.CHANGES),
            Map.entry("cash-quarter", Sheets.CASH), Map.entry("cash-ttm", Sheets.CASH),
            Map.entry("cash-year", Sheets.CASH));

    static Stream<LocalDate> dates() {
        return Stream.of(Workbooks.SEED_DAY, Workbooks.YEAR_LATER);
    }

    @ParameterizedTest
    @MethodSource("dates")
    void poiRecalculationAgreesWithEveryCachedValue(LocalDate asOf) throws Exception {
        try (XSSFWorkbook book = Workbooks.open(Workbooks.bundledWorkbook(asOf))) {
            XSSFFormulaEvaluator evaluator = book.getCreationHelper().createFormulaEvaluator();
            int formulas = 0;
            for (int s = 0; s < book.getNumberOfSheets(); s++) {
                for (var row : book.getSheetAt(s)) {
                    for (var cell : row) {
                        if (cell.getCellType() != CellType.FORMULA) {
                            continue;
                        }
                        formulas++;
                        assertThat(cell.getCachedFormulaResultType()).as(where(cell)).isEqualTo(CellType.NUMERIC);
                        CellValue fresh = evaluator.evaluate(cell);
                        assertThat(fresh.getCellType()).as(where(cell)).isEqualTo(CellType.NUMERIC);
                        assertThat(fresh.getNumberValue()).as(where(cell)).isCloseTo(cell.getNumericCellValue(),
                                within(1e-9 * Math.max(1, Math.abs(fresh.getNumberValue()))));
                    }
                }
            }
            assertThat(formulas).isGreaterThan(30);
        }
    }

    /** Every amount and ratio of every table is the model's number; a derived one is a live formula. */
    @ParameterizedTest
    @MethodSource("dates")
    void everyTableCellCarriesTheModelsNumber(LocalDate asOf) throws Exception {
        BriefingModel model = Workbooks.model(Workbooks.bundled(), asOf);
        try (XSSFWorkbook book = Workbooks.open(Workbooks.bundledWorkbook(asOf))) {
            int checked = 0;
            for (Table t : model.tables()) {
                if (!SHEETS.containsKey(t.id()) || t.rows().isEmpty()) {
                    continue;
                }
                TableOnSheet on = TableOnSheet.locate(book.getSheet(SHEETS.get(t.id())), t);
                for (int i = 0; i < on.rows().size(); i++) {
                    Row row = on.rows().get(i);
                    for (int c = 0; c < t.columns().size(); c++) {
                        checked += check(on.cell(i, c), row.cell(c), t.id() + "/" + row.key() + "/"
                                + t.columns().get(c).id());
                    }
                }
            }
            assertThat(checked).isGreaterThan(100);
        }
    }

    private static int check(XSSFCell cell, Cell model, String where) {
        BigDecimal value = model instanceof Cell.Money m ? m.value() : model instanceof Cell.Percent p ? p.ratio()
                : model instanceof Cell.Multiple x ? x.ratio() : null;
        if (value == null) {
            if (model instanceof Cell.Text || model instanceof Cell.Company) {
                assertThat(cell.getStringCellValue()).as(where).isEqualTo(model.text());
            }
            return 0;
        }
        boolean derived = model instanceof Cell.Money m ? m.derivation() != null : model instanceof Cell.Multiple x
                ? x.derivation() != null : ((Cell.Percent) model).derivation() != null;
        assertThat(cell.getCellType()).as(where).isEqualTo(derived ? CellType.FORMULA : CellType.NUMERIC);
        assertThat(cell.getNumericCellValue()).as(where).isEqualTo(value.doubleValue());
        return 1;
    }

    @ParameterizedTest
    @MethodSource("dates")
    void summaryHeadlinesLinkToTheirSourceCells(LocalDate asOf) throws Exception {
        BriefingModel model = Workbooks.model(Workbooks.bundled(), asOf);
        try (XSSFWorkbook book = Workbooks.open(Workbooks.bundledWorkbook(asOf))) {
            XSSFSheet summary = book.getSheet(Sheets.SUMMARY);
            Kpi plan = model.kpi("plan").orElseThrow();
            XSSFCell total = valueBeside(summary, plan.label());
            // page one's number: the headline plan (the Big Four, or every company with a prior year)
            assertThat(total.getCellFormula()).isEqualTo("HeadlineTotal");
            assertThat(total.getNumericCellValue()).isEqualTo(((Cell.Money) plan.value()).value().doubleValue());
            Kpi growth = model.kpi("growth").orElseThrow();
            XSSFCell rate = valueBeside(summary, growth.label());
            assertThat(rate.getCellFormula()).isEqualTo("HeadlineGrowth");
            assertThat(rate.getNumericCellValue()).isCloseTo(((Cell.Percent) growth.value()).ratio().doubleValue(),
                    within(1e-15));
            assertThat(valueBeside(summary, model.kpi("largest").orElseThrow().label()).getStringCellValue())
                    .isEqualTo(model.kpi("largest").orElseThrow().value().text());
            if (model.kpi("revision").orElseThrow().value() instanceof Cell.Money change) {
                XSSFCell cell = valueBeside(summary, model.kpi("revision").orElseThrow().label());
                assertThat(cell.getCellFormula()).startsWith("Changes!$");
                assertThat(cell.getNumericCellValue()).isEqualTo(change.value().doubleValue());
                assertThat(cell.getCellStyle().getDataFormatString()).startsWith("+");
            }
            XSSFCell day = valueBeside(summary, "AS OF");
            assertThat(day.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(asOf);
            assertThat(book.getName("AsOfDate").getRefersToFormula()).isEqualTo("Summary!$B$" + (day.getRowIndex() + 1));
        }
    }

    @ParameterizedTest
    @MethodSource("dates")
    void runRatesAreTheLatestQuarterTimesFourAgainstTheGuidanceSheetsPlan(LocalDate asOf) throws Exception {
        BriefingModel model = Workbooks.model(Workbooks.bundled(), asOf);
        Table runRates = model.table("run-rate").orElseThrow();
        try (XSSFWorkbook book = Workbooks.open(Workbooks.bundledWorkbook(asOf))) {
            TableOnSheet on = TableOnSheet.locate(book.getSheet(Sheets.QUARTERLY), runRates);
            TableOnSheet guidance = TableOnSheet.locate(book.getSheet(Sheets.GUIDANCE), model.table("guidance").orElseThrow());
            for (Row row : runRates.body()) {
                if (!(row.cell(runRates.column("runRate")) instanceof Cell.Money)) {
                    // no run rate: the company has since reported a later quarter on another basis only
                    assertThat(on.cell(row.key(), "runRate").getCellType()).isNotEqualTo(CellType.FORMULA);
                    continue;
                }
                assertThat(on.cell(row.key(), "runRate").getCellFormula())
                        .isEqualTo(on.cell(row.key(), "latest").getReference() + "*4");
                if (row.cell(runRates.column("plan")) instanceof Cell.Money) {
                    assertThat(on.cell(row.key(), "plan").getCellFormula()).isEqualTo("Guidance!"
                            + absolute(guidance.cell(row.key(), "plan")));
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("dates")
    void historyPlansLinkToTheGuidanceSheet(LocalDate asOf) throws Exception {
        BriefingModel model = Workbooks.model(Workbooks.bundled(), asOf);
        Table history = model.table("history").orElseThrow();
        try (XSSFWorkbook book = Workbooks.open(Workbooks.bundledWorkbook(asOf))) {
            TableOnSheet on = TableOnSheet.locate(book.getSheet(Sheets.HISTORY), history);
            TableOnSheet guidance = TableOnSheet.locate(book.getSheet(Sheets.GUIDANCE), model.table("guidance").orElseThrow());
            int linked = 0;
            for (Row row : history.body()) {
                if (row.cell(history.column("plan")) instanceof Cell.Money) {
                    assertThat(on.cell(row.key(), "plan").getCellFormula())
                            .isEqualTo("Guidance!" + absolute(guidance.cell(row.key(), "plan")));
                    linked++;
                }
            }
            assertThat(linked).isEqualTo(model.table("guidance").orElseThrow().body().size());
        }
    }

    private static String absolute(XSSFCell cell) {
        return cell.getReference().replaceAll("([A-Z]+)(\\d+)", "\\$$1\\$$2");
    }

    private static XSSFCell valueBeside(XSSFSheet sheet, String measure) {
        return sheet.getRow(find(sheet, measure).getRowIndex()).getCell(Headlines.VALUE);
    }

    private static String where(org.apache.poi.ss.usermodel.Cell cell) {
        return cell.getSheet().getSheetName() + "!" + cell.getAddress() + " =" + cell.getCellFormula();
    }
}
