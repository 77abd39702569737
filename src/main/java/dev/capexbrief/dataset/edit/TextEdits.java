package dev.capexbrief.dataset.edit;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Edits to a text file addressed by line number: lines inserted after a line, or a run of lines
 * replaced. Applying them streams the file through, so every line that is not edited is copied
 * byte for byte, whatever its encoding quirks, comments or quoting.
 */
final class TextEdits {
    /** Where inserted text goes: after the last line. */
    static final long END = Long.MAX_VALUE;

    /** Lines inserted after line {@code after} (0: before the first line; {@link #END}: after the last). */
    static final class Insert {
        private final long after;
        private final byte[] text;
        private final int order;

        private Insert(long after, byte[] text, int order) {
            this.after = after;
            this.text = text;
            this.order = order;
        }
    }

    private record Replace(long from, long to, byte[] text) {
    }

    private final LineBreaks breaks;
    private final String lineEnding;
    private final List<Insert> inserts = new ArrayList<>();
    private final Map<Long, Replace> replaces = new HashMap<>();

    TextEdits(LineBreaks breaks, String lineEnding) {
        this.breaks = breaks;
        this.lineEnding = lineEnding;
    }

    boolean isEmpty() {
        return inserts.isEmpty() && replaces.isEmpty();
    }

    /** Inserts {@code text} (whole lines, each ending with the file's line ending) after line {@code after}. */
    Insert insertAfter(long after, String text) {
        Insert i = new Insert(after, text.getBytes(StandardCharsets.UTF_8), inserts.size());
        inserts.add(i);
        return i;
    }

    /** Replaces lines {@code from} to {@code to} with {@code text} (whole lines); replaced runs must not overlap. */
    void replace(long from, long to, String text) {
        for (Replace r : replaces.values()) {
            if (from <= r.to() && r.from() <= to) {
                throw new IllegalStateException("overlapping edits at lines " + from + "-" + to);
            }
        }
        replaces.put(from, new Replace(from, to, text.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Copies {@code in} to {@code out} with the edits applied and returns the line each insert begins
     * on in the output. A last line without a line break gets one before anything is inserted after it.
     */
    Map<Insert, Long> apply(InputStream in, OutputStream out) throws IOException {
        List<Insert> pending = new ArrayList<>(inserts);
        pending.sort(Comparator.comparingLong((Insert i) -> i.after).thenComparingInt(i -> i.order));
        Map<Insert, Long> lines = new HashMap<>();
        LineSource source = new LineSource(in, breaks);
        long line = 0;
        long written = 0;
        int next = 0;
        boolean broken = true;
        while (next < pending.size() && pending.get(next).after == 0) {
            written = emit(pending.get(next++), out, lines, written, true);
        }
        for (;;) {
            Replace r = replaces.get(line + 1);
            if (r != null) {
                for (long skip = r.from(); skip <= r.to(); skip++) {
                    if (!source.next(null)) {
                        throw new IOException("the file changed while it was edited (line " + skip + " is gone)");
                    }
                }
                out.write(r.text());
                written += count(r.text());
                line = r.to();
                broken = true;
            } else if (source.next(out)) {
                line++;
                written++;
                broken = source.lastHadBreak();
            } else {
                break;
            }
            while (next < pending.size() && pending.get(next).after == line) {
                written = emit(pending.get(next++), out, lines, written, broken);
                broken = true;
            }
        }
        while (next < pending.size()) {
            written = emit(pending.get(next++), out, lines, written, broken);
            broken = true;
        }
        return lines;
    }

    private long emit(Insert i, OutputStream out, Map<Insert, Long> lines, long written, boolean broken) throws IOException {
        if (!broken) {
            out.write(lineEnding.getBytes(StandardCharsets.US_ASCII));
        }
        lines.put(i, written + 1);
        out.write(i.text);
        return written + count(i.text);
    }

    private int count(byte[] text) {
        int n = 0;
        for (int i = 0; i < text.length; ) {
            int len = breaks.length(text, i, text.length);
            if (len > 0) {
                n++;
                i += len;
            } else {
                i++;
            }
        }
        return n;
    }
}
