package dev.capexbrief.render.pdf;

import dev.capexbrief.analysis.AnalysisOptions;
import dev.capexbrief.analysis.Analyzer;
import dev.capexbrief.dataset.Dataset;
import dev.capexbrief.dataset.DatasetReader;
import dev.capexbrief.render.text.TemplateSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Page one's scoreboard shows only columns with something in them: a column of dashes (no quarter
 * reported yet, no cash flow in the data) is left out and its absence said once under the table.
 */
class ScoreboardColumnsPdfTest {
    private static final TemplateSet TEMPLATES = TemplateSet.load(null);

    private static String scoreboard(String resource, LocalDate asOf) throws Exception {
        Dataset d = new DatasetReader().read(Path.of(ScoreboardColumnsPdfTest.class.getResource(resource).toURI()));
        byte[] pdf = PdfFixtures.render(new Analyzer().analyze(d, new AnalysisOptions(asOf, "USD", null)), TEMPLATES);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            String pageOne = stripper.getText(doc).replaceAll("\\s+", " ");
            assertThat(pageOne).contains("Scoreboard");
            int from = pageOne.indexOf("Company FY");
            return pageOne.substring(from, pageOne.indexOf("This week", from));
        }
    }

    @Test
    void withNoQuarterAndNoCashFlowTheScoreboardIsPlansAndShares() throws Exception {
        // six weeks of plans on annual actuals only: no quarter, no operating cash flow
        String board = scoreboard("/datasets/six-weeks.csv", LocalDate.of(2025, 4, 10));
        assertThat(board).startsWith("Company FY2025 plan Share \u25a0 Alpha Cloud ~$60B was ~$55B 57.7%")
                .doesNotContain("Latest quarter", "y/y", "Capex \u00f7 OCF", "\u2013 \u2013")
                .contains("\u201cwas\u201d: the plan it replaced. No company has reported a quarter yet. No company "
                        + "has capex and operating cash flow for the same period yet, so there is no capex \u00f7 OCF.");
    }

    @Test
    void aQuarterWithoutAYearBeforeKeepsItsColumnButNotTheGrowthColumn() throws Exception {
        String board = scoreboard("/datasets/next-tier.yaml", LocalDate.of(2025, 12, 10));
        assertThat(board).startsWith("Company FY2026 plan Latest quarter Share \u25a0 Oracle")
                .contains("Tencent \u2013 $5.1B Oct\u2013Dec 2024 \u2013")
                .contains("No quarter yet has the same quarter a year before to compare with.")
                .doesNotContain("y/y:");
    }
}
