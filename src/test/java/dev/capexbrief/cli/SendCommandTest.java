package dev.capexbrief.cli;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import dev.capexbrief.analysis.AnalysisOptions;
import dev.capexbrief.analysis.Analyzer;
import dev.capexbrief.analysis.Briefing;
import dev.capexbrief.dataset.DatasetReader;
import dev.capexbrief.delivery.mail.MailFixtures;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SendCommandTest {
    static final String PASSWORD_VARIABLE = "CAPEXBRIEF_SMTP_PASSWORD";

    @RegisterExtension
    static final GreenMailExtension server = new GreenMailExtension(
            new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("briefings@example.com", "briefings", "right-pw"))
            .withPerMethodLifecycle(true);

    static Briefing briefing;

    @TempDir
    Path dir;

    /** The 2025-W06 briefing, written once by brief; each test copies it into its own output folder. */
    static Path written;

    @BeforeAll
    static void analyse(@TempDir Path shared) throws Exception {
        briefing = new Analyzer().analyze(new DatasetReader().readBundled(),
                new AnalysisOptions(LocalDate.of(2025, 2, 9), "USD", null));
        Cli b = Cli.run("brief", "--out", shared.toString(), "--week", "2025-W06");
        assertThat(b.exitCode()).as(b.err()).isZero();
        written = shared.resolve("2025-W06");
    }

    Path out() {
        return dir.resolve("output");
    }

    /** The briefing's PDF in this test's output folder, with its workbook and manifest beside it. */
    Path pdf() throws IOException {
        Path week = Files.createDirectories(out().resolve("2025-W06"));
        for (String ext : List.of(".pdf", ".xlsx", ".json")) {
            Files.copy(written.resolve("capex-briefing-2025-W06" + ext), week.resolve("capex-briefing-2025-W06" + ext),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return week.resolve("capex-briefing-2025-W06.pdf");
    }

    /** A config for the test server; {@code extra} adds lines to the email.smtp section, {@code email} to email. */
    Path config(String smtp, String email) throws IOException {
        return Files.writeString(dir.resolve("capexbrief.yaml"), """
                output:
                  root: output
                email:
                  from: "Capex Research <research@example.com>"
                  to: [pm@example.com]
                %s
                """.formatted(email.indent(2).stripTrailing()) + (smtp == null ? "" : """
                  smtp:
                    host: 127.0.0.1
                    port: %d
                %s
                """.formatted(server.getSmtp().getPort(), smtp.indent(4).stripTrailing())));
    }

    Path relayConfig() throws IOException {
        return config("security: none", "");
    }

    @Test
    void sendsTheFileOnceSkipsTheSecondTimeAndResendsOnRequest() throws Exception {
        Path cfg = relayConfig();
        Path pdf = pdf();
        Cli first = SendCli.run("send", "--config", cfg.toString(), pdf.toString());
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).contains("Email 2025-W06 (capex-briefing-2025-W06.pdf) to 127.0.0.1:" + server.getSmtp().getPort(),
                "sent to pm@example.com via 127.0.0.1:" + server.getSmtp().getPort());
        MimeMessage[] received = server.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getSubject()).contains("2025-W06").contains(briefing.total().label());
        assertThat(body(received[0], "text/plain")).contains("FY2025 group plan: " + briefing.total().label());
        assertThat(body(received[0], "text/html")).contains("<strong>" + briefing.total().label() + "</strong>");
        assertThat(attachment(received[0])).isEqualTo(Files.readAllBytes(pdf));

        Cli second = SendCli.run("send", "--config", cfg.toString(), pdf.toString());
        assertThat(second.exitCode()).as(second.err()).isZero();
        assertThat(second.out()).containsPattern(
                "already sent to pm@example\\.com on \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC; use --resend to send again");
        assertThat(server.getReceivedMessages()).hasSize(1);

        Cli third = SendCli.run("send", "--config", cfg.toString(), "--resend", pdf.toString());
        assertThat(third.exitCode()).as(third.err()).isZero();
        assertThat(server.getReceivedMessages()).hasSize(2);
        assertThat(Files.readAllLines(out().resolve("send-log.csv"))).hasSize(3)
                .first().isEqualTo("sent_at,briefing,recipient,message_id");

        Cli byWeek = SendCli.run("send", "--config", cfg.toString(), "--week", "2025-W06");
        assertThat(byWeek.exitCode()).as(byWeek.err()).isZero();
        assertThat(byWeek.out()).contains("already sent to pm@example.com on ");
        assertThat(server.getReceivedMessages()).hasSize(2);
    }

    @Test
    void weekSendsThatWeeksFilesFromTheOutputLayout() throws Exception {
        Path cfg = relayConfig();
        Path pdf = pdf();
        Path xlsx = pdf.resolveSibling("capex-briefing-2025-W06.xlsx");
        Cli r = SendCli.run("send", "--config", cfg.toString(), "--week", "2025-W06", "--attach-workbook",
                "--to", "desk@example.org", "--mail-to", "cio@example.org");
        assertThat(r.exitCode()).as(r.err()).isZero();
        MimeMessage[] received = server.getReceivedMessages();
        assertThat(received).hasSize(2);
        assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("cio@example.org");
        assertThat(received[1].getAllRecipients()[0].toString()).isEqualTo("desk@example.org");
        assertThat(attachments(received[0])).extracting(Part::getFileName)
                .containsExactly(pdf.getFileName().toString(), xlsx.getFileName().toString());
    }

    @Test
    void aWeekWithoutABriefingSaysHowToWriteIt() throws Exception {
        Cli r = SendCli.run("send", "--config", relayConfig().toString(), "--week", "2025-W07");
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.err().strip()).isEqualTo("capexbrief: no briefing for 2025-W07 under " + out()
                + " (capex-briefing-2025-W07.json not found); write it first with capexbrief brief --week 2025-W07, "
                + "or name the files to send");
    }

    @Test
    void aServerThatIsDownExitsThreeWithOneLineAndTheFilesStay() throws Exception {
        int closed;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = s.getLocalPort();
        }
        Path pdf = pdf();
        Cli r = SendCli.run("send", "--config", relayConfig().toString(), "--smtp-port", Integer.toString(closed), pdf.toString());
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.err().strip()).isEqualTo("capexbrief: cannot connect to 127.0.0.1:" + closed
                + ": connection refused; check email.smtp.host and port, and that the server is running");
        assertThat(pdf).exists();
        assertThat(out().resolve("send-log.csv")).doesNotExist();
    }

    @Test
    void aRejectedLoginExitsThreeAndNeverShowsThePassword() throws Exception {
        Path cfg = config("security: none\nuser: briefings\nrequire_tls: false", "");
        Cli r = SendCli.run(Map.of(PASSWORD_VARIABLE, "not-the-password"), "send", "--config", cfg.toString(), pdf().toString());
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.err().strip()).startsWith("capexbrief: the SMTP server 127.0.0.1:" + server.getSmtp().getPort()
                        + " rejected the login of 'briefings' (535")
                .endsWith("; check email.smtp.user and the CAPEXBRIEF_SMTP_PASSWORD environment variable")
                .doesNotContain("\n");
        assertThat(r.out() + r.err()).doesNotContain("not-the-password");
        assertThat(server.getReceivedMessages()).isEmpty();
        assertThat(out().resolve("send-log.csv")).doesNotExist();
    }

    @Test
    void theRightPasswordFromTheEnvironmentLogsIn() throws Exception {
        Path cfg = config("security: none\nuser: briefings\nrequire_tls: false", "");
        Cli r = SendCli.run(Map.of(PASSWORD_VARIABLE, "right-pw"), "send", "--config", cfg.toString(), pdf().toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(server.getReceivedMessages()).hasSize(1);
        assertThat(r.out() + r.err()).doesNotContain("right-pw");
    }

    @Test
    void aUserWithoutThePasswordVariableIsAUsageError() throws Exception {
        Path cfg = config("security: none\nuser: briefings\nrequire_tls: false", "");
        Cli r = SendCli.run("send", "--config", cfg.toString(), pdf().toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("email.smtp.user is 'briefings' but CAPEXBRIEF_SMTP_PASSWORD is not set");
    }

    @Test
    void aLoginOverAnUnencryptedConnectionIsRefusedUnlessAllowed() throws Exception {
        Path cfg = config("security: none\nuser: briefings", "");
        Cli r = SendCli.run(Map.of(PASSWORD_VARIABLE, "right-pw"), "send", "--config", cfg.toString(), pdf().toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("security none with user 'briefings' would send the password unencrypted");
        assertThat(server.getReceivedMessages()).isEmpty();
    }

    @Test
    void attachmentsOverTheConfiguredLimitExitThree() throws Exception {
        Path cfg = config("security: none", "max_attachment_mb: 0.05");
        Path pdf = pdf();
        Cli r = SendCli.run("send", "--config", cfg.toString(), pdf.toString());
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.err().strip()).isEqualTo("capexbrief: attachments total "
                + dev.capexbrief.delivery.mail.Attachment.megabytes(Files.size(pdf)) + " (capex-briefing-2025-W06.pdf), over the "
                + "51 KB limit; leave out --attach-workbook or raise email.max_attachment_mb in capexbrief.yaml if your mail server accepts more");
        assertThat(server.getReceivedMessages()).isEmpty();
    }

    @Test
    void withoutAServerTheMessageIsWrittenToTheOutbox() throws Exception {
        Path cfg = config(null, "");
        Path pdf = pdf();
        Cli r = SendCli.run("send", "--config", cfg.toString(), pdf.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        Path eml = out().resolve("outbox/capex-briefing-2025-W06--pm@example.com.eml");
        assertThat(r.out()).contains("to the outbox (no SMTP host set)", "wrote " + eml + " for pm@example.com");
        MimeMessage m;
        try (InputStream in = Files.newInputStream(eml)) {
            m = new MimeMessage(null, in);
        }
        assertThat(m.getSubject()).contains("2025-W06");
        assertThat(attachment(m)).isEqualTo(Files.readAllBytes(pdf));
        assertThat(out().resolve("send-log.csv")).doesNotExist();
    }

    @Test
    void addressesAreCheckedBeforeAnythingIsSent() throws Exception {
        Cli r = SendCli.run("send", "--config", relayConfig().toString(), "--mail-to", "not-an-address", pdf().toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--mail-to: 'not-an-address' is not a valid email address");
        assertThat(server.getReceivedMessages()).isEmpty();
    }

    @Test
    void oneRecipientMayBeWrittenWithoutAList() throws Exception {
        Path cfg = Files.writeString(dir.resolve("capexbrief.yaml"), """
                email:
                  from: research@example.com
                  to: pm@example.com, desk@example.com
                """);
        Cli r = SendCli.run("send", "--config", cfg.toString(), "--out", out().toString(), pdf().toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("for pm@example.com", "for desk@example.com");
    }

    @Test
    void noRecipientsIsAnError() throws Exception {
        Path cfg = Files.writeString(dir.resolve("capexbrief.yaml"), "email:\n  from: research@example.com\n");
        Cli r = SendCli.run("send", "--config", cfg.toString(), pdf().toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("capexbrief: no recipients; add --mail-to ADDR or email.to in capexbrief.yaml");
    }

    @Test
    void aMissingFileIsAnError() throws Exception {
        Path missing = dir.resolve("2025-W06/capex-briefing-2025-W06.pdf");
        Cli r = SendCli.run("send", "--config", relayConfig().toString(), missing.toString());
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.err().strip()).isEqualTo("capexbrief: " + missing + " has no manifest beside it "
                + "(capex-briefing-2025-W06.json), so its email cannot be written; send briefings that capexbrief brief "
                + "wrote, in their folder");
    }

    @Test
    void aFileWhoseWeekCannotBeToldIsAUsageError() throws Exception {
        Path odd = Files.write(dir.resolve("briefing.pdf"), new byte[]{1, 2, 3});
        Cli r = SendCli.run("send", "--config", relayConfig().toString(), odd.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("cannot tell which week " + odd);
    }

    @Test
    void briefRejectsEmailFlagsWithoutEmail() {
        Cli r = SendCli.run("brief", "--mail-to", "pm@example.com", "--out", dir.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("email options need --email");
    }

    static String body(Part message, String type) throws Exception {
        for (Part p : parts(message)) {
            if (p.isMimeType(type) && p.getDisposition() == null) {
                return (String) p.getContent();
            }
        }
        throw new AssertionError("no " + type);
    }

    static byte[] attachment(Part message) throws Exception {
        try (InputStream in = attachments(message).get(0).getInputStream()) {
            return in.readAllBytes();
        }
    }

    static List<Part> attachments(Part message) throws Exception {
        return parts(message).stream().filter(p -> {
            try {
                return Part.ATTACHMENT.equalsIgnoreCase(p.getDisposition());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    static List<Part> parts(Part p) throws Exception {
        return MailFixtures.parts(p);
    }
}
