package dev.capexbrief.delivery;

/**
 * Text from a user (an address, a file name, a flag's value) made safe to echo in a one-line
 * message: every control character is written as an escape, so a value holding CR LF or ESC can
 * neither split a message over two lines nor send a terminal control sequence.
 */
public final class OneLine {
    private OneLine() {
    }

    /**
     * The text with CR, LF and TAB as {@code \r}, {@code \n}, {@code \t} and every other C0 or C1
     * control character, DEL and the Unicode line and paragraph separators as {@code \}{@code u001b}.
     */
    public static String escape(String text) {
        if (text == null) {
            return "null";
        }
        int i = 0;
        while (i < text.length() && !control(text.charAt(i))) {
            i++;
        }
        if (i == text.length()) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length() + 16).append(text, 0, i);
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\r' -> sb.append("\\r");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (control(c)) {
                        sb.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }

    /** {@code 'text'}, escaped. */
    public static String quote(String text) {
        return "'" + escape(text) + "'";
    }

    private static boolean control(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029';
    }
}
