package dev.capexbrief.delivery.mail;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import org.eclipse.angus.mail.util.MailConnectException;

import javax.net.ssl.SSLException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns what Jakarta Mail throws into one line that says what went wrong with which server and
 * what to check: connection refused, timeouts, TLS, login, a refused recipient.
 */
final class SmtpFailure {
    private SmtpFailure() {
    }

    /** A failure to connect, secure the connection or log in, or a connection lost while sending. */
    static MailDeliveryException of(SmtpSettings s, MessagingException e) {
        return new MailDeliveryException(describe(s, e), e);
    }

    static String describe(SmtpSettings s, MessagingException e) {
        String at = s.address();
        List<Throwable> chain = chain(e);
        long seconds = s.timeout().toSeconds();
        if (find(chain, AuthenticationFailedException.class) != null) {
            return "the SMTP server " + at + " rejected the login of '" + s.user() + "' (" + reply(e)
                    + "); check email.smtp.user and the CAPEXBRIEF_SMTP_PASSWORD environment variable";
        }
        if (find(chain, SSLException.class) != null) {
            return "TLS with " + at + " failed (" + rootMessage(find(chain, SSLException.class)) + "); check email.smtp.security ("
                    + s.security() + ") matches the port (465 is tls, 587 is starttls) and that the server's certificate is trusted";
        }
        boolean connecting = find(chain, MailConnectException.class) != null;
        if (find(chain, SocketTimeoutException.class) != null) {
            return connecting
                    ? "cannot connect to " + at + ": no answer within " + seconds + " s; check the host, the port and any firewall"
                    : at + " stopped answering (no reply within " + seconds + " s); the server may be overloaded, "
                    + "or the port expects another security setting (tls on 465, starttls on 587)";
        }
        if (find(chain, ConnectException.class) != null) {
            return "cannot connect to " + at + ": connection refused; check email.smtp.host and port, and that the server is running";
        }
        if (find(chain, UnknownHostException.class) != null) {
            return "cannot connect to " + at + ": unknown host; check email.smtp.host or --smtp-host";
        }
        if (find(chain, NoRouteToHostException.class) != null) {
            return "cannot connect to " + at + ": no route to host; check the network and email.smtp.host";
        }
        String text = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        if (text.contains("starttls")) {
            return at + " does not offer STARTTLS; use security: tls if the port expects TLS from the start, "
                    + "or security: none for a trusted local relay";
        }
        if (connecting) {
            return "cannot connect to " + at + ": " + rootMessage(e);
        }
        return "SMTP error from " + at + ": " + reply(e);
    }

    /** Whether a read or connect ran out of time. */
    static boolean timedOut(MessagingException e) {
        return find(chain(e), SocketTimeoutException.class) != null;
    }

    /** Whether it failed while connecting (before the server said anything). */
    static boolean connecting(MessagingException e) {
        return find(chain(e), MailConnectException.class) != null;
    }

    /** Why the server refused one message or recipient, e.g. "550 5.1.1 user unknown". */
    static String refused(SendFailedException e) {
        return "the server refused it (" + reply(e) + ")";
    }

    /** The deepest server reply in the chain, on one line. */
    private static String reply(MessagingException e) {
        String best = null;
        for (Throwable t : chain(e)) {
            String m = t.getMessage();
            if (t instanceof MessagingException && m != null && m.strip().matches("^[2-5]\\d\\d\\b.*")) {
                best = m;
            }
        }
        return oneLine(best != null ? best : rootMessage(e));
    }

    private static String rootMessage(Throwable e) {
        List<Throwable> chain = chain(e);
        Throwable root = chain.get(chain.size() - 1);
        String m = root.getMessage();
        return oneLine(m == null || m.isBlank() ? root.getClass().getSimpleName() : m);
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    /** The exception and its causes, following MessagingException's "next" exceptions too. */
    private static List<Throwable> chain(Throwable e) {
        List<Throwable> out = new ArrayList<>();
        Throwable t = e;
        while (t != null && !out.contains(t) && out.size() < 20) {
            out.add(t);
            Throwable next = t instanceof MessagingException m && m.getNextException() != null ? m.getNextException() : t.getCause();
            t = next;
        }
        return out;
    }

    private static <T extends Throwable> T find(List<Throwable> chain, Class<T> type) {
        for (Throwable t : chain) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
