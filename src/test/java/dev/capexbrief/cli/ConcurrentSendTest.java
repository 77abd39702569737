package dev.capexbrief.cli;

import dev.capexbrief.CliProcesses;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import dev.capexbrief.delivery.mail.TricklingSmtpServer;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * {@code capexbrief send} as separate processes (issue 18): two sends of the same week started
 * together deliver each message once, and a server that never finishes its greeting ends the run
 * with exit code 3 instead of hanging a cron job.
 */
class ConcurrentSendTest {
    @RegisterExtension
    static final GreenMailExtension server = new GreenMailExtension(
            new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort()).withPerMethodLifecycle(true);

    @TempDir
    Path dir;

    private CliProcesses processes;

    @org.junit.jupiter.api.BeforeEach
    void processes() {
        processes = new CliProcesses(dir);
    }

    @AfterEach
    void killLeftovers() {
        processes.killAll();
    }

    Path out() {
        return dir.resolve("output");
    }

    Path config(int port, String extra) throws IOException {
        return Files.writeString(dir.resolve("capexbrief.yaml"), """
                email:
                  from: research@example.com
                  to: [pm@example.com, cio@example.com, desk@example.org]
                  smtp:
                    host: 127.0.0.1
                    port: %d
                    security: none
                %s
                """.formatted(port, extra.indent(4).stripTrailing()));
    }

    @Test
    void twoSendsOfTheSameWeekAtOnceDeliverEachMessageOnce() throws Exception {
        Cli b = Cli.run("brief", "--out", out().toString(), "--week", "2025-W06");
        assertThat(b.exitCode()).as(b.err()).isZero();
        Path cfg = config(server.getSmtp().getPort(), "");
        Process first = cli("send", "--config", cfg.toString(), "--out", out().toString(), "--week", "2025-W06");
        Process second = cli("send", "--config", cfg.toString(), "--out", out().toString(), "--week", "2025-W06");
        assertThat(first.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(second.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String said = Files.readString(processes.stdout(0)) + Files.readString(processes.stdout(1));
        assertThat(first.exitValue()).as(Files.readString(processes.stderr(0))).isZero();
        assertThat(second.exitValue()).as(Files.readString(processes.stderr(1))).isZero();

        MimeMessage[] received = server.getReceivedMessages();
        assertThat(Arrays.stream(received).map(m -> {
            try {
                return m.getAllRecipients()[0].toString();
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        })).containsExactlyInAnyOrder("pm@example.com", "cio@example.com", "desk@example.org");
        assertThat(said.split("\n")).filteredOn(l -> l.contains("sent to ") && !l.contains("already")).hasSize(3);
        assertThat(said.split("\n")).filteredOn(l -> l.contains("already sent to ")).hasSize(3);
        assertThat(Files.readAllLines(out().resolve("send-log.csv"))).hasSize(4);
    }

    @Test
    void aGreetingThatNeverEndsStopsTheProcessWithExitThree() throws Exception {
        Cli b = Cli.run("brief", "--out", out().toString(), "--week", "2025-W06");
        assertThat(b.exitCode()).as(b.err()).isZero();
        try (TricklingSmtpServer trickling = new TricklingSmtpServer(TricklingSmtpServer.Stall.GREETING)) {
            Path cfg = config(trickling.port(), "timeout_seconds: 2");
            Process p = cli("send", "--config", cfg.toString(), "--out", out().toString(), "--week", "2025-W06");
            assertTimeoutPreemptively(Duration.ofSeconds(60), () -> p.waitFor());
            assertThat(p.exitValue()).isEqualTo(3);
            assertThat(Files.readString(processes.stderr(0)).strip()).isEqualTo("capexbrief: the SMTP server 127.0.0.1:"
                    + trickling.port() + " did not finish its greeting within 2 s; check that email.smtp.host and port name "
                    + "an SMTP server and the security setting matches the port (tls on 465, starttls on 587), or raise "
                    + "email.smtp.timeout_seconds");
        }
        assertThat(out().resolve("send-log.csv")).doesNotExist();
    }

    private Process cli(String... args) throws IOException {
        return processes.start(256, args);
    }
}
