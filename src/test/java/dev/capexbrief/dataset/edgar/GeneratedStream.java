package dev.capexbrief.dataset.edgar;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * {@code head}, then {@code body} repeated, up to {@code length} bytes, made on the fly: a 100 MB
 * payload for a test without 100 MB anywhere. Counts what was read, to show the reader stopped early.
 */
final class GeneratedStream extends InputStream {
    private final byte[] head;
    private final byte[] body;
    private final long length;
    private long position;

    GeneratedStream(String head, String body, long length) {
        this.head = head.getBytes(StandardCharsets.UTF_8);
        this.body = body.getBytes(StandardCharsets.UTF_8);
        this.length = length;
    }

    @Override
    public int read() {
        return position >= length ? -1 : at(position++) & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) {
        if (position >= length) {
            return -1;
        }
        int n = (int) Math.min(len, length - position);
        for (int i = 0; i < n; i++) {
            b[off + i] = at(position++);
        }
        return n;
    }

    /** Bytes handed out so far. */
    long consumed() {
        return position;
    }

    private byte at(long p) {
        return p < head.length ? head[(int) p] : body[(int) ((p - head.length) % body.length)];
    }
}
