package dev.capexbrief.delivery.mail;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import javax.net.ssl.SSLSocketFactory;
import java.util.Properties;

/**
 * One SMTP session: connected, secured and logged in as the settings say, then used for every
 * recipient of a send. TLS, once asked for, is required: a server that does not offer STARTTLS is
 * an error, never a silent fallback to plain text. The server's certificate and host name are
 * checked.
 */
final class SmtpConnection implements AutoCloseable {
    private final Transport transport;

    private SmtpConnection(Transport transport) {
        this.transport = transport;
    }

    /**
     * Connects and logs in.
     *
     * @param password    from the environment; null without a user
     * @param tlsSockets  the TLS socket factory (tests trust their own server); null for the JVM's default
     */
    static SmtpConnection open(SmtpSettings s, String password, SSLSocketFactory tlsSockets) throws MailDeliveryException {
        Session session = Session.getInstance(properties(s, tlsSockets));
        try {
            Transport t = session.getTransport("smtp");
            t.connect(s.host(), s.port(), s.user(), s.authenticates() ? password : null);
            return new SmtpConnection(t);
        } catch (MessagingException e) {
            throw SmtpFailure.of(s, e);
        }
    }

    static Properties properties(SmtpSettings s, SSLSocketFactory tlsSockets) {
        String ms = Long.toString(s.timeout().toMillis());
        Properties p = new Properties();
        p.put("mail.smtp.connectiontimeout", ms);
        p.put("mail.smtp.timeout", ms);
        p.put("mail.smtp.writetimeout", ms);
        p.put("mail.smtp.auth", Boolean.toString(s.authenticates()));
        if (s.security() == Security.TLS) {
            p.put("mail.smtp.ssl.enable", "true");
        } else if (s.security() == Security.STARTTLS) {
            p.put("mail.smtp.starttls.enable", "true");
            p.put("mail.smtp.starttls.required", "true");
        }
        if (s.security().encrypted()) {
            p.put("mail.smtp.ssl.checkserveridentity", "true");
            if (tlsSockets != null) {
                p.put("mail.smtp.ssl.socketFactory", tlsSockets);
            }
        }
        return p;
    }

    /** Sends one message to one recipient; a refusal is a {@link jakarta.mail.SendFailedException}. */
    void send(MimeMessage message, InternetAddress to) throws MessagingException {
        transport.sendMessage(message, new Address[]{to});
    }

    @Override
    public void close() {
        try {
            transport.close();
        } catch (MessagingException e) {
            // the messages are already accepted; a failed QUIT changes nothing
        }
    }
}
