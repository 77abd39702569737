package dev.capexbrief.dataset;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/** Fails fast on a physical line longer than a limit, so a hostile file cannot exhaust memory. */
final class LineLimitReader extends FilterReader {
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

    LineLimitReader(Reader in, int limit) {
        super(in);
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c >= 0) {
            count((char) c);
        }
        return c;
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
        int n = super.read(buf, off, len);
        for (int i = 0; i < n; i++) {
            count(buf[off + i]);
        }
        return n;
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
        }
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
