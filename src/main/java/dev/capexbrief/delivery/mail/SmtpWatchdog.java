package dev.capexbrief.delivery.mail;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * A bound on the total time of each step of one SMTP session (connecting, the greeting, the reply
 * to each command, the TLS handshake, the message after DATA). A read timeout bounds one read
 * only, so a server that trickles a reply, a line every 100 ms forever, would never time out;
 * when a step runs past its deadline the watchdog closes the socket, which ends the read that is
 * waiting, and remembers which step it was. It also refuses a reply that grows past
 * {@link #MAX_REPLY_BYTES} on the sockets it made, so a flood cannot fill the memory meanwhile.
 */
final class SmtpWatchdog implements AutoCloseable {
    /** The most a server may send in one step: a greeting or reply is a few hundred bytes. */
    static final long MAX_REPLY_BYTES = 1 << 20;

    private final Duration limit;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "smtp-watchdog");
        t.setDaemon(true);
        return t;
    });
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private ScheduledFuture<?> pending;
    private volatile String step = "finish connecting";
    private volatile Duration stepLimit;
    private volatile String expired;
    private volatile boolean flooded;
    private long received;

    SmtpWatchdog(Duration limit) {
        this.limit = limit;
        this.stepLimit = limit;
    }

    /** Starts a step that must end within the limit ({@code step} as in "did not STEP within 20 s"). */
    void start(String step) {
        start(step, limit);
    }

    /** Starts a step with a longer bound (the message after DATA, which grows with its attachments). */
    synchronized void start(String step, Duration bound) {
        stop();
        this.step = step;
        this.stepLimit = bound;
        this.received = 0;
        pending = timer.schedule(this::expire, bound.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Ends the step: local work (building the next message) is not the server's time. */
    synchronized void stop() {
        if (pending != null) {
            pending.cancel(false);
            pending = null;
        }
    }

    /** The socket to close when a step runs out of time. */
    void watch(Socket socket) {
        sockets.add(socket);
    }

    /** The step that ran out of time (or was flooded), or null. */
    String expired() {
        return expired;
    }

    /** Whether the step ended because the server sent too much, not because it took too long. */
    boolean flooded() {
        return flooded;
    }

    /** The step under way, or the last one. */
    String step() {
        return step;
    }

    /** The bound of that step. */
    Duration stepLimit() {
        return stepLimit;
    }

    /** A socket's input, counted against the step's byte limit. */
    InputStream counted(InputStream in) {
        return new FilterInputStream(in) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                count(b < 0 ? 0 : 1);
                return b;
            }

            @Override
            public int read(byte[] buf, int off, int len) throws IOException {
                int n = super.read(buf, off, len);
                count(Math.max(n, 0));
                return n;
            }
        };
    }

    private synchronized void count(int n) throws IOException {
        received += n;
        if (received > MAX_REPLY_BYTES) {
            flooded = true;
            expired = step;
            stop();
            closeSockets();
            throw new IOException("more than " + MAX_REPLY_BYTES + " bytes in one reply");
        }
    }

    private void expire() {
        synchronized (this) {
            expired = step;
        }
        closeSockets();
    }

    private void closeSockets() {
        for (Socket s : sockets) {
            try {
                s.close();
            } catch (IOException e) {
                // closing is all the watchdog can do; the read that waits on it fails either way
            }
        }
    }

    @Override
    public void close() {
        stop();
        timer.shutdownNow();
    }
}
