package dev.capexbrief.delivery.mail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A minimal SMTP server on a loopback port that refuses recipients whose address contains
 * "refused" with 550 and accepts everything else: what GreenMail cannot do. One connection at a
 * time; it stops when closed.
 */
final class RefusingSmtpServer implements AutoCloseable {
    private final ServerSocket socket = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
    private final List<String> accepted = new CopyOnWriteArrayList<>();
    private final Thread thread = new Thread(this::serve, "refusing-smtp");

    RefusingSmtpServer() throws IOException {
        thread.setDaemon(true);
        thread.start();
    }

    int port() {
        return socket.getLocalPort();
    }

    /** The RCPT TO addresses of the messages accepted with DATA. */
    List<String> delivered() {
        return accepted;
    }

    private void serve() {
        while (!socket.isClosed()) {
            try (Socket s = socket.accept()) {
                s.setSoTimeout(10_000);
                converse(s);
            } catch (IOException e) {
                // closed by the test, or the client hung up
            }
        }
    }

    private void converse(Socket s) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.US_ASCII));
        OutputStream out = s.getOutputStream();
        reply(out, "220 refusing ESMTP");
        String rcpt = null;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            String cmd = line.toUpperCase(java.util.Locale.ROOT);
            if (cmd.startsWith("EHLO") || cmd.startsWith("HELO")) {
                reply(out, "250-refusing\r\n250 8BITMIME");
            } else if (cmd.startsWith("RCPT")) {
                boolean refuse = line.contains("refused");
                rcpt = refuse ? null : line.substring(line.indexOf('<') + 1, line.indexOf('>'));
                reply(out, refuse ? "550 5.1.1 mailbox unavailable" : "250 OK");
            } else if (cmd.startsWith("DATA")) {
                reply(out, "354 go ahead");
                for (String d = in.readLine(); d != null && !d.equals("."); d = in.readLine()) {
                    // the message body is not needed
                }
                accepted.add(rcpt);
                reply(out, "250 accepted");
            } else if (cmd.startsWith("QUIT")) {
                reply(out, "221 bye");
                return;
            } else {
                reply(out, "250 OK");
            }
        }
    }

    private static void reply(OutputStream out, String text) throws IOException {
        out.write((text + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
