package dev.capexbrief.delivery.mail;

import dev.capexbrief.analysis.AnalysisOptions;
import dev.capexbrief.analysis.Analyzer;
import dev.capexbrief.analysis.Briefing;
import dev.capexbrief.dataset.DatasetReader;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The email says how old the data is, as page one does: the bundled data (to 2026-09-10) briefed in December. */
class DataAgeEmailTest {
    private static final String NOTICE = "Data as of 2026-09-10, 84 days old: anything announced since"
            + " then is not in this briefing.";

    private static EmailText email(String asOf) {
        Briefing b = new Analyzer().analyze(new DatasetReader().readBundled(),
                new AnalysisOptions(LocalDate.parse(asOf), "USD", null));
        return new EmailTemplates(MailFixtures.templates()).write(MailFixtures.values(b), List.of(), null);
    }

    @Test
    void oldDataIsSaidUnderTheStandfirstInBothBodies() {
        EmailText text = email("2026-12-03");
        assertThat(text.plain()).contains("\n\n" + NOTICE + "\n");
        assertThat(text.plain().indexOf(NOTICE)).isLessThan(text.plain().indexOf("Key takeaways"));
        assertThat(HtmlBody.parse(text.html()).texts("notice")).containsExactly(NOTICE);
        assertThat(text.subject()).doesNotContain("days old: anything announced");
    }

    @Test
    void freshDataSaysNothing() {
        EmailText text = email("2026-09-10");
        assertThat(text.plain()).doesNotContain("days old: anything announced");
        assertThat(text.html()).doesNotContain("days old: anything announced");
    }
}
