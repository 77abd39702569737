package dev.capexbrief.delivery.mail;

import dev.capexbrief.analysis.AnalysisOptions;
import dev.capexbrief.analysis.Analyzer;
import dev.capexbrief.analysis.Briefing;
import dev.capexbrief.dataset.DatasetReader;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A real briefing email of the bundled dataset as a recipient's mail client gets it: the message is
 * built, written out as MIME bytes and parsed back, and its two bodies are read from the parts.
 */
record ReceivedEmail(String name, Briefing briefing, String plain, String html) {
    /** The weeks the email tests read: busy, with marks, with a revision, quiet, and the latest. */
    static final List<LocalDate> WEEKS = List.of(LocalDate.of(2025, 2, 9), LocalDate.of(2025, 5, 4),
            LocalDate.of(2025, 3, 16), LocalDate.of(2026, 8, 2), LocalDate.of(2026, 9, 10));

    static ReceivedEmail of(LocalDate asOf) {
        try {
            Briefing b = new Analyzer().analyze(new DatasetReader().readBundled(), new AnalysisOptions(asOf, "USD", null));
            String name = "capex-briefing-" + b.isoWeek();
            Attachment pdf = new Attachment(Path.of(name + ".pdf"), Attachment.PDF, "%PDF-1.7\n".getBytes());
            EmailText text = new EmailTemplates(MailFixtures.templates()).write(MailFixtures.values(b), List.of(pdf), null);
            MimeMessage m = new MessageBuilder().build(text, new InternetAddress("research@example.com"),
                    new InternetAddress("pm@example.com"), List.of(pdf), Instant.parse("2025-02-10T07:30:00Z"),
                    "<capexbrief.test@example.com>", true);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            m.writeTo(bytes);
            MimeMessage received = new MimeMessage(null, new ByteArrayInputStream(bytes.toByteArray()));
            return new ReceivedEmail(name, b, MailFixtures.text(received, "text/plain"), MailFixtures.text(received, "text/html"));
        } catch (Exception e) {
            throw new IllegalStateException("cannot write the email of " + asOf, e);
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
