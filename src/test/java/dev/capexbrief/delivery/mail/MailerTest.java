package dev.capexbrief.delivery.mail;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import dev.capexbrief.analysis.Briefing;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MailerTest {
    static final String USER = "briefings";
    static final String PASSWORD = "s3cret-Pa55";

    @RegisterExtension
    static final GreenMailExtension server = new GreenMailExtension(
            new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("briefings@example.com", USER, PASSWORD))
            .withPerMethodLifecycle(true);

    static final Briefing BRIEFING = MailFixtures.briefing();
    static final dev.capexbrief.render.model.BriefingModel MODEL = MailFixtures.model(BRIEFING);
    static final java.util.Map<String, Object> VALUES = MailFixtures.values(BRIEFING);
    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-02-10T07:30:00Z"), ZoneOffset.UTC);

    @TempDir
    Path out;

    int port() {
        return server.getSmtp().getPort();
    }

    SmtpSettings relay(int port) {
        return new SmtpSettings("127.0.0.1", port, Security.NONE, null, true, Duration.ofSeconds(5));
    }

    Mailer mailer(SmtpSettings smtp, String password) {
        return new Mailer(new EmailTemplates(MailFixtures.templates()), smtp, password, out, CLOCK);
    }

    Mailer.Request request(List<Path> files, String... to) {
        Envelope envelope = Envelope.parse("Capex Research <research@example.com>", "email.from", List.of(to), "email.to");
        return new Mailer.Request(BRIEFING.isoWeek(), VALUES, files, MailFixtures.digests(files), envelope, "[Research]",
                Attachment.defaultLimit(), false);
    }

    Mailer.Request resend(Mailer.Request r) {
        return new Mailer.Request(r.isoWeek(), r.values(), r.files(), r.digests(), r.envelope(), r.subjectPrefix(),
                r.attachmentLimit(), true);
    }

    @Test
    void theReceivedMessageHasTheWeekTheNumbersAndThePdfByteForByte() throws Exception {
        Path pdf = MailFixtures.pdf(out, "2025-W06/capex-briefing-2025-W06.pdf");
        SendReport report = mailer(relay(port()), null).send(request(List.of(pdf), "pm@example.com", "analyst@example.org"));

        assertThat(report.outcomes()).extracting(SendReport.Outcome::status)
                .containsExactly(SendReport.Status.SENT, SendReport.Status.SENT);
        MimeMessage[] received = server.getReceivedMessages();
        assertThat(received).hasSize(2);
        MimeMessage m = received[0];
        assertThat(m.getSubject()).startsWith("[Research] ").contains("2025-W06").contains(BRIEFING.total().label());
        assertThat(m.getFrom()).containsExactly(new InternetAddress("Capex Research <research@example.com>"));
        assertThat(Arrays.stream(m.getAllRecipients()).map(Object::toString)).containsExactly("pm@example.com");
        assertThat(Arrays.stream(received[1].getAllRecipients()).map(Object::toString)).containsExactly("analyst@example.org");
        assertThat(m.getContentType()).startsWith("multipart/mixed");
        assertThat(m.getMessageID()).startsWith("<capexbrief.2025-W06.20250210T073000.000Z.").endsWith("@example.com>");
        assertThat(m.getSentDate()).isEqualTo(java.util.Date.from(CLOCK.instant()));

        String largest = BRIEFING.largestSpender().orElseThrow().company().name();
        String plain = MailFixtures.text(m, "text/plain");
        assertThat(plain).contains("Key takeaways", "FY2025 group plan: " + BRIEFING.total().label(),
                "Largest spender: " + largest, "This week (2025-02-03 to 2025-02-09)", "capex-briefing-2025-W06.pdf");
        // in the order the HTML part and page one give them: the figures first, then the takeaways
        assertThat(plain.indexOf("Headline numbers")).isLessThan(plain.indexOf("Key takeaways"));
        // every headline figure and takeaway is the model's, word for word: the PDF prints the same ones
        for (var kpi : MODEL.kpis()) {
            assertThat(plain).contains(kpi.label() + ": " + kpi.value().text());
        }
        assertThat(plain).contains(MODEL.takeaways().toArray(new String[0]));
        String html = MailFixtures.text(m, "text/html");
        assertThat(html).contains("<strong>" + BRIEFING.total().label() + "</strong>", "<strong>" + largest + "</strong>",
                "<li", "Key takeaways");

        List<Part> attachments = MailFixtures.attachments(m);
        assertThat(attachments).hasSize(1);
        assertThat(attachments.get(0).getFileName()).isEqualTo("capex-briefing-2025-W06.pdf");
        assertThat(attachments.get(0).isMimeType("application/pdf")).isTrue();
        assertThat(MailFixtures.bytes(attachments.get(0))).isEqualTo(Files.readAllBytes(pdf));
    }

    @Test
    void thisWeeksChangesAreListedInBothBodies() throws Exception {
        Path pdf = MailFixtures.pdf(out, "2025-W06/capex-briefing-2025-W06.pdf");
        mailer(relay(port()), null).send(request(List.of(pdf), "pm@example.com"));
        MimeMessage m = server.getReceivedMessages()[0];
        String plain = MailFixtures.text(m, "text/plain");
        String html = MailFixtures.text(m, "text/html");
        assertThat(BRIEFING.thisWeek()).isNotEmpty();
        for (var item : BRIEFING.thisWeek().stream().filter(w -> w.kind() == dev.capexbrief.dataset.Kind.GUIDANCE).toList()) {
            assertThat(plain).contains(item.company().name() + " " + item.period().label() + ": " + item.label());
            assertThat(html).contains(item.company().name() + " " + item.period().label() + ": <strong>");
        }
    }

    @Test
    void theWorkbookIsAttachedOnRequest() throws Exception {
        Path pdf = MailFixtures.pdf(out, "2025-W06/capex-briefing-2025-W06.pdf");
        Path xlsx = Files.write(out.resolve("2025-W06/capex-briefing-2025-W06.xlsx"), new byte[]{'P', 'K', 3, 4, 0, (byte) 0xff});
        mailer(relay(port()), null).send(request(List.of(pdf, xlsx), "pm@example.com"));
        List<Part> attachments = MailFixtures.attachments(server.getReceivedMessages()[0]);
        assertThat(attachments).extracting(Part::getFileName)
                .containsExactly("capex-briefing-2025-W06.pdf", "capex-briefing-2025-W06.xlsx");
        assertThat(attachments.get(1).isMimeType(Attachment.XLSX)).isTrue();
        assertThat(MailFixtures.bytes(attachments.get(1))).isEqualTo(Files.readAllBytes(xlsx));
    }

    @Test
    void aSecondSendSkipsWhoAlreadyGotItAndResendSendsAgain() throws Exception {
        Path pdf = MailFixtures.pdf(out, "2025-W06/capex-briefing-2025-W06.pdf");
        Mailer mailer = mailer(relay(port()), null);
        mailer.send(request(List.of(pdf), "pm@example.com"));

        SendReport again = mailer.send(request(List.of(pdf), "PM@example.com", "new@example.com"));
        assertThat(again.outcomes()).extracting(SendReport.Outcome::line).containsExactly(
                "already sent to PM@example.com on 2025-02-10 07:30 UTC; use --resend to send again",
                "sent to new@example.com via 127.0.0.1:" + port() + " (Message-ID " + again.outcomes().get(1).messageId() + ")");
        assertThat(server.getReceivedMessages()).hasSize(2);

        SendReport resent = mailer.send(resend(request(List.of(pdf), "pm@example.com")));
        assertThat(resent.outcomes()).extracting(SendReport.Outcome::status).containsExactly(SendReport.Status.SENT);
        assertThat(server.getReceivedMessages()).hasSize(3);

        List<SendLog.Entry> log = new SendLog(out).entries();
        assertThat(log).extracting(SendLog.Entry::briefing).containsOnly("2025-W06/capex-briefing-2025-W06.pdf");
        assertThat(log).extracting(SendLog.Entry::recipient)
                .containsExactly("pm@example.com", "new@example.com", "pm@example.com");
        assertThat(log.get(0).messageId()).isEqualTo(server.getReceivedMessages()[0].getMessageID());
    }

    @Test
    void anotherWeeksBriefingIsNotSkipped() throws Exception {
        Mailer mailer = mailer(relay(port()), null);
        mailer.send(request(List.of(MailFixtures.pdf(out, "2025-W06/capex-briefing-2025-W06.pdf")), "pm@example.com"));
        SendReport next = mailer.send(request(List.of(MailFixtures.pdf(out, "2025-W07/capex-briefing-2025-W07.pdf")),
                "pm@example.com"));
        assertThat(next.outcomes()).extracting(SendReport.Outcome::status).containsExactly(SendReport.Status.SENT);
    }

    @Test
    void aLoginWithTheRightPasswordSends() throws Exception {
        SmtpSettings login = new SmtpSettings("127.0.0.1", port(), Security.NONE, USER, false, Duration.ofSeconds(5));
        Path pdf = MailFixtures.pdf(out, "2025-W06/capex-briefing-2025-W06.pdf");
        mailer(login, PASSWORD).send(request(List.of(pdf), "pm@example.com"));
        assertThat(server.getReceivedMessages()).hasSize(1);
    }

    @Test
    void aRejectedLoginIsOneLineAndLogsNothing() throws Exception {
        SmtpSettings login = new SmtpSettings("127.0.0.1", port(), Security.NONE, USER, false, Duration.ofSeconds(5));
        Path pdf = MailFixtures.pdf(out, "2025-W06/capex-briefing-2025-W06.pdf");
        assertThatThrownBy(() -> mailer(login, "wrong-password").send(request(List.of(pdf), "pm@example.com")))
                .isInstanceOf(MailDeliveryException.class)
                .hasMessageStartingWith("the SMTP server 127.0.0.1:" + port() + " rejected the login of 'briefings' (535")
                .hasMessageEndingWith("check email.smtp.user and the CAPEXBRIEF_SMTP_PASSWORD environment variable")
                .hasMessageNotContaining("wrong-password")
                .message().doesNotContain("\n");
        assertThat(server.getReceivedMessages()).isEmpty();
        assertThat(out.resolve(SendLog.FILE_NAME)).doesNotExist();
        assertThat(pdf).exists();
    }

    @Test
    void aServerThatIsDownIsConnectionRefused() throws Exception {
        int closed = freePort();
        Path pdf = MailFixtures.pdf(out, "2025-W06/capex-briefing-2025-W06.pdf");
        assertThatThrownBy(() -> mailer(relay(closed), null).send(request(List.of(pdf), "pm@example.com")))
                .isInstanceOf(MailDeliveryException.class)
                .hasMessage("cannot connect to 127.0.0.1:" + closed
                        + ": connection refused; check email.smtp.host and port, and that the server is running");
        assertThat(out.resolve(SendLog.FILE_NAME)).doesNotExist();
    }

    @Test
    void aServerThatNeverAnswersTimesOut() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            SmtpSettings slow = new SmtpSettings("127.0.0.1", silent.getLocalPort(), Security.NONE, null, true,
                    Duration.ofSeconds(1));
            Path pdf = MailFixtures.pdf(out, "2025-W06/capex-briefing-2025-W06.pdf");
            assertThatThrownBy(() -> mailer(slow, null).send(request(List.of(pdf), "pm@example.com")))
                    .isInstanceOf(MailDeliveryException.class)
                    .hasMessageStartingWith("the SMTP server 127.0.0.1:" + silent.getLocalPort() + " did not finish its greeting within 1 s; ");
        }
        assertThat(out.resolve(SendLog.FILE_NAME)).doesNotExist();
    }

    @Test
    void starttlsIsRequiredNotSilentlySkipped() throws Exception {
        SmtpSettings starttls = new SmtpSettings("127.0.0.1", port(), Security.STARTTLS, USER, true, Duration.ofSeconds(5));
        Path pdf = MailFixtures.pdf(out, "2025-W06/capex-briefing-2025-W06.pdf");
        assertThatThrownBy(() -> mailer(starttls, PASSWORD).send(request(List.of(pdf), "pm@example.com")))
                .isInstanceOf(MailDeliveryException.class)
                .hasMessageStartingWith("127.0.0.1:" + port() + " does not offer STARTTLS;");
        assertThat(server.getReceivedMessages()).isEmpty();
    }

    @Test
    void aRefusedRecipientIsReportedAndNotLoggedWhileTheOthersAreSent() throws Exception {
        Path pdf = MailFixtures.pdf(out, "2025-W06/capex-briefing-2025-W06.pdf");
        try (RefusingSmtpServer refusing = new RefusingSmtpServer()) {
            SendReport report = mailer(relay(refusing.port()), null)
                    .send(request(List.of(pdf), "pm@example.com", "refused@example.com", "cio@example.com"));
            assertThat(report.outcomes()).extracting(SendReport.Outcome::status).containsExactly(
                    SendReport.Status.SENT, SendReport.Status.FAILED, SendReport.Status.SENT);
            assertThat(report.failures()).singleElement().extracting(SendReport.Outcome::line)
                    .isEqualTo("not sent to refused@example.com: the server refused it (550 5.1.1 mailbox unavailable)");
            assertThat(refusing.delivered()).containsExactly("pm@example.com", "cio@example.com");
        }
        assertThat(new SendLog(out).entries()).extracting(SendLog.Entry::recipient)
                .containsExactly("pm@example.com", "cio@example.com");
    }

    @Test
    void attachmentsOverTheLimitAreRefusedBeforeConnecting() throws Exception {
        Path pdf = MailFixtures.pdf(out, "2025-W06/capex-briefing-2025-W06.pdf");
        Envelope envelope = Envelope.parse("research@example.com", "email.from", List.of("pm@example.com"), "email.to");
        Mailer.Request tooBig = new Mailer.Request(BRIEFING.isoWeek(), VALUES, List.of(pdf),
                MailFixtures.digests(List.of(pdf)), envelope, null, 1024, false);
        assertThatThrownBy(() -> mailer(relay(freePort()), null).send(tooBig))
                .isInstanceOf(MailDeliveryException.class)
                .hasMessage("attachments total 4 KB (capex-briefing-2025-W06.pdf), over the 1 KB limit; leave out "
                        + "--attach-workbook or raise email.max_attachment_mb in capexbrief.yaml if your mail server accepts more");
    }

    @Test
    void aMissingFileIsAnError() {
        Path missing = out.resolve("2025-W06/capex-briefing-2025-W06.pdf");
        assertThatThrownBy(() -> mailer(relay(port()), null).send(request(List.of(missing), "pm@example.com")))
                .isInstanceOf(NoSuchFileException.class).hasMessageContaining(missing.toString());
    }

    @Test
    void withoutAServerTheMessagesGoToTheOutboxAndParseBack() throws Exception {
        Path pdf = MailFixtures.pdf(out, "2025-W06/capex-briefing-2025-W06.pdf");
        SendReport report = mailer(null, null).send(request(List.of(pdf), "pm@example.com"));

        Path eml = out.resolve("outbox/capex-briefing-2025-W06--pm@example.com.eml");
        assertThat(report.outcomes()).extracting(SendReport.Outcome::line).containsExactly("wrote " + eml + " for pm@example.com");
        MimeMessage m = MailFixtures.parse(eml);
        assertThat(m.getSubject()).contains("2025-W06");
        assertThat(m.getHeader("X-Unsent", null)).isEqualTo("1");
        assertThat(MailFixtures.text(m, "text/plain")).contains(BRIEFING.total().label());
        List<Part> attachments = MailFixtures.attachments(m);
        assertThat(attachments).extracting(Part::getFileName).containsExactly("capex-briefing-2025-W06.pdf");
        assertThat(MailFixtures.bytes(attachments.get(0))).isEqualTo(Files.readAllBytes(pdf));
        assertThat(server.getReceivedMessages()).isEmpty();
        try (var files = Files.list(out.resolve("outbox"))) {
            assertThat(files).noneMatch(p -> p.getFileName().toString().endsWith(".part"));
        }
    }

    @Test
    void theSameInputsAndClockGiveTheSameBytes() throws Exception {
        Path pdf = MailFixtures.pdf(out, "2025-W06/capex-briefing-2025-W06.pdf");
        Path eml = out.resolve("outbox/capex-briefing-2025-W06--pm@example.com.eml");
        mailer(null, null).send(request(List.of(pdf), "pm@example.com"));
        byte[] first = Files.readAllBytes(eml);
        mailer(null, null).send(request(List.of(pdf), "pm@example.com"));
        assertThat(Files.readAllBytes(eml)).isEqualTo(first);
        assertThat(new String(first, java.nio.charset.StandardCharsets.US_ASCII))
                .contains("boundary=\"=_capexbrief_mixed\"", "Date: Mon, 10 Feb 2025 07:30:00 +0000 (UTC)")
                .doesNotContain("----=_Part_");
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
