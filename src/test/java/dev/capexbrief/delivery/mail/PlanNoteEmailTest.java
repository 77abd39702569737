package dev.capexbrief.delivery.mail;

import dev.capexbrief.analysis.AnalysisOptions;
import dev.capexbrief.analysis.Analyzer;
import dev.capexbrief.analysis.Briefing;
import dev.capexbrief.dataset.DatasetReader;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Microsoft's calendar-2026 cut of 2026-07-29 carries a ¶ in this week's rows of the email, and the
 * email prints its note under them: the marks then do not send the reader to a table the email lacks.
 */
class PlanNoteEmailTest {
    @Test
    void theNoteIsUnderThisWeeksRowsAndNoMarkPointsElsewhere() {
        Briefing b = new Analyzer().analyze(new DatasetReader().readBundled(),
                new AnalysisOptions(LocalDate.parse("2026-08-02"), "USD", null));
        for (String body : MailFixtures.bodies(MailFixtures.values(b))) {
            String flat = body.replaceAll("\\s+", " ");
            assertThat(flat).contains("Microsoft CY2026: ~$175B\u00b6")
                    .contains("\u00b6 Microsoft CY2026 plan of 2026-07-29, ~$175B: an accounting reclassification")
                    .doesNotContain("see the note");
        }
    }
}
