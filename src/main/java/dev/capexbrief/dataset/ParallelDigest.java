package dev.capexbrief.dataset;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * The SHA-256 of the bytes written to it, worked out on a thread of its own while the writer goes
 * on: a million-row dataset and its workbook are 170 MB, which the C1-only launcher digests in about
 * a second of one core (no SHA instructions without C2), and the reader and the workbook writer each
 * leave the second core idle. Bytes go through eight reused 64 KiB buffers, so a writer that gets
 * ahead waits rather than filling the heap.
 */
public final class ParallelDigest extends OutputStream {
    private static final int BUFFER = 1 << 16;
    private static final int BUFFERS = 8;

    private record Chunk(byte[] bytes, int length) {
    }

    private static final Chunk END = new Chunk(new byte[0], 0);

    private final BlockingQueue<byte[]> free = new ArrayBlockingQueue<>(BUFFERS);
    private final BlockingQueue<Chunk> full = new ArrayBlockingQueue<>(BUFFERS + 1);
    private final MessageDigest digest = Digests.sha256();
    private final Thread worker;
    private String hex;
    private boolean ended;

    public ParallelDigest() {
        for (int i = 0; i < BUFFERS; i++) {
            free.add(new byte[BUFFER]);
        }
        worker = new Thread(this::digestAll, "capexbrief-sha256");
        worker.setDaemon(true);
        worker.start();
    }

    private void digestAll() {
        try {
            for (Chunk c = full.take(); c != END; c = full.take()) {
                digest.update(c.bytes(), 0, c.length());
                free.add(c.bytes());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        if (ended) {
            throw new IOException("digest already finished");
        }
        try {
            while (len > 0) {
                int n = Math.min(len, BUFFER);
                byte[] buffer = free.take();
                System.arraycopy(b, off, buffer, 0, n);
                full.put(new Chunk(buffer, n));
                off += n;
                len -= n;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("stopped while digesting");
        }
    }

    /** The digest of every byte written, as lower-case hex; no more can be written after. */
    public String hex() throws IOException {
        if (hex == null) {
            end();
            try {
                worker.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("stopped while digesting");
            }
            hex = Digests.hex(digest);
        }
        return hex;
    }

    private void end() {
        if (!ended) {
            ended = true;
            // room for END is kept: the queue holds one more than there are buffers
            full.add(END);
        }
    }

    /** Stops the digest thread (a writer that gave up need not ask for the digest). */
    @Override
    public void close() {
        end();
    }
}
