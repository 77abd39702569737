package dev.capexbrief.dataset.edit;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/** Reads a file line by line as bytes, copying or skipping each line with its break exactly as it is. */
final class LineSource {
    private final InputStream in;
    private final LineBreaks breaks;
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private int lim;
    private boolean eof;
    private boolean lastHadBreak = true;

    LineSource(InputStream in, LineBreaks breaks) {
        this.in = in;
        this.breaks = breaks;
    }

    /** Whether the line last copied ended with a line break (false for a last line without one). */
    boolean lastHadBreak() {
        return lastHadBreak;
    }

    /** Copies the next line and its break to {@code out} (or skips it when {@code out} is null); false at the end. */
    boolean next(OutputStream out) throws IOException {
        if (pos == lim && !refill()) {
            return false;
        }
        int start = pos;
        for (;;) {
            if (pos == lim) {
                write(out, start, pos);
                if (!refill()) {
                    lastHadBreak = false;
                    return true;
                }
                start = pos;
            }
            byte b = buf[pos];
            if (breaks.mayStart(b)) {
                if (lim - pos < LineBreaks.MAX_BYTES && !eof) {
                    write(out, start, pos);
                    compact();
                    start = pos;
                    continue;
                }
                int n = breaks.length(buf, pos, lim);
                if (n > 0) {
                    pos += n;
                    write(out, start, pos);
                    lastHadBreak = true;
                    return true;
                }
            }
            pos++;
        }
    }

    private void write(OutputStream out, int from, int to) throws IOException {
        if (out != null && to > from) {
            out.write(buf, from, to - from);
        }
    }

    /** Reads more after everything buffered was used; false at the end of the input. */
    private boolean refill() throws IOException {
        pos = 0;
        lim = 0;
        if (eof) {
            return false;
        }
        int n = in.read(buf);
        if (n < 0) {
            eof = true;
            return false;
        }
        lim = n;
        return true;
    }

    /** Keeps the unread bytes and reads until a line break can be told apart (or the input ends). */
    private void compact() throws IOException {
        int left = lim - pos;
        System.arraycopy(buf, pos, buf, 0, left);
        pos = 0;
        lim = left;
        while (lim < LineBreaks.MAX_BYTES && !eof) {
            int n = in.read(buf, lim, buf.length - lim);
            if (n < 0) {
                eof = true;
            } else {
                lim += n;
            }
        }
    }
}
