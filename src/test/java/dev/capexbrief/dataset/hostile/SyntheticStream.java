package dev.capexbrief.dataset.hostile;

import java.io.InputStream;

/**
 * A stream of {@code head} followed by {@code body} repeated up to {@code length} bytes, generated on
 * the fly: a "2 GB file" for a test without writing 2 GB anywhere. Counts what was read, so a
 * test can show that the reader stopped early.
 */
final class SyntheticStream extends InputStream {
    private final byte[] head;
    private final byte[] body;
    private final long length;
    private long position;

    SyntheticStream(byte[] head, byte[] body, long length) {
        this.head = head.clone();
        this.body = body.clone();
        this.length = length;
    }

    @Override
    public int read() {
        if (position >= length) {
            return -1;
        }
        return at(position++) & 0xFF;
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

    private byte at(long p) {
        return p < head.length ? head[(int) p] : body[(int) ((p - head.length) % body.length)];
    }

    /** Bytes handed out so far. */
    long consumed() {
        return position;
    }
}
