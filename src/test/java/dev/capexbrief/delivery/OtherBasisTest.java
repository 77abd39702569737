package dev.capexbrief.delivery;

import dev.capexbrief.analysis.AnalysisOptions;
import dev.capexbrief.analysis.Analyzer;
import dev.capexbrief.analysis.Briefing;
import dev.capexbrief.analysis.GuidanceLine;
import dev.capexbrief.dataset.Dataset;
import dev.capexbrief.dataset.DatasetReader;
import dev.capexbrief.render.model.Mark;
import dev.capexbrief.render.text.TemplateSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Actuals on a basis other than the company's guidance basis, as readers see them (other-basis.yaml,
 * as of 2026-02-06): Amazon's FY2025 "about $131B", a plain {@code capex} row while Amazon guides net of
 * proceeds, is listed this week, stands beside its FY2026 plan and in the history with its basis named
 * and the ≠ mark, and is left out of growth; the PDF (PDFBox) and the workbook (POI) list the same rows.
 * Microsoft's ~$120B plan, restated in the press as plain capex, keeps its growth on its own basis.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OtherBasisTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 2, 6);
    private static final String NOTE = "\u2260 Amazon FY2025 (~$131B): capex as reported by the company, not cash capex"
            + " net of proceeds & incentives, the basis Amazon guides on; listed as reported, not compared with its plans.";

    @TempDir
    static Path dir;

    private Dataset dataset;
    private String pdfRows;
    private String pdf;
    private String pageOne;
    private XSSFWorkbook workbook;

    @BeforeAll
    void write() throws Exception {
        Path data = dir.resolve("other-basis.yaml");
        try (InputStream in = getClass().getResourceAsStream("/datasets/other-basis.yaml")) {
            Files.write(data, in.readAllBytes());
        }
        DatasetReader.Loaded loaded = new DatasetReader().load(data);
        dataset = loaded.dataset();
        BriefingJob.Result r = new BriefingJob(loaded, TemplateSet.load(null), new OutputLayout(dir.resolve("out"), null),
                "USD").run(AS_OF, false);
        try (PDDocument doc = Loader.loadPDF(r.pdf().toFile())) {
            PDFTextStripper rows = new PDFTextStripper();
            rows.setSortByPosition(true);
            pdfRows = rows.getText(doc).replaceAll("[ \\t]+", " ");
            pdf = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            PDFTextStripper first = new PDFTextStripper();
            first.setEndPage(1);
            pageOne = first.getText(doc).replaceAll("\\s+", " ");
        }
        workbook = new XSSFWorkbook(Files.newInputStream(r.xlsx()));
    }

    @AfterAll
    void close() throws Exception {
        workbook.close();
    }

    @Test
    void thisWeekListsTheActualOnAnotherBasisWithItsBasisNamedOnPageOne() {
        assertThat(pdfRows).contains("Amazon FY2025 ~$131B\u2260 actual 2026-02-05 reported");
        assertThat(pageOne).contains("basis: capex as reported by the company")
                .contains("and 2 reported actuals (1 on a capex basis other than the company's guidance basis)")
                .contains(NOTE).contains(Mark.OTHER_BASIS.legendLine());
    }

    @Test
    void thePdfAndTheWorkbookListTheSameWeek() {
        List<String> week = rowsBetween(WorkbookText.piped(workbook.getSheet("Changes")), "Company | Period | Figure", NOTE);
        assertThat(week).containsExactly(
                "Alphabet | FY2026 | $175\u2013185B | new plan | 2026-02-04 | first plan for FY2026 | [11]",
                "Amazon | FY2026 | ~$200B | new plan | 2026-02-05 | first plan for FY2026 | [4]",
                "Alphabet | FY2025 | $91.4B | actual | 2026-02-04 | reported | [10]",
                "Amazon | FY2025 | ~$131B\u2260 | actual | 2026-02-05 | reported | basis: capex as reported by the company | [3]");
        int at = -1;
        for (String row : week) {
            String[] cells = row.split(" \\| ");
            String printed = cells[0] + " " + cells[1] + " " + cells[2] + " " + cells[3] + " " + cells[4];
            assertThat(pageOne.indexOf(printed, at + 1)).as(printed).isGreaterThan(at);
            at = pageOne.indexOf(printed, at + 1);
        }
    }

    @Test
    void theCompanyTableShowsItBesideThePlanButLeavesItOutOfGrowth() {
        assertThat(pdfRows).contains("Amazon ~$200B ~$131B\u2260 n/a 40.0% 2026-02-05")
                // like for like over Alphabet and Microsoft only: 300 / (91.4 + 88.2) − 1
                // the total of all three is paired with no growth (Amazon has no prior year on its
                // basis); page one's row pairs the two with one with their own growth
                .contains("Group total (3) $500B $180B 100.0%")
                .contains("Page one: FY2026 plans $300B $180B +67.0%");
        assertThat(pdf).contains("\u2260 Amazon FY2025 (~$131B): capex as reported by the company, not cash capex net of"
                        + " proceeds & incentives, the basis Amazon guides on; so the FY2026 plan's growth is not"
                        + " measured against it.");
        XSSFSheet guidance = workbook.getSheet("Guidance");
        Row amazon = row(guidance, "Amazon");
        Cell prior = amazon.getCell(column(guidance, "Prior-year actual"));
        assertThat(prior.getCellType()).as("words, so the column's sums leave it out").isEqualTo(CellType.STRING);
        assertThat(prior.getStringCellValue()).isEqualTo("~$131B\u2260");
        assertThat(WorkbookText.shown(amazon.getCell(column(guidance, "Implied growth")))).isEqualTo("n/a");
        Cell totalPrior = row(guidance, "Group total (3)").getCell(column(guidance, "Prior-year actual"));
        assertThat(totalPrior.getCellType()).isEqualTo(CellType.FORMULA);
        assertThat(totalPrior.getNumericCellValue()).isEqualTo(179.6, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void theHistoryShowsTheYearWithItsMark() {
        assertThat(pdfRows).contains("Amazon $77.7B ~$131B\u2260 ~$200B \u2013");
        assertThat(pdf).contains("\u2260 Amazon FY2025 (~$131B): capex as reported by the company, not cash capex net of"
                        + " proceeds & incentives, the basis Amazon guides on; shown for reference, left out of growth"
                        + " rates and the chart.");
        XSSFSheet history = workbook.getSheet("History");
        Cell fy2025 = row(history, "Amazon").getCell(column(history, "FY2025"));
        assertThat(fy2025.getNumericCellValue()).isEqualTo(131.0);
        assertThat(WorkbookText.shown(fy2025)).isEqualTo("$131B\u2260");
    }

    @Test
    void aPlanRestatedAsPlainCapexKeepsItsGrowthOnItsOwnBasis() {
        BigDecimal onIncludingLeases = new BigDecimal("120").divide(new BigDecimal("88.2"), MathContext.DECIMAL64)
                .subtract(BigDecimal.ONE);
        for (String day : List.of("2025-08-01", "2026-01-27", "2026-01-28", "2026-02-06")) {
            Briefing b = new Analyzer().analyze(dataset, new AnalysisOptions(LocalDate.parse(day), "USD", null));
            GuidanceLine msft = b.guidanceFor("MSFT").orElseThrow();
            assertThat(msft.metric()).as(day).isEqualTo("capex_incl_finance_leases");
            assertThat(msft.priorActual()).as(day).isEqualByComparingTo("88.2");
            assertThat(msft.impliedGrowth()).as(day).isEqualByComparingTo(onIncludingLeases);
        }
        Briefing b = new Analyzer().analyze(dataset, new AnalysisOptions(AS_OF, "USD", null));
        GuidanceLine amazon = b.guidanceFor("AMZN").orElseThrow();
        assertThat(amazon.priorActual()).isNull();
        assertThat(amazon.impliedGrowth()).isNull();
        assertThat(b.total().likeForLikeCompanies()).containsExactlyInAnyOrder("GOOGL", "MSFT");
        // the plan's qualifier sets on a line of its own, never split inside its brackets
        assertThat(pdfRows).contains("Microsoft ~$120B $88.2B +36.1%");
    }

    /** The rows after the one starting with {@code header}, up to the one that is {@code end}. */
    private static List<String> rowsBetween(List<String> rows, String header, String end) {
        int from = -1;
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).startsWith(header)) {
                from = i;
            }
        }
        assertThat(from).as(header).isNotNegative();
        int to = rows.indexOf(end);
        assertThat(to).as(end).isGreaterThan(from);
        return rows.subList(from + 1, to);
    }

    private static Row row(XSSFSheet sheet, String first) {
        for (Row r : sheet) {
            Cell c = r.getCell(0);
            if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().equals(first)) {
                return r;
            }
        }
        throw new AssertionError("no row " + first + " on " + sheet.getSheetName());
    }

    private static int column(XSSFSheet sheet, String header) {
        for (Row r : sheet) {
            for (Cell c : r) {
                if (c.getCellType() == CellType.STRING && c.getStringCellValue().equals(header)) {
                    return c.getColumnIndex();
                }
            }
        }
        throw new AssertionError("no column " + header + " on " + sheet.getSheetName());
    }
}
