package dev.capexbrief.delivery.mail;

import dev.capexbrief.analysis.AnalysisOptions;
import dev.capexbrief.analysis.Analyzer;
import dev.capexbrief.analysis.Briefing;
import dev.capexbrief.dataset.DatasetReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EmailTemplatesTest {
    @TempDir
    Path dir;

    @Test
    void theHtmlBodyEscapesWhatTheDataSaysAndThePlainBodyDoesNot() throws Exception {
        Path csv = Files.writeString(dir.resolve("figures.csv"), """
                company,company_name,metric,kind,period,value,announced,source
                ACME,Smith & <Sons>,capex,guidance,FY2025,12,2025-02-05,call
                ACME,Smith & <Sons>,capex,actual,FY2024,10,2025-01-30,10-K
                """);
        Briefing b = new Analyzer().analyze(new DatasetReader().read(csv), new AnalysisOptions(LocalDate.of(2025, 2, 9), "USD", null));
        EmailText text = new EmailTemplates(MailFixtures.templates()).write(MailFixtures.values(b), List.of(), null);

        assertThat(text.html()).contains("Smith &amp; &lt;Sons&gt;").doesNotContain("<Sons>");
        assertThat(text.plain()).contains("Smith & <Sons>");
        assertThat(text.subject()).doesNotContain("\n").contains("2025-W06");
    }

    @Test
    void aWeekWithoutNewsSaysSo() throws Exception {
        Briefing b = new Analyzer().analyze(new DatasetReader().readBundled(),
                new AnalysisOptions(LocalDate.of(2025, 3, 16), "USD", null));
        EmailText text = new EmailTemplates(MailFixtures.templates()).write(MailFixtures.values(b), List.of(), "[R]");
        assertThat(text.plain()).contains("This week (2025-03-10 to 2025-03-16)\nNo new guidance this week.");
        assertThat(text.html()).contains("No new guidance this week.");
        assertThat(text.subject()).startsWith("[R] ").contains("2025-W11");
    }

    @Test
    void aRevisionShowsFromToAndTheChange() throws Exception {
        Briefing b = new Analyzer().analyze(new DatasetReader().readBundled(),
                new AnalysisOptions(LocalDate.of(2025, 5, 4), "USD", null));
        var revision = b.revisionsThisWeek().get(0);
        EmailText text = new EmailTemplates(MailFixtures.templates()).write(MailFixtures.values(b), List.of(), null);
        String line = revision.company().name() + " " + revision.period().label() + ": " + revision.toLabel()
                + ", raised on " + revision.toDate() + " (" + revision.fromLabel() + " \u2192 " + revision.toLabel() + ")";
        assertThat(text.plain()).contains(line);
    }
}
