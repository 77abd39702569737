package dev.capexbrief.render.excel;

import dev.capexbrief.analysis.Briefing;
import dev.capexbrief.analysis.GroupTotal;
import dev.capexbrief.analysis.GuidanceLine;
import dev.capexbrief.dataset.Amount;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class GuidanceSheetTest {

    static Stream<LocalDate> dates() {
        return Stream.of(Workbooks.SEED_DAY, Workbooks.YEAR_LATER);
    }

    @ParameterizedTest
    @MethodSource("dates")
    void eachCompanyRowShowsTheBriefingsGuidanceWithLiveFormulas(LocalDate asOf) throws Exception {
        Briefing b = Workbooks.briefing(Workbooks.bundled(), asOf);
        try (XSSFWorkbook book = Workbooks.open(Workbooks.bundledWorkbook(asOf))) {
            XSSFSheet sheet = book.getSheet(GuidanceSheet.NAME);
            List<GuidanceLine> lines = b.guidance();
            assertThat(lines).isNotEmpty();
            int total = GuidanceSheet.FIRST_ROW + lines.size();
            for (int i = 0; i < lines.size(); i++) {
                GuidanceLine g = lines.get(i);
                int r = GuidanceSheet.FIRST_ROW + i;
                int excelRow = r + 1;
                assertThat(text(sheet, r, GuidanceSheet.COMPANY)).isEqualTo(g.company().name());
                assertThat(text(sheet, r, GuidanceSheet.LABEL)).isEqualTo(g.label());
                assertThat(cached(sheet, r, GuidanceSheet.CENTRAL)).isCloseTo(g.central().doubleValue(), within(1e-9));
                if (g.amount() instanceof Amount.Range) {
                    assertThat(formula(sheet, r, GuidanceSheet.CENTRAL)).isEqualTo("(C" + excelRow + "+D" + excelRow + ")/2");
                }
                if (g.impliedGrowth() != null) {
                    assertThat(formula(sheet, r, GuidanceSheet.GROWTH)).isEqualTo("E" + excelRow + "/I" + excelRow + "-1");
                    assertThat(cached(sheet, r, GuidanceSheet.GROWTH)).isCloseTo(g.impliedGrowth().doubleValue(), within(1e-12));
                    assertThat(cached(sheet, r, GuidanceSheet.PRIOR)).isCloseTo(g.priorActual().doubleValue(), within(1e-12));
                }
                assertThat(formula(sheet, r, GuidanceSheet.SHARE)).isEqualTo("E" + excelRow + "/$E$" + (total + 1));
                assertThat(cached(sheet, r, GuidanceSheet.SHARE)).isCloseTo(g.share().doubleValue(), within(1e-12));
                assertThat(sheet.getRow(r).getCell(GuidanceSheet.ANNOUNCED).getLocalDateTimeCellValue().toLocalDate())
                        .isEqualTo(g.announced());
            }
            GroupTotal t = b.total();
            assertThat(text(sheet, total, GuidanceSheet.LABEL)).isEqualTo(t.label());
            assertThat(formula(sheet, total, GuidanceSheet.CENTRAL)).startsWith("SUM(E5:E");
            assertThat(cached(sheet, total, GuidanceSheet.CENTRAL)).isCloseTo(t.total().doubleValue(), within(1e-9));
            assertThat(cached(sheet, total, GuidanceSheet.PRIOR)).isCloseTo(t.priorTotal().doubleValue(), within(1e-9));
            List<String> likeForLike = new java.util.ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                if (t.likeForLikeCompanies().contains(lines.get(i).company().id())) {
                    likeForLike.add("E" + (GuidanceSheet.FIRST_ROW + i + 1));
                }
            }
            assertThat(formula(sheet, total, GuidanceSheet.GROWTH))
                    .isEqualTo("SUM(" + String.join(",", likeForLike) + ")/I" + (total + 1) + "-1");
            assertThat(cached(sheet, total, GuidanceSheet.GROWTH)).isCloseTo(t.growth().doubleValue(), within(1e-12));
        }
    }

    @ParameterizedTest
    @MethodSource("dates")
    void aFloorCountsAtTheFloorAndAPointHasNoRange(LocalDate asOf) throws Exception {
        Briefing b = Workbooks.briefing(Workbooks.bundled(), asOf);
        try (XSSFWorkbook book = Workbooks.open(Workbooks.bundledWorkbook(asOf))) {
            XSSFSheet sheet = book.getSheet(GuidanceSheet.NAME);
            for (int i = 0; i < b.guidance().size(); i++) {
                Amount a = b.guidance().get(i).amount();
                int r = GuidanceSheet.FIRST_ROW + i;
                if (a instanceof Amount.Point) {
                    assertThat(sheet.getRow(r).getCell(GuidanceSheet.CENTRAL).getCellType()).isEqualTo(CellType.NUMERIC);
                    assertThat(sheet.getRow(r).getCell(GuidanceSheet.LOW)).isNull();
                } else if (a instanceof Amount.Bound bound) {
                    assertThat(formula(sheet, r, GuidanceSheet.CENTRAL)).matches("[CD]" + (r + 1));
                    assertThat(cached(sheet, r, GuidanceSheet.CENTRAL)).isEqualTo(bound.value().doubleValue());
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("dates")
    void otherPlansShowTheirAnnualAverage(LocalDate asOf) throws Exception {
        Briefing b = Workbooks.briefing(Workbooks.bundled(), asOf);
        try (XSSFWorkbook book = Workbooks.open(Workbooks.bundledWorkbook(asOf))) {
            XSSFSheet sheet = book.getSheet(GuidanceSheet.NAME);
            for (GuidanceLine g : b.otherPlans()) {
                XSSFCell label = find(sheet, g.label());
                BigDecimal average = g.annualAverage();
                if (average != null) {
                    XSSFCell cell = sheet.getRow(label.getRowIndex()).getCell(GuidanceSheet.PRIOR);
                    assertThat(cell.getCellFormula()).endsWith("/" + g.period().years());
                    assertThat(cell.getNumericCellValue()).isCloseTo(average.doubleValue(), within(1e-9));
                }
            }
        }
    }

    static XSSFCell find(XSSFSheet sheet, String text) {
        for (var row : sheet) {
            for (var cell : row) {
                if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(text)) {
                    return (XSSFCell) cell;
                }
            }
        }
        throw new AssertionError("no cell reads '" + text + "' on " + sheet.getSheetName());
    }

    static String text(XSSFSheet sheet, int r, int c) {
        return sheet.getRow(r).getCell(c).getStringCellValue();
    }

    static String formula(XSSFSheet sheet, int r, int c) {
        XSSFCell cell = sheet.getRow(r).getCell(c);
        assertThat(cell.getCellType()).as("cell %s", cell.getReference()).isEqualTo(CellType.FORMULA);
        return cell.getCellFormula();
    }

    static double cached(XSSFSheet sheet, int r, int c) {
        XSSFCell cell = sheet.getRow(r).getCell(c);
        if (cell.getCellType() == CellType.FORMULA) {
            assertThat(cell.getCachedFormulaResultType()).as("cached type of %s", cell.getReference())
                    .isEqualTo(CellType.NUMERIC);
        }
        return cell.getNumericCellValue();
    }
}
