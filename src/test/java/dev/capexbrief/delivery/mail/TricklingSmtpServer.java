package dev.capexbrief.delivery.mail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * An SMTP server on a loopback port that never finishes one reply: it sends continuation lines
 * ({@code 220-}, {@code 250-}) one every 100 ms forever, or as fast as it can, so that no single
 * read ever times out. Up to the step it stalls at it answers like a plain relay.
 */
public final class TricklingSmtpServer implements AutoCloseable {
    /** Where the server stalls. */
    public enum Stall {
        /** the greeting: "220-" lines forever */
        GREETING,
        /** the reply to EHLO */
        EHLO,
        /** the reply after the message's final "." */
        MESSAGE,
        /** the greeting, as fast as the socket takes it (a flood) */
        FLOOD
    }

    private final ServerSocket socket = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
    private final Stall stall;

    public TricklingSmtpServer(Stall stall) throws IOException {
        this.stall = stall;
        Thread t = new Thread(this::serve, "trickling-smtp");
        t.setDaemon(true);
        t.start();
    }

    public int port() {
        return socket.getLocalPort();
    }

    private void serve() {
        while (!socket.isClosed()) {
            try {
                Socket s = socket.accept();
                Thread t = new Thread(() -> converse(s), "trickling-smtp-conversation");
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                // closed by the test
            }
        }
    }

    private void converse(Socket s) {
        try (s) {
            OutputStream out = s.getOutputStream();
            if (stall == Stall.GREETING || stall == Stall.FLOOD) {
                trickle(out, "220", stall == Stall.FLOOD);
            }
            reply(out, "220 trickling ESMTP");
            BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.US_ASCII));
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String cmd = line.toUpperCase(Locale.ROOT);
                if (cmd.startsWith("EHLO") && stall == Stall.EHLO) {
                    trickle(out, "250", false);
                } else if (cmd.startsWith("EHLO") || cmd.startsWith("HELO")) {
                    reply(out, "250-trickling\r\n250 8BITMIME");
                } else if (cmd.startsWith("DATA")) {
                    reply(out, "354 go ahead");
                    for (String d = in.readLine(); d != null && !d.equals("."); d = in.readLine()) {
                        // the body is not needed
                    }
                    trickle(out, "250", false);
                } else if (cmd.startsWith("QUIT")) {
                    reply(out, "221 bye");
                    return;
                } else {
                    reply(out, "250 OK");
                }
            }
        } catch (IOException | InterruptedException e) {
            // the client hung up, as it should
        }
    }

    private void trickle(OutputStream out, String code, boolean flood) throws IOException, InterruptedException {
        byte[] line = (code + "-still going, not done yet " + "x".repeat(flood ? 900 : 10) + "\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        while (!socket.isClosed()) {
            out.write(line);
            out.flush();
            if (!flood) {
                Thread.sleep(100);
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
