package dev.capexbrief.render.excel;

import dev.capexbrief.analysis.AnnualActual;
import dev.capexbrief.analysis.AnnualSeries;
import dev.capexbrief.analysis.Briefing;
import dev.capexbrief.analysis.QuarterSeries;
import dev.capexbrief.analysis.Revision;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.stream.Stream;

import static dev.capexbrief.render.excel.GuidanceSheetTest.find;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Cached formula results are the briefing's numbers, and a spreadsheet engine computes the same. */
class CachedValuesTest {

    static Stream<LocalDate> dates() {
        return Stream.of(Workbooks.SEED_DAY, Workbooks.YEAR_LATER);
    }

    @ParameterizedTest
    @MethodSource("dates")
    void poiRecalculationAgreesWithEveryCachedValue(LocalDate asOf) throws Exception {
        Briefing b = Workbooks.briefing(Workbooks.bundled(), asOf);
        try (XSSFWorkbook book = Workbooks.open(Workbooks.bundledWorkbook(asOf))) {
            XSSFFormulaEvaluator evaluator = book.getCreationHelper().createFormulaEvaluator();
            int formulas = 0;
            for (int s = 0; s < book.getNumberOfSheets(); s++) {
                for (Row row : book.getSheetAt(s)) {
                    for (Cell cell : row) {
                        if (cell.getCellType() != CellType.FORMULA) {
                            continue;
                        }
                        formulas++;
                        assertThat(cell.getCachedFormulaResultType()).as(where(cell)).isEqualTo(CellType.NUMERIC);
                        CellValue fresh = evaluator.evaluate(cell);
                        assertThat(fresh.getCellType()).as(where(cell)).isEqualTo(CellType.NUMERIC);
                        assertThat(fresh.getNumberValue()).as(where(cell))
                                .isCloseTo(cell.getNumericCellValue(), within(1e-9 * Math.max(1, Math.abs(fresh.getNumberValue()))));
                    }
                }
            }
            assertThat(formulas).isGreaterThan(30);
        }
    }

    @ParameterizedTest
    @MethodSource("dates")
    void summaryHeadlinesLinkToTheirSourceCells(LocalDate asOf) throws Exception {
        Briefing b = Workbooks.briefing(Workbooks.bundled(), asOf);
        try (XSSFWorkbook book = Workbooks.open(Workbooks.bundledWorkbook(asOf))) {
            XSSFSheet summary = book.getSheet(SummarySheet.NAME);
            Cell plan = valueBeside(summary, "Group plan, FY" + b.focusYear());
            assertThat(plan.getCellFormula()).isEqualTo("GroupTotal");
            assertThat(plan.getNumericCellValue()).isCloseTo(b.total().total().doubleValue(), within(1e-9));
            Cell growth = valueBeside(summary, "Growth on FY" + (b.focusYear() - 1) + " (like-for-like)");
            assertThat(growth.getCellFormula()).isEqualTo("GroupGrowth");
            assertThat(growth.getNumericCellValue()).isCloseTo(b.total().growth().doubleValue(), within(1e-12));
            Cell largest = valueBeside(summary, "Largest spender");
            assertThat(largest.getNumericCellValue()).isEqualTo(b.largestSpender().orElseThrow().central().doubleValue());
            assertThat(valueBeside(summary, "As-of date").getLocalDateTimeCellValue().toLocalDate()).isEqualTo(asOf);
            assertThat(valueBeside(summary, "Data cut-off").getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(b.dataCutoff());
            b.biggestRevision().ifPresent(v -> {
                Cell change = valueBeside(summary, "Biggest revision");
                assertThat(change.getCellFormula()).startsWith("Changes!");
                assertThat(change.getNumericCellValue()).isCloseTo(v.change().doubleValue(), within(1e-9));
            });
        }
    }

    @ParameterizedTest
    @MethodSource("dates")
    void runRatesAreTheLatestQuarterTimesFour(LocalDate asOf) throws Exception {
        Briefing b = Workbooks.briefing(Workbooks.bundled(), asOf);
        try (XSSFWorkbook book = Workbooks.open(Workbooks.bundledWorkbook(asOf))) {
            XSSFSheet sheet = book.getSheet(QuarterlySheet.NAME);
            for (int i = 0; i < b.quarterly().size(); i++) {
                QuarterSeries q = b.quarterly().get(i);
                Row row = sheet.getRow(4 + i);
                assertThat(row.getCell(0).getStringCellValue()).isEqualTo(q.company().name());
                assertThat(row.getCell(3).getNumericCellValue()).isEqualTo(q.latest().value().doubleValue());
                assertThat(row.getCell(4).getCellFormula()).isEqualTo("D" + (5 + i) + "*4");
                assertThat(row.getCell(4).getNumericCellValue()).isCloseTo(q.runRate().doubleValue(), within(1e-9));
                if (q.runRateVsGuidance() != null) {
                    assertThat(row.getCell(5).getCellFormula()).startsWith("Guidance!$E$");
                    assertThat(row.getCell(6).getNumericCellValue())
                            .isCloseTo(q.runRateVsGuidance().doubleValue(), within(1e-12));
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("dates")
    void historyGrowthAndRevisionsCarryTheBriefingsNumbers(LocalDate asOf) throws Exception {
        Briefing b = Workbooks.briefing(Workbooks.bundled(), asOf);
        try (XSSFWorkbook book = Workbooks.open(Workbooks.bundledWorkbook(asOf))) {
            XSSFSheet history = book.getSheet(HistorySheet.NAME);
            int checked = 0;
            for (Row row : history) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.FORMULA && cell.getCellFormula().endsWith("-1")) {
                        String company = row.getCell(0).getStringCellValue();
                        // the growth table's year columns are the annual table's, headed on row 4
                        String year = history.getRow(3).getCell(cell.getColumnIndex()).getStringCellValue();
                        AnnualActual actual = b.history().stream().filter(s -> s.headline() && s.company().name()
                                .equals(company)).flatMap(s -> s.years().stream())
                                .filter(y -> y.year().label().equals(year)).findFirst().orElseThrow();
                        assertThat(cell.getNumericCellValue()).isCloseTo(actual.yoy().doubleValue(), within(1e-12));
                        checked++;
                    }
                }
            }
            assertThat(checked).isEqualTo(b.history().stream().filter(AnnualSeries::headline)
                    .flatMap(s -> s.years().stream()).filter(y -> y.yoy() != null).count());
            XSSFSheet changes = book.getSheet(ChangesSheet.NAME);
            for (int i = 0; i < b.revisions().size(); i++) {
                Revision v = b.revisions().get(i);
                Row row = changes.getRow(4 + i);
                assertThat(row.getCell(4).getStringCellValue()).isEqualTo(v.toLabel());
                assertThat(row.getCell(7).getNumericCellValue()).isCloseTo(v.change().doubleValue(), within(1e-9));
                assertThat(row.getCell(8).getNumericCellValue()).isCloseTo(v.changePct().doubleValue(), within(1e-12));
            }
        }
    }

    private static Cell valueBeside(XSSFSheet sheet, String measure) {
        return sheet.getRow(find(sheet, measure).getRowIndex()).getCell(1);
    }

    private static String where(Cell cell) {
        return cell.getSheet().getSheetName() + "!" + cell.getAddress() + " =" + cell.getCellFormula();
    }
}
