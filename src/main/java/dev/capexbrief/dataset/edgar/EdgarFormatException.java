package dev.capexbrief.dataset.edgar;

import java.io.IOException;

/**
 * A companyfacts payload (or a bulk archive holding one) that cannot be imported, with the file,
 * the JSON position where it was noticed when there is one, and what is wrong, as one line:
 * {@code CIK0000320193.json:1:20417: us-gaap:Revenues: unit "shares" is not a currency}.
 * It is an {@link IOException} like the JDK's {@code ZipException}: the input, not the program, is broken.
 */
public final class EdgarFormatException extends IOException {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final long line;
    private final long column;
    private final String problem;

    /** A problem at a position; {@code line} and {@code column} count from 1, or are 0 when unknown. */
    public EdgarFormatException(String source, long line, long column, String problem) {
        super(format(source, line, column, problem));
        this.source = source;
        this.line = Math.max(0, line);
        this.column = Math.max(0, column);
        this.problem = problem;
    }

    /** A problem with the input as a whole (an archive entry, a payload's size), without a position. */
    public EdgarFormatException(String source, String problem) {
        this(source, 0, 0, problem);
    }

    /** The file (or {@code archive.zip!/entry}) the problem is in. */
    public String source() {
        return source;
    }

    /** The JSON line of the problem, from 1; 0 when it has none. */
    public long line() {
        return line;
    }

    /** The JSON column of the problem, from 1; 0 when it has none. */
    public long column() {
        return column;
    }

    /** What is wrong, without the position. */
    public String problem() {
        return problem;
    }

    private static String format(String source, long line, long column, String problem) {
        StringBuilder sb = new StringBuilder(source);
        if (line > 0) {
            sb.append(':').append(line);
            if (column > 0) {
                sb.append(':').append(column);
            }
        }
        return sb.append(": ").append(problem).toString();
    }
}
