package dev.capexbrief.render.pdf;

import dev.capexbrief.analysis.AnalysisOptions;
import dev.capexbrief.analysis.Analyzer;
import dev.capexbrief.dataset.Dataset;
import dev.capexbrief.dataset.DatasetReader;
import dev.capexbrief.render.text.TemplateSet;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A multi-year programme and a closed year read as a reader would write them: the programme's
 * amount in its cell with its average as what it is (an "over" programme averages over a figure a
 * year), and no label nests its parentheses inside a sentence's.
 */
class ProgrammeWordingPdfTest {
    private static final TemplateSet TEMPLATES = TemplateSet.load(null);

    private static String text(Dataset d, LocalDate asOf) {
        return PdfFixtures.text(PdfFixtures.render(new Analyzer().analyze(d, new AnalysisOptions(asOf, "USD", null)),
                TEMPLATES)).replaceAll("\\s+", " ");
    }

    @Test
    void aProgrammesCellHoldsItsAmountAndItsAverageIsAFloorWhenItIs() throws Exception {
        Dataset d = new DatasetReader().read(Path.of(ProgrammeWordingPdfTest.class
                .getResource("/datasets/next-tier.yaml").toURI()));
        String text = text(d, LocalDate.of(2025, 12, 10));
        // Alibaba: "over RMB 380B" for FY2026-FY2028; its years and its average have their own columns
        assertThat(text).contains("Alibaba capex FY2026-FY2028 over $53B‡ stated over RMB 380B over $17.7B 2025-02-24")
                .doesNotContain("over $53B over FY2026", "(~$17.7B a year)");
    }

    @Test
    void theClosedYearInTheTotalsNoteIsASentenceNotNestedBrackets() {
        Dataset d = new DatasetReader().readBundled();
        String text = text(d, d.latestAnnouncement().orElseThrow());
        assertThat(text).contains("A year that has closed and been reported counts its reported actual: Oracle reported "
                + "$55.7B vs plan ~$50B (FY ends May).").doesNotContain("Oracle (reported");
    }
}
