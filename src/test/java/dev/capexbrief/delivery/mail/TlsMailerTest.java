package dev.capexbrief.delivery.mail;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.DummySSLServerSocketFactory;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Implicit TLS against an SMTPS server whose certificate (made here with keytool, for 127.0.0.1) is
 * trusted only by the test's own socket factory: with it the login and the message go through; with
 * the JVM's default trust the handshake fails with a one-line TLS message.
 */
class TlsMailerTest {
    static final String STORE_PASSWORD = "changeit";
    static GreenMail server;
    static SSLSocketFactory trusting;

    @TempDir
    static Path keys;

    @TempDir
    Path out;

    @BeforeAll
    static void startServerWithOwnCertificate() throws Exception {
        Path store = keys.resolve("smtps.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "smtps", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
                "-dname", "CN=127.0.0.1", "-ext", "SAN=ip:127.0.0.1,dns:localhost",
                "-storetype", "PKCS12", "-keystore", store.toString(),
                "-storepass", STORE_PASSWORD, "-keypass", STORE_PASSWORD).redirectErrorStream(true).start();
        String output = new String(keytool.getInputStream().readAllBytes());
        assertThat(keytool.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(keytool.exitValue()).as(output).isZero();
        System.setProperty(DummySSLServerSocketFactory.GREENMAIL_KEYSTORE_FILE_PROPERTY, store.toString());
        System.setProperty(DummySSLServerSocketFactory.GREENMAIL_KEYSTORE_PASSWORD_PROPERTY, STORE_PASSWORD);
        System.setProperty(DummySSLServerSocketFactory.GREENMAIL_KEY_PASSWORD_PROPERTY, STORE_PASSWORD);

        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            ks.load(in, STORE_PASSWORD.toCharArray());
        }
        KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
        trust.load(null, null);
        trust.setCertificateEntry("smtps", ks.getCertificate("smtps"));
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust);
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(null, tmf.getTrustManagers(), null);
        trusting = ctx.getSocketFactory();

        server = new GreenMail(new ServerSetup(3465, "127.0.0.1", ServerSetup.PROTOCOL_SMTPS).dynamicPort());
        server.withConfiguration(GreenMailConfiguration.aConfig().withUser("briefings@example.com", "briefings", "pw-tls"));
        server.start();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    SmtpSettings tls() {
        return new SmtpSettings("127.0.0.1", server.getSmtps().getPort(), Security.TLS, "briefings", true, Duration.ofSeconds(5));
    }

    Mailer.Request request(Path pdf) {
        var briefing = MailFixtures.briefing();
        return new Mailer.Request(briefing.isoWeek(), MailFixtures.values(briefing), List.of(pdf),
                MailFixtures.digests(List.of(pdf)),
                Envelope.parse("research@example.com", "email.from", List.of("pm@example.com"), "email.to"),
                null, Attachment.defaultLimit(), false);
    }

    @Test
    void implicitTlsWithATrustedCertificateLogsInAndSends() throws Exception {
        Path pdf = MailFixtures.pdf(out, "2025-W06/capex-briefing-2025-W06.pdf");
        Mailer mailer = new Mailer(new EmailTemplates(MailFixtures.templates()), tls(), "pw-tls", trusting, out,
                Clock.fixed(Instant.parse("2025-02-10T07:30:00Z"), ZoneOffset.UTC));
        SendReport report = mailer.send(request(pdf));
        assertThat(report.failures()).isEmpty();
        assertThat(server.getReceivedMessages()).hasSize(1);
        assertThat(MailFixtures.bytes(MailFixtures.attachments(server.getReceivedMessages()[0]).get(0)))
                .isEqualTo(Files.readAllBytes(pdf));
    }

    @Test
    void anUntrustedCertificateIsATlsFailureInOneLine() throws Exception {
        Path pdf = MailFixtures.pdf(out, "2025-W06/capex-briefing-2025-W06.pdf");
        Mailer mailer = new Mailer(new EmailTemplates(MailFixtures.templates()), tls(), "pw-tls", out, Clock.systemUTC());
        assertThatThrownBy(() -> mailer.send(request(pdf)))
                .isInstanceOf(MailDeliveryException.class)
                .hasMessageStartingWith("TLS with 127.0.0.1:" + server.getSmtps().getPort() + " failed (")
                .hasMessageEndingWith("check email.smtp.security (tls) matches the port (465 is tls, 587 is starttls) "
                        + "and that the server's certificate is trusted")
                .hasMessageNotContaining("pw-tls");
        assertThat(out.resolve(SendLog.FILE_NAME)).doesNotExist();
    }
}
