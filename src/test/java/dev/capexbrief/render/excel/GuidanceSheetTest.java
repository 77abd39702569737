package dev.capexbrief.render.excel;

import dev.capexbrief.analysis.Briefing;
import dev.capexbrief.analysis.GroupTotal;
import dev.capexbrief.analysis.GuidanceLine;
import dev.capexbrief.dataset.Amount;
import dev.capexbrief.dataset.Qualifier;
import dev.capexbrief.render.model.Cell;
import dev.capexbrief.render.model.Derivation;
import dev.capexbrief.render.model.Row;
import dev.capexbrief.render.model.Table;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static dev.capexbrief.render.excel.SheetLookup.a1;
import static dev.capexbrief.render.excel.SheetLookup.cached;
import static dev.capexbrief.render.excel.SheetLookup.find;
import static dev.capexbrief.render.excel.SheetLookup.formula;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The Guidance sheet: each plan and the group total, with live formulas whose cached values are the briefing's. */
class GuidanceSheetTest {
    private static final String COMPANY = "Company and capex basis";

    static Stream<LocalDate> dates() {
        return Stream.of(Workbooks.SEED_DAY, Workbooks.YEAR_LATER);
    }

    /** Column lookups on the guidance table's header row. */
    private record Guidance(XSSFSheet sheet, int header, String focus) {
        static Guidance of(XSSFWorkbook book, Briefing b) {
            XSSFSheet sheet = book.getSheet(Sheets.GUIDANCE);
            return new Guidance(sheet, find(sheet, COMPANY).getRowIndex(), "FY" + b.focusYear());
        }

        int col(String header) {
            Integer c = SheetLookup.headers(sheet, this.header).get(header);
            assertThat(c).as("column %s", header).isNotNull();
            return c;
        }

        XSSFCell at(int r, String header) {
            return sheet.getRow(r).getCell(col(header));
        }

        String ref(int r, String header) {
            return a1(r, col(header));
        }
    }

    @ParameterizedTest
    @MethodSource("dates")
    void eachCompanyRowShowsTheBriefingsGuidanceWithLiveFormulas(LocalDate asOf) throws Exception {
        Briefing b = Workbooks.briefing(Workbooks.bundled(), asOf);
        try (XSSFWorkbook book = Workbooks.open(Workbooks.bundledWorkbook(asOf))) {
            Guidance g = Guidance.of(book, b);
            String plan = g.focus() + " guidance";
            List<GuidanceLine> lines = b.guidance();
            assertThat(lines).isNotEmpty();
            int total = g.header() + 1 + lines.size();
            for (int i = 0; i < lines.size(); i++) {
                GuidanceLine line = lines.get(i);
                int r = g.header() + 1 + i;
                assertThat(g.at(r, COMPANY).getStringCellValue()).isEqualTo(line.company().name());
                assertThat(g.at(r, "Guidance (as written)").getStringCellValue()).isEqualTo(line.label());
                assertThat(cached(g.at(r, plan))).isCloseTo(line.central().doubleValue(), within(1e-9));
                if (line.amount() instanceof Amount.Range) {
                    assertThat(formula(g.at(r, plan)))
                            .isEqualTo("(" + g.ref(r, "Low ($B)") + "+" + g.ref(r, "High ($B)") + ")/2");
                }
                if (line.impliedGrowth() != null) {
                    assertThat(formula(g.at(r, "Implied growth")))
                            .isEqualTo(g.ref(r, plan) + "/" + g.ref(r, "Prior-year actual") + "-1");
                    assertThat(cached(g.at(r, "Implied growth"))).isCloseTo(line.impliedGrowth().doubleValue(), within(1e-12));
                    assertThat(cached(g.at(r, "Prior-year actual"))).isCloseTo(line.priorActual().doubleValue(), within(1e-12));
                } else {
                    assertThat(g.at(r, "Implied growth").getStringCellValue()).isEqualTo("n/a");
                }
                assertThat(formula(g.at(r, "Share of total"))).isEqualTo(g.ref(r, plan) + "/"
                        + "$" + g.ref(total, plan).replaceAll("(\\d+)", "\\$$1"));
                assertThat(cached(g.at(r, "Share of total"))).isCloseTo(line.share().doubleValue(), within(1e-12));
                assertThat(g.at(r, "Announced").getLocalDateTimeCellValue().toLocalDate()).isEqualTo(line.announced());
            }
            GroupTotal t = b.total();
            assertThat(formula(g.at(total, plan))).isEqualTo("SUM(" + g.ref(g.header() + 1, plan) + ":"
                    + g.ref(total - 1, plan) + ")");
            assertThat(cached(g.at(total, plan))).isCloseTo(t.total().doubleValue(), within(1e-9));
            assertThat(cached(g.at(total, "Prior-year actual"))).isCloseTo(t.priorTotal().doubleValue(), within(1e-9));
            List<String> likeForLike = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                if (t.likeForLikeCompanies().contains(lines.get(i).company().id())) {
                    likeForLike.add(g.ref(g.header() + 1 + i, plan));
                }
            }
            assertThat(formula(g.at(total, "Implied growth")))
                    .isEqualTo("SUM(" + String.join(",", likeForLike) + ")/" + g.ref(total, "Prior-year actual") + "-1");
            assertThat(cached(g.at(total, "Implied growth"))).isCloseTo(t.growth().doubleValue(), within(1e-12));
        }
    }

    @ParameterizedTest
    @MethodSource("dates")
    void aFloorCountsAtTheFloorAndAPointHasNoRange(LocalDate asOf) throws Exception {
        Briefing b = Workbooks.briefing(Workbooks.bundled(), asOf);
        try (XSSFWorkbook book = Workbooks.open(Workbooks.bundledWorkbook(asOf))) {
            Guidance g = Guidance.of(book, b);
            String plan = g.focus() + " guidance";
            for (int i = 0; i < b.guidance().size(); i++) {
                Amount a = b.guidance().get(i).amount();
                int r = g.header() + 1 + i;
                if (a instanceof Amount.Point) {
                    assertThat(g.at(r, plan).getCellType()).isEqualTo(CellType.NUMERIC);
                    assertThat(g.at(r, "Low ($B)")).satisfiesAnyOf(c -> assertThat(c).isNull(),
                            c -> assertThat(c.getCellType()).isEqualTo(CellType.BLANK));
                } else if (a instanceof Amount.Bound bound) {
                    String side = bound.qualifier() == Qualifier.AT_LEAST ? "Low ($B)" : "High ($B)";
                    assertThat(formula(g.at(r, plan))).isEqualTo(g.ref(r, side));
                    assertThat(cached(g.at(r, plan))).isEqualTo(bound.value().doubleValue());
                    if (bound.qualifier() == Qualifier.AT_LEAST) {
                        // a floor shows its mark in the number format: the cell stays a number
                        assertThat(g.at(r, plan).getCellStyle().getDataFormatString()).endsWith("B+\"");
                    }
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("dates")
    void otherPlansShowTheirAnnualAverage(LocalDate asOf) throws Exception {
        Table others = Workbooks.model(Workbooks.bundled(), asOf).table("other-plans").orElseThrow();
        if (others.body().isEmpty()) {
            return; // the seed day has no other plans: the table is not written
        }
        try (XSSFWorkbook book = Workbooks.open(Workbooks.bundledWorkbook(asOf))) {
            XSSFSheet sheet = book.getSheet(Sheets.GUIDANCE);
            int header = find(sheet, "Company and metric").getRowIndex();
            int checked = 0;
            for (int i = 0; i < others.body().size(); i++) {
                Row row = others.body().get(i);
                if (row.cell(others.column("average")) instanceof Cell.Money average
                        && average.derivation() instanceof Derivation.Scaled scaled) {
                    XSSFCell cell = SheetLookup.under(sheet, header, "Annual average", header + 1 + i);
                    assertThat(formula(cell)).isEqualTo(SheetLookup.under(sheet, header, "Plan as stated", header + 1 + i)
                            .getReference() + "/" + scaled.factor());
                    assertThat(cell.getNumericCellValue()).isCloseTo(average.value().doubleValue(), within(1e-9));
                    checked++;
                }
            }
            assertThat(checked).isEqualTo(2);
        }
    }
}
