package dev.capexbrief.delivery.mail;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import dev.capexbrief.analysis.AnalysisOptions;
import dev.capexbrief.analysis.Analyzer;
import dev.capexbrief.analysis.Briefing;
import dev.capexbrief.dataset.DatasetReader;
import dev.capexbrief.render.model.Mark;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The email's figures carry the single-source mark as the PDF prints them, and its body explains the
 * mark once; a briefing without single-source rows sends neither. Sent to a real SMTP server and
 * read back from the received message.
 */
class SingleSourceEmailTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 7, 31);
    private static final String LEGEND = Mark.SINGLE_SOURCE.legendLine();

    @RegisterExtension
    static final GreenMailExtension server = new GreenMailExtension(
            new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort()).withPerMethodLifecycle(true);

    @TempDir
    Path out;

    @Test
    void theFiguresThatRestOnOneSourceAreMarkedAndTheMarkIsExplainedOnce() throws Exception {
        MimeMessage m = send(fixture());
        String plain = MailFixtures.text(m, "text/plain");
        assertThat(plain).contains("- CY2026 group plan: $413B\u00a7 \u2014 3 companies, sum of plans",
                "- Growth on CY2025: +76.0%\u00a7",
                "- CoreWeave FY2026: $31\u201335B\u00a7, raised on 2026-07-29 ($30\u201335B \u2192 $31\u201335B\u00a7)",
                "- Amazon FY2026Q2: $53.1B\u00a7, actual on 2026-07-30 (reported)");
        assertThat(occurrences(plain, LEGEND)).isEqualTo(1);
        String html = MailFixtures.text(m, "text/html");
        assertThat(html).contains("<strong>$53.1B\u00a7</strong>", "<strong><span style=\"white-space:nowrap;\">$31\u201335B</span>\u00a7</strong>");
        assertThat(occurrences(html, LEGEND)).isEqualTo(1);
    }

    @Test
    void withoutSingleSourceRowsTheEmailHasNoMarkAndNoLegend() throws Exception {
        MimeMessage m = send(fixture().replace("confidence: single-source", "confidence: verified"));
        String plain = MailFixtures.text(m, "text/plain");
        assertThat(plain).contains("- Amazon FY2026Q2: $53.1B, actual on 2026-07-30 (reported)")
                .doesNotContain("\u00a7").doesNotContain("single source");
        assertThat(MailFixtures.text(m, "text/html")).doesNotContain("\u00a7").doesNotContain("single source");
        assertThat(m.getSubject()).doesNotContain("\u00a7");
    }

    private static String fixture() throws Exception {
        try (InputStream in = SingleSourceEmailTest.class.getResourceAsStream("/datasets/single-source.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private MimeMessage send(String yaml) throws Exception {
        Path data = Files.writeString(out.resolve("figures.yaml"), yaml);
        Briefing b = new Analyzer().analyze(new DatasetReader().read(data), new AnalysisOptions(AS_OF, "USD", null));
        Path pdf = MailFixtures.pdf(out, "2026-W31/capex-briefing-2026-W31.pdf");
        SmtpSettings smtp = new SmtpSettings("127.0.0.1", server.getSmtp().getPort(), Security.NONE, null, true,
                Duration.ofSeconds(5));
        Mailer mailer = new Mailer(new EmailTemplates(MailFixtures.templates()), smtp, null, out,
                Clock.fixed(Instant.parse("2026-08-01T07:30:00Z"), ZoneOffset.UTC));
        Envelope envelope = Envelope.parse("research@example.com", "email.from", List.of("pm@example.com"), "email.to");
        mailer.send(new Mailer.Request(b.isoWeek(), MailFixtures.values(b), List.of(pdf),
                MailFixtures.digests(List.of(pdf)), envelope, null, Attachment.defaultLimit(), false));
        MimeMessage[] received = server.getReceivedMessages();
        assertThat(received).hasSize(1);
        return received[0];
    }

    private static int occurrences(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
            n++;
        }
        return n;
    }
}
