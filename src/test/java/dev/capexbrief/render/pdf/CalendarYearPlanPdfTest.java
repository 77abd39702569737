package dev.capexbrief.render.pdf;

import dev.capexbrief.analysis.AnalysisOptions;
import dev.capexbrief.analysis.Analyzer;
import dev.capexbrief.dataset.Dataset;
import dev.capexbrief.dataset.DatasetReader;
import dev.capexbrief.render.text.TemplateSet;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A plan a company states for a calendar year (Microsoft's calendar 2026, its FY2026 plan in the
 * tables) is the focus-year plan everywhere: the revision ladder counts and draws its revisions as
 * the table under it lists them, and a plan's qualifier is said once in its cell.
 */
class CalendarYearPlanPdfTest {
    private static final TemplateSet TEMPLATES = TemplateSet.load(null);

    private static String latestBundled() {
        Dataset d = new DatasetReader().readBundled();
        byte[] pdf = PdfFixtures.render(new Analyzer().analyze(d,
                new AnalysisOptions(d.latestAnnouncement().orElseThrow(), "USD", null)), TEMPLATES);
        return PdfFixtures.text(pdf).replaceAll("\\s+", " ");
    }

    @Test
    void theLadderCountsTheCutItsTableLists() {
        String text = latestBundled();
        // the table under the ladder lists Microsoft's calendar-2026 cut among the focus-year plans' revisions
        assertThat(text).contains("Microsoft CY2026 ~$190B \u2192 ~$175B -$15.0B\u00b6")
                .contains("FY2026 plans over time: 8 revisions, 1 of them a cut")
                .doesNotContain("all of them raises");
    }

    @Test
    void aPlansNoteIsPointedToWhereItIsNotAndNotRepeatedWhereItIs() {
        String text = latestBundled();
        String note = "otherwise unchanged.";
        // under the guidance and revisions tables the note itself explains the mark
        assertThat(text).doesNotContain(note + " \u00b6 see the note");
        // page one's scoreboard and the history table carry the mark without the note: they say where it is
        String pageOne = text.substring(0, text.indexOf("Page 1 of"));
        assertThat(pageOne).contains("\u00b6 see the note on this plan under the guidance table.");
        assertThat(text).doesNotContain("see the note under the table");
    }

    @Test
    void aPlansQualifierIsSaidOnceInItsCell() {
        String text = latestBundled();
        assertThat(text).contains("~$175B (calendar 2026)\u00b6 was ~$190B", "(FY ends May) was ~$35B")
                .doesNotContain("was ~$190B (calendar 2026)", "was ~$35B (FY ends May)");
    }
}
