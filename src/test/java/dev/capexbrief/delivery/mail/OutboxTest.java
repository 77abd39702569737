package dev.capexbrief.delivery.mail;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Outbox file names (issue 18): one file per recipient, whatever the address, and never too long. */
class OutboxTest {
    @TempDir
    Path out;

    Mailer mailer() {
        return new Mailer(new EmailTemplates(MailFixtures.templates()), null, null, out, MailerTest.CLOCK);
    }

    Mailer.Request request(Path pdf, List<String> to) {
        Envelope envelope = Envelope.parse("research@example.com", "email.from", to, "email.to");
        return new Mailer.Request("2025-W06", MailerTest.VALUES, List.of(pdf), MailFixtures.digests(List.of(pdf)), envelope,
                null, Attachment.defaultLimit(), false);
    }

    List<Path> emls() throws Exception {
        try (Stream<Path> files = Files.list(out.resolve("outbox"))) {
            return files.filter(p -> p.getFileName().toString().endsWith(".eml")).sorted().toList();
        }
    }

    @Test
    void addressesThatDifferOnlyInPunctuationEachGetTheirOwnFile() throws Exception {
        Path pdf = MailFixtures.pdf(out, "2025-W06/capex-briefing-2025-W06.pdf");
        List<String> to = List.of("a$b@example.com", "a%b@example.com", "a_b@example.com", "a/b@example.com", "a&b@example.com");
        SendReport report = mailer().send(request(pdf, to));

        assertThat(emls()).hasSize(to.size());
        for (SendReport.Outcome o : report.outcomes()) {
            Path eml = Path.of(o.detail());
            MimeMessage m = MailFixtures.parse(eml);
            assertThat(m.getAllRecipients()).as(eml.toString()).extracting(Object::toString).containsExactly(o.recipient());
            assertThat(eml.getParent()).isEqualTo(out.resolve("outbox"));
        }
        assertThat(report.outcomes()).extracting(SendReport.Outcome::detail)
                .contains(out.resolve("outbox/capex-briefing-2025-W06--a_b@example.com.eml").toString())
                .anyMatch(d -> d.matches(".*--a_b@example\\.com~[0-9a-f]{12}\\.eml"));
    }

    @Test
    void aLongValidAddressGetsAFileNameWithinTheLimit() throws Exception {
        Path pdf = MailFixtures.pdf(out, "2025-W06/capex-briefing-2025-W06.pdf");
        String local = "x".repeat(64);
        String domain = String.join(".", "a".repeat(63), "b".repeat(63), "c".repeat(56), "com");
        String longest = local + "@" + domain;
        String longer = local.replace('x', 'y') + "@" + domain;
        assertThat(longest).hasSize(253);

        SendReport report = mailer().send(request(pdf, List.of("pm@example.com", longest, longer)));

        assertThat(emls()).hasSize(3).allSatisfy(p -> assertThat(p.getFileName().toString().getBytes(StandardCharsets.UTF_8).length)
                .isLessThanOrEqualTo(Outbox.MAX_NAME_BYTES));
        assertThat(MailFixtures.parse(Path.of(report.outcomes().get(1).detail())).getAllRecipients()[0].toString()).isEqualTo(longest);
        assertThat(MailFixtures.parse(Path.of(report.outcomes().get(2).detail())).getAllRecipients()[0].toString()).isEqualTo(longer);
    }

    @Test
    void aLongBriefingNameWithLettersBeyondAsciiIsCutOnACharacter() throws Exception {
        Path pdf = MailFixtures.pdf(out, "2025-W06/" + "\u00e9".repeat(120) + "-2025-W06.pdf");
        Outbox outbox = new Outbox(out);
        Path f = outbox.fileFor(pdf, new InternetAddress("pm@example.com"));
        byte[] name = f.getFileName().toString().getBytes(StandardCharsets.UTF_8);
        assertThat(name.length).isLessThanOrEqualTo(Outbox.MAX_NAME_BYTES);
        assertThat(new String(name, StandardCharsets.UTF_8)).doesNotContain("\ufffd").endsWith(".eml");
    }

    @Test
    void aPlainAddressKeepsItsPlainName() throws Exception {
        Path f = new Outbox(out).fileFor(out.resolve("2025-W06/capex-briefing-2025-W06.pdf"), new InternetAddress("PM@Example.com"));
        assertThat(f).isEqualTo(out.resolve("outbox/capex-briefing-2025-W06--pm@example.com.eml"));
    }
}
