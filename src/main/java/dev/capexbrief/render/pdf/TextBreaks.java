package dev.capexbrief.render.pdf;

import com.lowagie.text.pdf.DefaultSplitCharacter;
import com.lowagie.text.pdf.PdfChunk;

/**
 * Where a line of briefing text may break: at spaces as usual, but never inside a number or a
 * date ("-8%", "2025-02-07", "$60–65B") nor between a currency code and its amount ("RMB 143B"), so a figure is never split across two lines. A hyphen
 * between letters ("like-for-like") still breaks. In prose a period of months is one word too:
 * "Jan–Mar 2025" breaks neither between its months nor before its year.
 */
final class TextBreaks extends DefaultSplitCharacter {
    /** Prose, cards and headings: a currency code stays on the line of its amount, a quarter's months with its year. */
    static final TextBreaks INSTANCE = new TextBreaks(true);
    /**
     * Table cells: a narrow column may set "RMB" over "1,398–1,470B‡" (and "Jan–Mar" over "2025")
     * rather than split the figure, as the column widths ({@link ColumnWidths}) count on.
     */
    static final TextBreaks CELLS = new TextBreaks(false);

    private static final java.util.Set<String> MONTHS = java.util.Set.of("Jan", "Feb", "Mar", "Apr", "May", "Jun",
            "Jul", "Aug", "Sep", "Oct", "Nov", "Dec");

    /** Whether the text is prose: a currency code keeps to its amount and a period of months to its year. */
    private final boolean prose;

    private TextBreaks(boolean prose) {
        this.prose = prose;
    }

    @Override
    public boolean isSplitCharacter(int start, int current, int end, char[] cc, PdfChunk[] ck) {
        if (ck == null && cc.length == 1 && cc[0] == ' ' && start == 0 && current == 0 && end == 1) {
            // OpenPDF's PdfChunk.split asks about a lone space, out of context, whether it may break
            // at the last space of a line regardless of what this class said about that space in its
            // text; no: every space has already been asked about where it stands
            return false;
        }
        char c = getCurrentCharacter(current, cc, ck);
        if (c == '-' || c == '\u2010' || c == '\u2013') {
            char before = current > start ? getCurrentCharacter(current - 1, cc, ck) : ' ';
            char after = current + 1 < end ? getCurrentCharacter(current + 1, cc, ck) : ' ';
            if (prose && month(wordBefore(start, current, cc, ck)) && month(wordAfter(current, end, cc, ck))) {
                return false; // "Jan–Mar": one period
            }
            return Character.isLetter(before) && Character.isLetter(after);
        }
        if (prose && c == ' ' && current + 1 < end && Character.isDigit(getCurrentCharacter(current + 1, cc, ck))) {
            if (currencyCodeBefore(start, current, cc, ck)) {
                return false; // "RMB 143B", "EUR 12.5B": the code stays with its amount
            }
            if (month(wordBefore(start, current, cc, ck))) {
                return false; // "Mar 2025": a month stays with its year
            }
        }
        return super.isSplitCharacter(start, current, end, cc, ck);
    }

    private static boolean month(String word) {
        return MONTHS.contains(word);
    }

    /** The letters just before {@code current}, back to the first character that is not one. */
    private String wordBefore(int start, int current, char[] cc, PdfChunk[] ck) {
        int from = current;
        while (from > start && Character.isLetter(getCurrentCharacter(from - 1, cc, ck))) {
            from--;
        }
        StringBuilder out = new StringBuilder();
        for (int i = from; i < current; i++) {
            out.append(getCurrentCharacter(i, cc, ck));
        }
        return out.toString();
    }

    /** The letters just after {@code current}, up to the first character that is not one. */
    private String wordAfter(int current, int end, char[] cc, PdfChunk[] ck) {
        StringBuilder out = new StringBuilder();
        for (int i = current + 1; i < end && Character.isLetter(getCurrentCharacter(i, cc, ck)); i++) {
            out.append(getCurrentCharacter(i, cc, ck));
        }
        return out.toString();
    }

    /** Whether the three characters before {@code current} are a currency code: capitals, a word of their own. */
    private boolean currencyCodeBefore(int start, int current, char[] cc, PdfChunk[] ck) {
        if (current - 3 < start) {
            return false;
        }
        for (int i = current - 3; i < current; i++) {
            char x = getCurrentCharacter(i, cc, ck);
            if (x < 'A' || x > 'Z') {
                return false;
            }
        }
        return current - 4 < start || !Character.isLetterOrDigit(getCurrentCharacter(current - 4, cc, ck));
    }
}
