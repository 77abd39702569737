package dev.capexbrief.dataset;

/** Helpers for quoting a user's text in a message and for spotting characters no dataset should hold. */
final class Texts {
    private static final int QUOTE_LIMIT = 60;
    /** The byte-order mark, U+FEFF. */
    static final char BOM = '\uFEFF';
    /** What to tell the user about a byte-order mark anywhere but at the very start of the file. */
    static final String STRAY_BOM = "contains a byte-order mark (U+FEFF), which belongs only at the very start of a"
            + " file; remove it (files joined together carry one at each join)";

    private Texts() {
    }

    /** {@code 'text'}, shortened with an ellipsis when long, so one bad cell cannot flood the terminal. */
    static String quote(String text) {
        return "'" + shorten(text) + "'";
    }

    /**
     * The text, shortened with an ellipsis when long and with control and invisible characters (zero-width
     * space, bidi controls, ...) written as escapes, so a message shows what is really there.
     */
    static String shorten(String text) {
        String t = text.length() <= QUOTE_LIMIT ? text : text.substring(0, QUOTE_LIMIT - 1) + "\u2026";
        StringBuilder sb = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c < ' ' || c == 0x7F || invisible(c)) {
                sb.append(String.format(java.util.Locale.ROOT, "\\u%04X", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static boolean invisible(char c) {
        int type = Character.getType(c);
        return type == Character.FORMAT || type == Character.CONTROL || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR;
    }

    /**
     * The first character that has no place in a field, or -1: control characters (line breaks and
     * tabs only where {@code multiline}), U+FFFD, which the CSV reader puts where bytes were not UTF-8,
     * and a byte-order mark, which belongs only at the very start of a file.
     */
    static int badChar(String s, boolean multiline) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < ' ' || c == 0x7F || c == '\uFFFD' || c == BOM) {
                if (!(multiline && (c == '\n' || c == '\r' || c == '\t'))) {
                    return c;
                }
            }
        }
        return -1;
    }

    /** What to tell the user about a character {@link #badChar} found. */
    static String badCharMessage(int c) {
        if (c == '\uFFFD') {
            return "is not UTF-8 text; save it as UTF-8 (in Excel: CSV UTF-8)";
        }
        if (c == BOM) {
            return STRAY_BOM;
        }
        return String.format(java.util.Locale.ROOT, "contains a control character (U+%04X); remove it", c);
    }
}
