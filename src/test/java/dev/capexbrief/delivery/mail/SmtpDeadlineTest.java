package dev.capexbrief.delivery.mail;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Servers that answer, but never finish: a read timeout alone never fires on them, and a cron job
 * would hang forever (issue 18). Every step has a bounded total wait, and ends in one line that
 * names the server and the step. The bound asserted here is generous; the step's own is 2 s.
 */
class SmtpDeadlineTest {
    static final Duration GENEROUS = Duration.ofSeconds(30);

    @TempDir
    Path out;

    Mailer mailer(int port) {
        SmtpSettings s = new SmtpSettings("127.0.0.1", port, Security.NONE, null, true, Duration.ofSeconds(2));
        return new Mailer(new EmailTemplates(MailFixtures.templates()), s, null, out, Clock.systemUTC());
    }

    Mailer.Request request(Path pdf, String... to) {
        Envelope envelope = Envelope.parse("research@example.com", "email.from", List.of(to), "email.to");
        return new Mailer.Request("2025-W06", MailerTest.VALUES, List.of(pdf), MailFixtures.digests(List.of(pdf)), envelope,
                null, Attachment.defaultLimit(), false);
    }

    @Test
    void aGreetingTrickledForeverEndsAtTheDeadline() throws Exception {
        Path pdf = MailFixtures.pdf(out, "2025-W06/capex-briefing-2025-W06.pdf");
        try (TricklingSmtpServer server = new TricklingSmtpServer(TricklingSmtpServer.Stall.GREETING)) {
            assertTimeoutPreemptively(GENEROUS, () -> assertThatThrownBy(() -> mailer(server.port()).send(request(pdf, "pm@example.com")))
                    .isInstanceOf(MailDeliveryException.class)
                    .hasMessage("the SMTP server 127.0.0.1:" + server.port() + " did not finish its greeting within 2 s; check "
                            + "that email.smtp.host and port name an SMTP server and the security setting matches the port "
                            + "(tls on 465, starttls on 587), or raise email.smtp.timeout_seconds"));
        }
        assertThat(out.resolve(SendLog.FILE_NAME)).doesNotExist();
    }

    @Test
    void aReplyToEhloTrickledForeverEndsAtTheDeadline() throws Exception {
        Path pdf = MailFixtures.pdf(out, "2025-W06/capex-briefing-2025-W06.pdf");
        try (TricklingSmtpServer server = new TricklingSmtpServer(TricklingSmtpServer.Stall.EHLO)) {
            assertTimeoutPreemptively(GENEROUS, () -> assertThatThrownBy(() -> mailer(server.port()).send(request(pdf, "pm@example.com")))
                    .isInstanceOf(MailDeliveryException.class)
                    .hasMessage("the SMTP server 127.0.0.1:" + server.port() + " did not finish its reply to EHLO within 2 s; "
                            + "the server may be overloaded; try again later, or raise email.smtp.timeout_seconds"));
        }
    }

    @Test
    void aReplyToTheMessageTrickledForeverFailsTheRecipientsAndLogsNone() throws Exception {
        Path pdf = MailFixtures.pdf(out, "2025-W06/capex-briefing-2025-W06.pdf");
        try (TricklingSmtpServer server = new TricklingSmtpServer(TricklingSmtpServer.Stall.MESSAGE)) {
            SendReport report = assertTimeoutPreemptively(GENEROUS,
                    () -> mailer(server.port()).send(request(pdf, "pm@example.com", "cio@example.com")));
            assertThat(report.failures()).extracting(SendReport.Outcome::line).containsExactly(
                    "not sent to pm@example.com: the SMTP server 127.0.0.1:" + server.port() + " did not finish its reply to "
                            + "the message within 2 s; the server may be overloaded; try again later, or raise email.smtp.timeout_seconds",
                    "not sent to cio@example.com: the SMTP server 127.0.0.1:" + server.port() + " did not finish its reply to "
                            + "the message within 2 s; the server may be overloaded; try again later, or raise email.smtp.timeout_seconds");
        }
        assertThat(new SendLog(out).entries()).isEmpty();
    }

    @Test
    void aFloodedGreetingIsCutOffBeforeItFillsTheMemory() throws Exception {
        Path pdf = MailFixtures.pdf(out, "2025-W06/capex-briefing-2025-W06.pdf");
        try (TricklingSmtpServer server = new TricklingSmtpServer(TricklingSmtpServer.Stall.FLOOD)) {
            assertTimeoutPreemptively(GENEROUS, () -> assertThatThrownBy(() -> mailer(server.port()).send(request(pdf, "pm@example.com")))
                    .isInstanceOf(MailDeliveryException.class)
                    .hasMessage("the SMTP server 127.0.0.1:" + server.port() + " sent more than 1024 KB without finishing one "
                            + "reply (its greeting), so the connection was closed; check that email.smtp.host and port name an SMTP server"));
        }
    }
}
