package dev.capexbrief.cli;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import dev.capexbrief.analysis.AnalysisOptions;
import dev.capexbrief.analysis.Analyzer;
import dev.capexbrief.analysis.Briefing;
import dev.capexbrief.dataset.DatasetReader;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/** {@code brief --email} end to end: the real PDF and workbook, written and then sent to an SMTP server. */
class SendAfterBriefTest {
    @RegisterExtension
    static final GreenMailExtension server = new GreenMailExtension(
            new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());

    @TempDir
    Path dir;

    @Test
    void briefWritesThenEmailsTheFilesOnceAndNeverTwice() throws Exception {
        Path cfg = SendCli.plainSmtpConfig(dir, server.getSmtp().getPort());
        Cli r = SendCli.run("brief", "--config", cfg.toString(), "--week", "2025-W06", "--email", "--attach-workbook");
        // the PDF and workbook writers are built in parallel with the email; until they land there is nothing to send
        assumeFalse(r.exitCode() == 3 && r.err().contains("not built yet"), "briefing writers not built yet: " + r.err());
        assertThat(r.exitCode()).as(r.err()).isZero();

        Path pdf = dir.resolve("output/2025-W06/capex-briefing-2025-W06.pdf");
        Path xlsx = dir.resolve("output/2025-W06/capex-briefing-2025-W06.xlsx");
        assertThat(r.out()).contains(pdf.toString(), "sent to pm@example.com via 127.0.0.1:" + server.getSmtp().getPort());
        MimeMessage[] received = server.getReceivedMessages();
        assertThat(received).hasSize(1);
        Briefing briefing = new Analyzer().analyze(new DatasetReader().readBundled(),
                new AnalysisOptions(LocalDate.of(2025, 2, 9), "USD", null));
        assertThat(received[0].getSubject()).contains("2025-W06", briefing.total().label());
        assertThat(SendCommandTest.body(received[0], "text/plain")).contains("FY2025 group plan: " + briefing.total().label());
        List<Part> attachments = SendCommandTest.attachments(received[0]);
        assertThat(attachments).extracting(Part::getFileName)
                .containsExactly("capex-briefing-2025-W06.pdf", "capex-briefing-2025-W06.xlsx");
        assertThat(bytes(attachments.get(0))).isEqualTo(Files.readAllBytes(pdf));
        assertThat(bytes(attachments.get(1))).isEqualTo(Files.readAllBytes(xlsx));

        Cli again = SendCli.run("brief", "--config", cfg.toString(), "--week", "2025-W06", "--force", "--email");
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.out()).contains("already sent to pm@example.com on ");
        Cli send = SendCli.run("send", "--config", cfg.toString(), "--week", "2025-W06");
        assertThat(send.exitCode()).as(send.err()).isZero();
        assertThat(send.out()).contains("already sent to pm@example.com on ");
        assertThat(server.getReceivedMessages()).hasSize(1);
    }

    @Test
    void emailFlagsAreCheckedBeforeTheBriefingIsWritten() {
        Cli r = SendCli.run("brief", "--out", dir.resolve("output").toString(), "--week", "2025-W06", "--email",
                "--mail-from", "research@example.com", "--mail-to", "nobody");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--mail-to: 'nobody' is not a valid email address");
        assertThat(dir.resolve("output")).doesNotExist();
    }

    @Test
    void emailIsForOneWeekNotABackfill() {
        Cli r = SendCli.run("brief", "--out", dir.resolve("output").toString(), "--from", "2025-W05", "--to", "2025-W06",
                "--email", "--mail-from", "research@example.com", "--mail-to", "pm@example.com");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--email sends one week; after a backfill use capexbrief send --week W");
        assertThat(dir.resolve("output")).doesNotExist();
    }

    private static byte[] bytes(Part p) throws Exception {
        try (InputStream in = p.getInputStream()) {
            return in.readAllBytes();
        }
    }
}
