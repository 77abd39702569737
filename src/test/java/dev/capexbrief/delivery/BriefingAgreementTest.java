package dev.capexbrief.delivery;

import dev.capexbrief.analysis.Briefing;
import dev.capexbrief.analysis.GuidanceLine;
import dev.capexbrief.analysis.MoneyFormat;
import dev.capexbrief.dataset.DatasetReader;
import dev.capexbrief.render.text.TemplateSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The PDF and the workbook are written from one Briefing; this reads both back the way a user's
 * tools would and checks the headline numbers agree with each other and with a hand computation.
 */
class BriefingAgreementTest {
    /** Seed day: Amazon over $100B (floor), Microsoft ~$80B, Alphabet ~$75B, Meta $60–65B (midpoint 62.5). */
    static final BigDecimal HAND_TOTAL = new BigDecimal("100").add(new BigDecimal("80")).add(new BigDecimal("75"))
            .add(new BigDecimal("62.5"));
    /** FY2024 on the same bases: Amazon net 77.66, Microsoft incl. leases 55.7, Alphabet 52.535, Meta incl. leases 39.23. */
    static final BigDecimal HAND_PRIOR = new BigDecimal("77.66").add(new BigDecimal("55.7"))
            .add(new BigDecimal("52.535")).add(new BigDecimal("39.23"));

    @TempDir
    static Path dir;
    static Briefing briefing;
    static String pdfText;
    static XSSFWorkbook workbook;

    @BeforeAll
    static void write() throws IOException {
        BriefingJob job = new BriefingJob(new DatasetReader().loadBundled(), TemplateSet.load(null),
                new OutputLayout(dir, null), "USD");
        BriefingJob.Result r = job.run(LocalDate.of(2025, 2, 7), false);
        briefing = r.briefing();
        try (PDDocument doc = Loader.loadPDF(r.pdf().toFile())) {
            pdfText = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
        workbook = new XSSFWorkbook(Files.newInputStream(r.xlsx()));
    }

    @Test
    void groupTotalIsTheHandComputedSumInBothOutputs() {
        // the workbook shows the floor's mark in its number format: "$318B+" as in the PDF
        Cell total = nameCell("GroupTotal");
        assertThat(new org.apache.poi.ss.usermodel.DataFormatter(java.util.Locale.ROOT).formatRawCellContents(
                total.getNumericCellValue(), total.getCellStyle().getDataFormat(),
                total.getCellStyle().getDataFormatString())).isEqualTo("$318B+");
        assertThat(HAND_TOTAL).isEqualByComparingTo("317.5");
        assertThat(briefing.total().total()).isEqualByComparingTo(HAND_TOTAL);
        assertThat(pdfText).contains("$318B+");
        assertThat(numericName("GroupTotal")).isCloseTo(HAND_TOTAL.doubleValue(), within(1e-9));
        assertThat(briefing.total().basisNote()).startsWith("Sum of each company's FY2025 plan on its own guidance basis");
        assertThat(pdfText).contains("Ranges count at their midpoint");
    }

    @Test
    void growthOnThePriorYearAgrees() {
        BigDecimal hand = HAND_TOTAL.divide(HAND_PRIOR, MathContext.DECIMAL64).subtract(BigDecimal.ONE);
        assertThat(briefing.total().growth()).isEqualByComparingTo(hand);
        assertThat(pdfText).contains(MoneyFormat.percentChange(hand)).contains("+41.0%");
        assertThat(numericName("GroupGrowth")).isCloseTo(hand.doubleValue(), within(1e-12));
    }

    @Test
    void eachCompanysGuidanceAndGrowthAgree() {
        Map<String, Row> rows = guidanceRows();
        Map<String, String> seed = Map.of("Amazon", "over $100B", "Microsoft", "~$80B (FY ends June)",
                "Alphabet", "~$75B", "Meta", "$60\u201365B");
        assertThat(briefing.guidance()).extracting(g -> g.company().name())
                .containsExactlyInAnyOrderElementsOf(seed.keySet());
        for (GuidanceLine g : briefing.guidance()) {
            String name = g.company().name();
            assertThat(g.label()).isEqualTo(seed.get(name));
            assertThat(pdfText).contains(g.label());
            assertThat(pdfText).contains(MoneyFormat.percentChange(g.impliedGrowth()));
            Row row = rows.get(name);
            assertThat(row).as(name).isNotNull();
            assertThat(row.getCell(guidanceColumn("Guidance (as written)")).getStringCellValue()).isEqualTo(g.label());
            assertThat(row.getCell(guidanceColumn("FY2025 guidance")).getNumericCellValue())
                    .isCloseTo(g.central().doubleValue(), within(1e-9));
            assertThat(row.getCell(guidanceColumn("Implied growth")).getNumericCellValue())
                    .isCloseTo(g.impliedGrowth().doubleValue(), within(1e-12));
        }
    }

    /** The Guidance sheet's column headed {@code header}, on the guidance table's header row. */
    private static int guidanceColumn(String header) {
        for (Row row : workbook.getSheet("Guidance")) {
            Cell first = row.getCell(0);
            if (first != null && first.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                    && first.getStringCellValue().equals("Company and capex basis")) {
                for (Cell c : row) {
                    if (c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                            && c.getStringCellValue().equals(header)) {
                        return c.getColumnIndex();
                    }
                }
            }
        }
        throw new AssertionError("no guidance column " + header);
    }

    private static Map<String, Row> guidanceRows() {
        Sheet sheet = workbook.getSheet("Guidance");
        Map<String, Row> rows = new LinkedHashMap<>();
        for (Row row : sheet) {
            Cell first = row.getCell(0);
            if (first != null && first.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
                rows.putIfAbsent(first.getStringCellValue(), row);
            }
        }
        return rows;
    }

    private static double numericName(String name) {
        return nameCell(name).getNumericCellValue();
    }

    private static Cell nameCell(String name) {
        var ref = new org.apache.poi.ss.util.AreaReference(workbook.getName(name).getRefersToFormula(),
                org.apache.poi.ss.SpreadsheetVersion.EXCEL2007).getFirstCell();
        return workbook.getSheet(ref.getSheetName()).getRow(ref.getRow()).getCell(ref.getCol());
    }
}
