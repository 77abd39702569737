package dev.capexbrief.delivery.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.URLName;
import org.eclipse.angus.mail.smtp.SMTPTransport;

import javax.net.SocketFactory;
import javax.net.ssl.SSLSocketFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.Locale;

/**
 * Angus Mail's SMTP transport with every step under a {@link SmtpWatchdog}: each server reply
 * (the greeting first), the TLS handshake after STARTTLS, and the message after DATA. Only the
 * command's verb is kept for messages ({@code AUTH}, never its argument).
 */
final class GuardedTransport extends SMTPTransport {
    private final SmtpWatchdog watchdog;
    private String lastCommand;
    private boolean handshake;
    private Duration messageBound;

    GuardedTransport(Session session, String host, int port, SmtpWatchdog watchdog) {
        super(session, new URLName("smtp", host, port, null, null, null));
        this.watchdog = watchdog;
    }

    /** The bound on writing the next message after DATA. */
    void messageBound(Duration bound) {
        this.messageBound = bound;
    }

    @Override
    protected synchronized boolean protocolConnect(String host, int port, String user, String password)
            throws MessagingException {
        watchdog.start("finish connecting (TCP and TLS)");
        return super.protocolConnect(host, port, user, password);
    }

    @Override
    protected void sendCommand(String cmd) throws MessagingException {
        int space = cmd.indexOf(' ');
        String verb = (space < 0 ? cmd : cmd.substring(0, space)).toUpperCase(Locale.ROOT);
        lastCommand = verb.equals(".") ? "the message" : verb;
        super.sendCommand(cmd);
    }

    @Override
    protected int readServerResponse() throws MessagingException {
        watchdog.start(lastCommand == null ? "finish its greeting" : "finish its reply to " + lastCommand);
        try {
            return super.readServerResponse();
        } finally {
            if (handshake) {
                handshake = false;
                watchdog.start("finish the TLS handshake after STARTTLS");
            } else {
                watchdog.stop();
            }
        }
    }

    @Override
    protected void startTLS() throws MessagingException {
        handshake = true;
        super.startTLS();
    }

    @Override
    protected OutputStream data() throws MessagingException {
        OutputStream out = super.data();
        watchdog.start("accept the message (after DATA)", messageBound == null ? Duration.ofSeconds(60) : messageBound);
        return out;
    }

    /** Plain sockets that the watchdog can close and whose input it counts; TLS is layered on them. */
    static final class Sockets extends SocketFactory {
        private final SmtpWatchdog watchdog;

        Sockets(SmtpWatchdog watchdog) {
            this.watchdog = watchdog;
        }

        @Override
        public Socket createSocket() {
            Socket s = new Socket() {
                @Override
                public InputStream getInputStream() throws IOException {
                    return watchdog.counted(super.getInputStream());
                }
            };
            watchdog.watch(s);
            return s;
        }

        @Override
        public Socket createSocket(String host, int port) throws IOException {
            return connected(new InetSocketAddress(host, port), null);
        }

        @Override
        public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
            return connected(new InetSocketAddress(host, port), new InetSocketAddress(localHost, localPort));
        }

        @Override
        public Socket createSocket(InetAddress host, int port) throws IOException {
            return connected(new InetSocketAddress(host, port), null);
        }

        @Override
        public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort) throws IOException {
            return connected(new InetSocketAddress(address, port), new InetSocketAddress(localAddress, localPort));
        }

        /** A watched socket connected to {@code remote}, bound first to {@code local} when one is given. */
        private Socket connected(InetSocketAddress remote, InetSocketAddress local) throws IOException {
            Socket s = createSocket();
            if (local != null) {
                s.bind(local);
            }
            s.connect(remote);
            return s;
        }
    }

    /**
     * A TLS socket factory (the JVM's, or a test's) that lets the watchdog close the plain socket a
     * TLS socket is layered on, which ends any read on the TLS socket too.
     */
    static final class TlsSockets extends SSLSocketFactory {
        private final SSLSocketFactory tls;
        private final SmtpWatchdog watchdog;

        TlsSockets(SSLSocketFactory tls, SmtpWatchdog watchdog) {
            this.tls = tls;
            this.watchdog = watchdog;
        }

        @Override
        public Socket createSocket(Socket plain, String host, int port, boolean autoClose) throws IOException {
            watchdog.watch(plain);
            return tls.createSocket(plain, host, port, autoClose);
        }

        @Override
        public Socket createSocket() throws IOException {
            return watched(tls.createSocket());
        }

        @Override
        public Socket createSocket(String host, int port) throws IOException {
            return watched(tls.createSocket(host, port));
        }

        @Override
        public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
            return watched(tls.createSocket(host, port, localHost, localPort));
        }

        @Override
        public Socket createSocket(InetAddress host, int port) throws IOException {
            return watched(tls.createSocket(host, port));
        }

        @Override
        public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort) throws IOException {
            return watched(tls.createSocket(address, port, localAddress, localPort));
        }

        @Override
        public String[] getDefaultCipherSuites() {
            return tls.getDefaultCipherSuites();
        }

        @Override
        public String[] getSupportedCipherSuites() {
            return tls.getSupportedCipherSuites();
        }

        private Socket watched(Socket s) {
            watchdog.watch(s);
            return s;
        }
    }
}
