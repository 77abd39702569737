package dev.capexbrief.delivery.mail;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Two sends to one output root at once deliver each message once (issue 18); the process test is ConcurrentSendTest. */
class SendLockTest {
    @RegisterExtension
    static final GreenMailExtension server = new GreenMailExtension(
            new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort()).withPerMethodLifecycle(true);

    @TempDir
    Path out;

    Mailer mailer(Duration wait) {
        SmtpSettings s = new SmtpSettings("127.0.0.1", server.getSmtp().getPort(), Security.NONE, null, true, Duration.ofSeconds(5));
        return new Mailer(new EmailTemplates(MailFixtures.templates()), s, null, null, out, Clock.systemUTC(), wait);
    }

    Mailer.Request request(Path pdf, List<String> to) {
        Envelope envelope = Envelope.parse("research@example.com", "email.from", to, "email.to");
        return new Mailer.Request("2025-W06", MailerTest.VALUES, List.of(pdf), MailFixtures.digests(List.of(pdf)), envelope,
                null, Attachment.defaultLimit(), false);
    }

    @Test
    void sendsStartedTogetherDeliverEachMessageOnce() throws Exception {
        Path pdf = MailFixtures.pdf(out, "2025-W06/capex-briefing-2025-W06.pdf");
        List<String> to = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            to.add("reader" + i + "@example.com");
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<SendReport>> sends = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                sends.add(() -> mailer(Duration.ofSeconds(60)).send(request(pdf, to)));
            }
            long sent = 0;
            for (Future<SendReport> f : pool.invokeAll(sends)) {
                SendReport r = f.get();
                assertThat(r.failures()).isEmpty();
                sent += r.count(SendReport.Status.SENT);
            }
            assertThat(sent).isEqualTo(to.size());
        } finally {
            pool.shutdownNow();
        }
        assertThat(server.getReceivedMessages()).hasSize(to.size());
        assertThat(new SendLog(out).entries()).hasSize(to.size());
    }

    @Test
    void aSendThatCannotGetTheLockInTimeSaysSoInOneLine() throws Exception {
        Path pdf = MailFixtures.pdf(out, "2025-W06/capex-briefing-2025-W06.pdf");
        try (SendLock held = SendLock.acquire(out, Duration.ZERO)) {
            assertThatThrownBy(() -> mailer(Duration.ofMillis(300)).send(request(pdf, List.of("pm@example.com"))))
                    .isInstanceOf(MailDeliveryException.class)
                    .hasMessage("another capexbrief send is running for " + out + " (waited 0 s); try again when it has finished");
        }
        assertThat(server.getReceivedMessages()).isEmpty();
        mailer(Duration.ZERO).send(request(pdf, List.of("pm@example.com")));
        assertThat(server.getReceivedMessages()).hasSize(1);
    }
}
