package dev.capexbrief.delivery;

import dev.capexbrief.dataset.DatasetReader;
import dev.capexbrief.render.model.Mark;
import dev.capexbrief.render.text.TemplateSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The single-source mark as readers see it: a small dataset with one single-source quarter
 * (Amazon's Apr–Jun 2026, $53.1B) and one single-source revision (CoreWeave's FY2026 range raised
 * to $31–35B), briefed as of the week both were announced, read back from the PDF (PDFBox) and the
 * workbook (POI); and the same dataset with every row verified, which shows no mark at all.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SingleSourceMarkTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 7, 31);
    private static final String LEGEND = Mark.SINGLE_SOURCE.legendLine();
    /** A number (or the end of a "from → to") with the mark after it. */
    private static final Pattern MARKED = Pattern.compile("\\S+\u00a7");

    @TempDir
    static Path dir;

    private Written marked;
    private Written verified;

    record Written(String pdf, String pdfRows, List<String> pages, XSSFWorkbook workbook) {
    }

    @BeforeAll
    void write() throws Exception {
        String yaml;
        try (InputStream in = getClass().getResourceAsStream("/datasets/single-source.yaml")) {
            yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(yaml).contains("confidence: single-source");
        marked = brief("single-source", yaml);
        verified = brief("verified", yaml.replace("confidence: single-source", "confidence: verified"));
    }

    private static Written brief(String name, String yaml) throws Exception {
        Path data = Files.writeString(dir.resolve(name + ".yaml"), yaml);
        BriefingJob job = new BriefingJob(new DatasetReader().load(data), TemplateSet.load(null),
                new OutputLayout(dir.resolve(name), null), "USD");
        BriefingJob.Result r = job.run(AS_OF, false);
        try (PDDocument doc = Loader.loadPDF(r.pdf().toFile())) {
            PDFTextStripper text = new PDFTextStripper();
            String flat = text.getText(doc).replaceAll("\\s+", " ");
            PDFTextStripper rows = new PDFTextStripper();
            rows.setSortByPosition(true);
            String byRow = rows.getText(doc).replaceAll("[ \\t]+", " ");
            List<String> pages = new ArrayList<>();
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                text.setStartPage(p);
                text.setEndPage(p);
                pages.add(text.getText(doc).replaceAll("\\s+", " "));
            }
            return new Written(flat, byRow, pages, new XSSFWorkbook(Files.newInputStream(r.xlsx())));
        }
    }

    @Test
    void thePdfMarksTheSingleSourceFiguresAndWhatIsComputedFromThemAndNothingElse() {
        // the quarter, its run rate and the run rate against the plan; the raised range, its change,
        // CoreWeave's implied growth, the group total and its growth, and every share of that total
        assertThat(markedTokens(marked.pdf())).containsExactlyInAnyOrder("$53.1B\u00a7", "$212B\u00a7",
                "+6.2%\u00a7", "$31\u201335B\u00a7", "+$0.5B\u00a7", "+1.5%\u00a7", "+121.5%\u00a7", "$413B\u00a7",
                "+76.0%\u00a7", "48.4%\u00a7", "43.6%\u00a7", "8.0%\u00a7");
    }

    @Test
    void theMarkSitsBesideTheNumbersInTheRowsOfEachTable() {
        assertThat(marked.pdfRows())
                // this week
                .contains("CoreWeave FY2026 $31\u201335B\u00a7 raised 2026-07-29 $30\u201335B \u2192 $31\u201335B\u00a7")
                .contains("Amazon FY2026Q2 $53.1B\u00a7 actual 2026-07-30 reported")
                // guidance: a verified plan keeps its number bare, its share takes the total's mark
                .contains("Amazon ~$200B $128B +55.9% 48.4%\u00a7 2026-02-05")
                .contains("CoreWeave $31\u201335B\u00a7 $14.9B +121.5%\u00a7 8.0%\u00a7 2026-07-29")
                // run rate
                .contains("Amazon FY2026Q2 Apr\u2013Jun 2026 $53.1B\u00a7 $212B\u00a7 ~$200B +6.2%\u00a7")
                // what changed
                .contains("CoreWeave FY2026 $30\u201335B \u2192 $31\u201335B\u00a7 +$0.5B\u00a7 +1.5%\u00a7 2026-07-29");
    }

    @Test
    void theLegendExplainsTheMarkUnderItsTablesAndOnceInTheMarksList() {
        assertThat(LEGEND).isEqualTo("\u00a7 single source: the figure, or one it is computed from, rests on one"
                + " source only or is unverified");
        // page one: under the scoreboard, which shows the marked quarter, and under this week's table
        assertThat(count(marked.pages().get(0), LEGEND)).isEqualTo(2);
        String marks = between(marked.pdf(), " Marks ", " Sources ");
        assertThat(count(marks, LEGEND)).isEqualTo(1);
    }

    @Test
    void withoutSingleSourceRowsThePdfShowsNoMarkAndNoLegendLine() {
        assertThat(verified.pdf()).doesNotContain("\u00a7").doesNotContain("single source");
        assertThat(verified.pdfRows()).contains("Amazon FY2026Q2 $53.1B actual 2026-07-30 reported")
                .contains("CoreWeave FY2026 $30\u201335B \u2192 $31\u201335B +$0.5B +1.5% 2026-07-29");
    }

    @Test
    void theWorkbookMarksTheSameCellsAndKeepsThemNumbers() {
        XSSFSheet quarterly = marked.workbook().getSheet("Quarterly");
        // every quarter as reported (the workbook's detail table): the single-source one alone is marked
        assertThat(numbersShownAs(quarterly, 44.2)).containsOnly("$44.2B");
        assertThat(numbersShownAs(quarterly, 53.1)).isNotEmpty().containsOnly("$53.1B\u00a7");
        assertThat(numbersShownAs(quarterly, 212.4)).containsExactly("$212B\u00a7");

        XSSFSheet changes = marked.workbook().getSheet("Changes");
        assertThat(texts(changes)).contains("$30\u201335B \u2192 $31\u201335B\u00a7", "$31\u201335B\u00a7",
                "$53.1B\u00a7");
        assertThat(numbersShownAs(changes, 0.5)).isNotEmpty().containsOnly("+$0.5B\u00a7");
        assertThat(numbersShownAs(changes, 33)).containsOnly("$33.0B\u00a7");

        XSSFSheet guidance = marked.workbook().getSheet("Guidance");
        assertThat(numbersShownAs(guidance, 33)).containsOnly("$33.0B\u00a7");
        assertThat(numbersShownAs(guidance, 200)).containsOnly("$200B");
        assertThat(numbersShownAs(guidance, 180)).containsOnly("$180B");
        assertThat(numbersShownAs(guidance, 413)).containsOnly("$413B\u00a7");

        // the notes under the marked tables and the Marks list of the Sources sheet
        assertThat(texts(changes)).contains(LEGEND);
        assertThat(texts(quarterly)).contains(LEGEND);
        List<String> sources = texts(marked.workbook().getSheet("Sources & Methodology"));
        assertThat(sources.stream().filter(s -> s.contains("single source"))).containsExactly(LEGEND);
    }

    @Test
    void withoutSingleSourceRowsTheWorkbookShowsNoMarkAndNoLegendLine() {
        DataFormatter shown = new DataFormatter(java.util.Locale.ROOT);
        for (int s = 0; s < verified.workbook().getNumberOfSheets(); s++) {
            XSSFSheet sheet = verified.workbook().getSheetAt(s);
            for (var row : sheet) {
                for (var cell : row) {
                    assertThat(shown.formatCellValue(cell)).as(sheet.getSheetName() + "!" + cell.getAddress())
                            .doesNotContain("\u00a7").doesNotContain("single source");
                }
            }
        }
    }

    /** Every marked token of the text, once each. */
    private static Set<String> markedTokens(String text) {
        Set<String> out = new TreeSet<>();
        Matcher m = MARKED.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /**
     * How the sheet shows each amount or percentage cell (cached formula results included) whose value
     * is {@code value}; the plain numbers the native charts read are left out.
     */
    private static List<String> numbersShownAs(XSSFSheet sheet, double value) {
        List<String> out = new ArrayList<>();
        for (var row : sheet) {
            for (var cell : row) {
                CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType()
                        : cell.getCellType();
                String format = cell.getCellStyle().getDataFormatString();
                if (type == CellType.NUMERIC && (format.contains("B") || format.contains("%"))
                        && Math.abs(cell.getNumericCellValue() - value) < 1e-9) {
                    out.add(WorkbookText.shown(cell));
                }
            }
        }
        return out;
    }

    private static List<String> texts(XSSFSheet sheet) {
        List<String> out = new ArrayList<>();
        for (var row : sheet) {
            for (var cell : row) {
                if (cell.getCellType() == CellType.STRING) {
                    out.add(cell.getStringCellValue());
                }
            }
        }
        return out;
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
            n++;
        }
        return n;
    }

    private static String between(String text, String from, String to) {
        int start = text.lastIndexOf(from);
        assertThat(start).as("\"" + from.strip() + "\" in the PDF").isNotNegative();
        int end = text.indexOf(to, start);
        return text.substring(start, end < 0 ? text.length() : end);
    }
}
