package dev.capexbrief.delivery;

import dev.capexbrief.analysis.AnalysisOptions;
import dev.capexbrief.analysis.Analyzer;
import dev.capexbrief.analysis.Briefing;
import dev.capexbrief.analysis.QuarterSeries;
import dev.capexbrief.dataset.Dataset;
import dev.capexbrief.dataset.DatasetReader;
import dev.capexbrief.render.model.Mark;
import dev.capexbrief.render.text.TemplateSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Staleness as readers see it (stale.yaml): Tencent's Oct–Dec 2025 quarter, two quarters behind
 * Alphabet's Apr–Jun 2026, is marked ° in the run-rate table of the PDF and the workbook, set in the
 * regular face where the other run rates are bold, never compared with its plan and never the quarterly
 * exhibit's title, although it is the largest plan's quarter; and page one, the workbook's Summary say
 * how old the data is once the newest figure is more than 14 days older than the briefing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StalenessTest {
    private static final String STALE_ROW = "Tencent FY2025Q4 Oct\u2013Dec 2025 $60B\u00b0 $240B\u00b0 ~$250B \u2013";

    @TempDir
    static Path dir;

    private Dataset dataset;
    private DatasetReader.Loaded loaded;

    record Written(String pdfRows, String pageOne, List<TextPosition> glyphs, XSSFWorkbook workbook) {
    }

    @BeforeAll
    void read() throws Exception {
        Path data = dir.resolve("stale.yaml");
        try (InputStream in = getClass().getResourceAsStream("/datasets/stale.yaml")) {
            Files.write(data, in.readAllBytes());
        }
        loaded = new DatasetReader().load(data);
        dataset = loaded.dataset();
    }

    private final java.util.Map<String, Written> written = new java.util.HashMap<>();

    /** The briefing as of a day, written once. */
    private Written brief(Dataset d, String asOf) throws Exception {
        Written w = written.get(asOf);
        if (w == null) {
            w = write(d, asOf);
            written.put(asOf, w);
        }
        return w;
    }

    private Written write(Dataset d, String asOf) throws Exception {
        BriefingJob.Result r = new BriefingJob(loaded, TemplateSet.load(null), new OutputLayout(dir.resolve(asOf), null),
                "USD").run(LocalDate.parse(asOf), false);
        try (PDDocument doc = Loader.loadPDF(r.pdf().toFile())) {
            PDFTextStripper rows = new PDFTextStripper();
            rows.setSortByPosition(true);
            String byRow = rows.getText(doc).replaceAll("[ \\t]+", " ");
            PDFTextStripper first = new PDFTextStripper();
            first.setEndPage(1);
            String pageOne = first.getText(doc).replaceAll("\\s+", " ");
            List<TextPosition> glyphs = new ArrayList<>();
            PDFTextStripper fonts = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition text) {
                    glyphs.add(text);
                }
            };
            fonts.getText(doc);
            return new Written(byRow, pageOne, glyphs, new XSSFWorkbook(Files.newInputStream(r.xlsx())));
        }
    }

    private Briefing analyze(Dataset d, String asOf) {
        return new Analyzer().analyze(d, new AnalysisOptions(LocalDate.parse(asOf), "USD", null));
    }

    @Test
    void aQuarterTwoBehindTheOthersIsStaleAndNotComparedWithItsPlan() {
        Briefing b = analyze(dataset, "2026-07-17");
        QuarterSeries tencent = b.quarterlyFor("TCEHY").orElseThrow();
        assertThat(tencent.latest().end()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(tencent.latest().end().plusDays(QuarterSeries.CURRENT_DAYS)).as("the 200-day rule alone")
                .isAfterOrEqualTo(b.asOf());
        assertThat(tencent.stale()).isTrue();
        assertThat(tencent.current()).isFalse();
        assertThat(tencent.runRate()).isEqualByComparingTo("240");
        assertThat(tencent.runRateVsGuidance()).isNull();
        // Amazon's Jan–Mar 2026 is one quarter behind Alphabet's Apr–Jun: not stale, still compared
        QuarterSeries amazon = b.quarterlyFor("AMZN").orElseThrow();
        assertThat(amazon.stale()).isFalse();
        assertThat(amazon.runRateVsGuidance()).isNotNull();
        assertThat(b.quarterlyFor("GOOGL").orElseThrow().stale()).as("the latest of all").isFalse();
    }

    @Test
    void thePdfMarksTheStaleQuarterNeverInBoldAndTitlesTheExhibitWithACurrentOne() throws Exception {
        Written w = brief(dataset, "2026-07-17");
        assertThat(w.pdfRows()).contains(STALE_ROW)
                .contains("Alphabet FY2026Q2 Apr\u2013Jun 2026 $44.9B $180B $175\u2013185B -0.2%")
                .contains("Exhibit 2: Quarterly capex: Alphabet spent $44.9B in Apr\u2013Jun 2026")
                .contains("Exhibit 3: Run rates vs FY2026 plans: 0 of 2 already at or above plan")
                .contains("Tencent $60B (stale)")
                .doesNotContain("Tencent spent");
        assertThat(String.join(" ", w.pdfRows().split("\\s+"))).contains(Mark.STALE.legendLine());
        // the run-rate column is the table's headline column: bold, but never for a stale quarter
        assertThat(fontOf(w.glyphs(), "$180B$175\u2013185B")).as("the run rate before the plan").contains("Bold");
        assertThat(fontOf(w.glyphs(), "$240B\u00b0")).doesNotContain("Bold");
    }

    @Test
    void theWorkbookMarksTheSameCells() throws Exception {
        Written w = brief(dataset, "2026-07-17");
        XSSFSheet quarterly = w.workbook().getSheet("Quarterly");
        assertThat(WorkbookText.piped(quarterly))
                .contains("Tencent | FY2025Q4 | Oct\u2013Dec 2025 | $60B\u00b0 | $240B\u00b0"
                        + " | $250B | \u2013 | capex as reported by the company").contains(Mark.STALE.legendLine());
    }

    @Test
    void pageOneAndTheSummarySayHowOldTheDataIsOnceItIsMoreThanFourteenDaysOld() throws Exception {
        Written fresh = brief(dataset, "2026-07-28");
        assertThat(fresh.pageOne()).doesNotContain("days old: anything announced");
        assertThat(WorkbookText.piped(fresh.workbook().getSheet("Summary")))
                .noneMatch(r -> r.contains("days old: anything announced"));

        Written fifteen = brief(dataset, "2026-07-29");
        assertThat(fifteen.pageOne()).contains("Data as of 2026-07-14, 15 days old");

        Written old = brief(dataset, "2026-10-06");
        String notice = "Data as of 2026-07-14, 84 days old: anything announced since then is not in this briefing.";
        assertThat(old.pageOne()).contains(notice);
        assertThat(old.pageOne().indexOf(notice)).as("before the facts and the numbers")
                .isLessThan(old.pageOne().indexOf("DATA CUT-OFF"));
        assertThat(WorkbookText.piped(old.workbook().getSheet("Summary"))).contains(notice);
    }

    @Test
    void theBundledBriefingAsOfDecemberSaysItsDataIsEightyFourDaysOld() {
        Briefing b = analyze(new DatasetReader().readBundled(), "2026-12-03");
        assertThat(b.dataCutoff()).isEqualTo(LocalDate.of(2026, 9, 10));
        assertThat(b.dataAgeDays()).isEqualTo(84);
        assertThat(b.dataStale()).isTrue();
        assertThat(TemplateSet.load(null).text(b).dataAge())
                .containsExactly("Data as of 2026-09-10, 84 days old: anything announced since then"
                        + " is not in this briefing.");
        assertThat(b.quarterly().stream().filter(QuarterSeries::stale).map(q -> q.company().id()))
                .containsExactlyInAnyOrder("BABA", "0700.HK");
    }

    @Test
    void aTakeawayDatesItsFiguresByTheDataNotByTheDayOfAStaleBriefing() {
        // the plans are known as of the data's last announcement; the briefing's day would date them later
        String stale = String.join("\n", TemplateSet.load(null).text(
                analyze(new DatasetReader().readBundled(), "2026-12-03")).takeaways());
        assertThat(stale).contains("reach $733B as of 2026-09-10").doesNotContain("as of 2026-12-03");
        String fresh = String.join("\n", TemplateSet.load(null).text(
                analyze(new DatasetReader().readBundled(), "2026-09-14")).takeaways());
        assertThat(fresh).contains("reach $733B as of 2026-09-14");
    }

    /** The font of the last occurrence of {@code text} in the PDF's glyphs (a table's, after its chart's labels). */
    private static String fontOf(List<TextPosition> glyphs, String text) throws IOException {
        StringBuilder chars = new StringBuilder();
        List<Integer> owner = new ArrayList<>();
        for (int i = 0; i < glyphs.size(); i++) {
            String u = glyphs.get(i).getUnicode();
            chars.append(u);
            for (int k = 0; k < u.length(); k++) {
                owner.add(i);
            }
        }
        int at = chars.lastIndexOf(text);
        assertThat(at).as(text + " in the PDF").isNotNegative();
        return glyphs.get(owner.get(at)).getFont().getName();
    }
}
