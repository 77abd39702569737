package dev.capexbrief.delivery.mail;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import javax.net.ssl.SSLSocketFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One SMTP session: connected, secured and logged in as the settings say, then used for every
 * recipient of a send. TLS, once asked for, is required: a server that does not offer STARTTLS is
 * an error, never a silent fallback to plain text. The server's certificate and host name are
 * checked. Every network step has a bounded total wait ({@link SmtpWatchdog}): the name lookup,
 * connecting, the greeting, each reply, the TLS handshake, and the message after DATA, which is
 * given {@code timeout_seconds} plus a second per {@value #BYTES_PER_SECOND} bytes.
 */
final class SmtpConnection implements AutoCloseable {
    /** The slowest upload a message is allowed: 64 KiB/s, about half a megabit per second. */
    static final long BYTES_PER_SECOND = 64 * 1024;

    private final SmtpSettings settings;
    private final GuardedTransport transport;
    private final SmtpWatchdog watchdog;

    private SmtpConnection(SmtpSettings settings, GuardedTransport transport, SmtpWatchdog watchdog) {
        this.settings = settings;
        this.transport = transport;
        this.watchdog = watchdog;
    }

    /**
     * Connects and logs in.
     *
     * @param password    from the environment; null without a user
     * @param tlsSockets  the TLS socket factory (tests trust their own server); null for the JVM's default
     */
    static SmtpConnection open(SmtpSettings s, String password, SSLSocketFactory tlsSockets) throws MailDeliveryException {
        resolve(s);
        SmtpWatchdog watchdog = new SmtpWatchdog(s.timeout());
        Session session = Session.getInstance(properties(s, tlsSockets, watchdog));
        GuardedTransport t = new GuardedTransport(session, s.host(), s.port(), watchdog);
        try {
            t.connect(s.host(), s.port(), s.user(), s.authenticates() ? password : null);
            return new SmtpConnection(s, t, watchdog);
        } catch (MessagingException e) {
            watchdog.close();
            throw new MailDeliveryException(describe(s, watchdog, e), e);
        }
    }

    /**
     * Looks the host up with a bounded wait (a lookup is not bounded by socket timeouts); the answer
     * is cached by the JVM, so the connection that follows does not wait again.
     */
    private static void resolve(SmtpSettings s) throws MailDeliveryException {
        CompletableFuture<InetAddress[]> lookup = CompletableFuture.supplyAsync(() -> {
            try {
                return InetAddress.getAllByName(s.host());
            } catch (UnknownHostException e) {
                return new InetAddress[0];
            }
        });
        try {
            lookup.get(s.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new MailDeliveryException("cannot connect to " + s.address() + ": looking up " + s.host()
                    + " took more than " + s.timeout().toSeconds() + " s; check email.smtp.host and the network's DNS");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MailDeliveryException("interrupted while looking up " + s.host(), e);
        } catch (ExecutionException e) {
            // the connection reports it
        }
    }

    static Properties properties(SmtpSettings s, SSLSocketFactory tlsSockets) {
        return properties(s, tlsSockets, null);
    }

    private static Properties properties(SmtpSettings s, SSLSocketFactory tlsSockets, SmtpWatchdog watchdog) {
        String ms = Long.toString(s.timeout().toMillis());
        Properties p = new Properties();
        p.put("mail.smtp.connectiontimeout", ms);
        p.put("mail.smtp.timeout", ms);
        p.put("mail.smtp.writetimeout", ms);
        p.put("mail.smtp.auth", Boolean.toString(s.authenticates()));
        if (watchdog != null) {
            p.put("mail.smtp.socketFactory", new GuardedTransport.Sockets(watchdog));
            p.put("mail.smtp.socketFactory.fallback", "false");
        }
        if (s.security() == Security.TLS) {
            p.put("mail.smtp.ssl.enable", "true");
        } else if (s.security() == Security.STARTTLS) {
            p.put("mail.smtp.starttls.enable", "true");
            p.put("mail.smtp.starttls.required", "true");
        }
        if (s.security().encrypted()) {
            p.put("mail.smtp.ssl.checkserveridentity", "true");
            if (tlsSockets != null) {
                p.put("mail.smtp.ssl.socketFactory", watchdog == null ? tlsSockets
                        : new GuardedTransport.TlsSockets(tlsSockets, watchdog));
            }
        }
        return p;
    }

    /**
     * Sends one message to one recipient; a refusal is a {@link jakarta.mail.SendFailedException}.
     *
     * @param size about how many bytes the message is, which bounds how long writing it may take
     */
    void send(MimeMessage message, InternetAddress to, long size) throws MessagingException {
        transport.messageBound(settings.timeout().plusSeconds(size / BYTES_PER_SECOND));
        transport.sendMessage(message, new Address[]{to});
    }

    /** One line for a failure of this connection, naming the step that ran out of time if one did. */
    String describe(MessagingException e) {
        return describe(settings, watchdog, e);
    }

    private static String describe(SmtpSettings s, SmtpWatchdog watchdog, MessagingException e) {
        String step = watchdog.expired();
        if (step == null && SmtpFailure.timedOut(e) && !SmtpFailure.connecting(e)) {
            step = watchdog.step();
        }
        if (step == null) {
            return SmtpFailure.describe(s, e);
        }
        if (watchdog.flooded()) {
            return "the SMTP server " + s.address() + " sent more than " + SmtpWatchdog.MAX_REPLY_BYTES / 1024
                    + " KB without finishing one reply (" + step.replaceFirst("^finish ", "") + "), so the connection was closed; "
                    + "check that email.smtp.host and port name an SMTP server";
        }
        String advice = step.contains("greeting") || step.contains("connecting")
                ? "check that email.smtp.host and port name an SMTP server and the security setting matches the port "
                + "(tls on 465, starttls on 587), or raise email.smtp.timeout_seconds"
                : "the server may be overloaded; try again later, or raise email.smtp.timeout_seconds";
        return "the SMTP server " + s.address() + " did not " + step + " within " + watchdog.stepLimit().toSeconds()
                + " s; " + advice;
    }

    @Override
    public void close() {
        try {
            transport.close();
        } catch (MessagingException e) {
            // the messages are already accepted; a failed QUIT changes nothing
        } finally {
            watchdog.close();
        }
    }
}
