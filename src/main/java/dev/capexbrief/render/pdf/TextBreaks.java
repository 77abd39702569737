package dev.capexbrief.render.pdf;

import com.lowagie.text.pdf.DefaultSplitCharacter;
import com.lowagie.text.pdf.PdfChunk;

/**
 * Where a line of briefing text may break: at spaces as usual, but never inside a number or a
 * date ("-8%", "2025-02-07", "$60–65B"), so a figure is never split across two lines. A hyphen
 * between letters ("like-for-like") still breaks. A period of months is one word: "Jan–Mar 2025"
 * and "Jul 2025–Jun 2026" break neither between their months nor before a year. In prose a
 * currency code stays with its amount ("RMB 143B"); in a table cell a comparison's lead word stays
 * with its figure ("from 18.7%", "to +124.2%"). {@link #units} gives the pieces a line may not
 * break, for the column widths ({@link ColumnWidths}) to measure.
 */
final class TextBreaks extends DefaultSplitCharacter {
    /** Prose, cards and headings: a currency code stays on the line of its amount, a quarter's months with its year. */
    static final TextBreaks INSTANCE = new TextBreaks(true);
    /**
     * Table cells: a narrow column may set "RMB" over "1,398–1,470B‡" rather than split the figure,
     * as the column widths ({@link ColumnWidths}) count on.
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
            if (month(wordBefore(start, current, cc, ck)) && month(wordAfter(current, end, cc, ck))) {
                return false; // "Jan–Mar": one period
            }
            return Character.isLetter(before) && Character.isLetter(after);
        }
        if (c == ' ' && current + 1 < end && Character.isDigit(getCurrentCharacter(current + 1, cc, ck))) {
            if (prose && currencyCodeBefore(start, current, cc, ck)) {
                return false; // "RMB 143B", "EUR 12.5B": the code stays with its amount
            }
            if (month(wordBefore(start, current, cc, ck))) {
                return false; // "Mar 2025": a month stays with its year
            }
        }
        if (!prose && c == ' ' && current + 1 < end && figure(current + 1, end, cc, ck)
                && LEADS.contains(wordBefore(start, current, cc, ck))) {
            return false; // "from 18.7%", "to +124.2%": a comparison stays whole in a cell
        }
        return super.isSplitCharacter(start, current, end, cc, ck);
    }

    /** The words that lead a comparison in a table cell's second line. */
    private static final java.util.Set<String> LEADS = java.util.Set.of("from", "was", "to", "vs");

    /** Whether a figure starts at {@code at}: a digit, after a sign, a tilde or a dollar sign. */
    private boolean figure(int at, int end, char[] cc, PdfChunk[] ck) {
        int i = at;
        while (i < end && "+-~$\u2212".indexOf(getCurrentCharacter(i, cc, ck)) >= 0) {
            i++;
        }
        return i < end && Character.isDigit(getCurrentCharacter(i, cc, ck));
    }

    /**
     * The pieces of {@code text} a line never breaks inside: it breaks at a space between two of
     * them (the space dropped) or after a hyphen that ends one.
     */
    java.util.List<String> units(String text) {
        char[] cc = text.toCharArray();
        java.util.List<String> out = new java.util.ArrayList<>();
        int from = 0;
        for (int i = 0; i < cc.length; i++) {
            if (isSplitCharacter(0, i, cc.length, cc, null)) {
                int to = Character.isWhitespace(cc[i]) ? i : i + 1;
                if (to > from) {
                    out.add(new String(cc, from, to - from));
                }
                from = i + 1;
            }
        }
        if (from < cc.length) {
            out.add(text.substring(from));
        }
        return out;
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
