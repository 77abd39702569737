package dev.capexbrief.dataset;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Fails fast on a physical line longer than a limit, so a hostile file cannot exhaust memory; and, as
 * the one reader that knows lines, notes the lines where a byte-order mark stands after the start.
 */
final class LineLimitReader extends FilterReader {
    /** Lines with a stray byte-order mark kept, at most: more is one problem repeated. */
    private static final int MAX_BOM_LINES = 1000;

    /** A line over the limit. */
    static final class LineTooLongException extends IOException {
        private static final long serialVersionUID = 1L;
        private final long line;

        LineTooLongException(long line) {
            super("line " + line + " is too long");
            this.line = line;
        }

        long line() {
            return line;
        }
    }

    private final int limit;
    private boolean afterCr;
    private int run;
    private long line = 1;
    private int markedRun;
    private long markedLine;
    private boolean markedAfterCr;
    private final java.util.TreeSet<Long> bomLines = new java.util.TreeSet<>();

    private final boolean dropBoms;

    /**
     * @param dropBoms take stray byte-order marks out of the text (after noting their lines), for a
     *                 parser that would otherwise read one before a key as part of the key
     */
    LineLimitReader(Reader in, int limit, boolean dropBoms) {
        super(in);
        this.limit = limit;
        this.dropBoms = dropBoms;
    }

    @Override
    public int read() throws IOException {
        int c;
        do {
            c = super.read();
            if (c >= 0) {
                count((char) c);
            }
        } while (dropBoms && c == Texts.BOM);
        return c;
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
        int kept;
        do {
            int n = super.read(buf, off, len);
            if (n <= 0) {
                return n;
            }
            kept = 0;
            for (int i = 0; i < n; i++) {
                char c = buf[off + i];
                count(c);
                if (!(dropBoms && c == Texts.BOM)) {
                    buf[off + kept++] = c;
                }
            }
        } while (kept == 0);
        return kept;
    }

    /** Counts lines ended by LF, CRLF or a lone CR (old Mac exports), as the CSV parser does. */
    private void count(char c) throws LineTooLongException {
        if (c == '\n' && afterCr) {
            afterCr = false;
        } else if (c == '\n' || c == '\r') {
            afterCr = c == '\r';
            run = 0;
            line++;
        } else if (++run > limit) {
            throw new LineTooLongException(line);
        } else {
            afterCr = false;
            if (c == Texts.BOM && bomLines.size() < MAX_BOM_LINES) {
                bomLines.add(line);
            }
        }
    }

    /**
     * The lines read so far that hold a byte-order mark (one at the very start of the file is taken
     * off before this reader sees it, so every one here is stray: files joined, or pasted in).
     */
    java.util.SortedSet<Long> bomLines() {
        return java.util.Collections.unmodifiableSortedSet(bomLines);
    }

    /** The line being read, 1-based. */
    long line() {
        return line;
    }

    @Override
    public void mark(int readAheadLimit) throws IOException {
        super.mark(readAheadLimit);
        markedRun = run;
        markedLine = line;
        markedAfterCr = afterCr;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        run = markedRun;
        line = markedLine;
        afterCr = markedAfterCr;
    }
}
