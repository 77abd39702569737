package dev.capexbrief.render.excel;

import java.net.URI;
import java.net.URISyntaxException;

/** Rules for text that goes into cells. */
final class Text {
    /** Excel's limit for one cell. */
    static final int MAX_CELL_CHARS = 32_767;

    private Text() {
    }

    /**
     * True for text Excel would take as a formula if typed: starting with = + - or @. Such text is
     * still written as a string cell; this only decides the quote prefix.
     */
    static boolean looksLikeFormula(String s) {
        if (s.isEmpty()) {
            return false;
        }
        char c = s.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@';
    }

    /** Drops control characters XML 1.0 cannot carry and cuts text to Excel's cell limit. */
    static String clean(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean bad = (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0xFFFE || c == 0xFFFF;
            if (bad && sb == null) {
                sb = new StringBuilder(s.substring(0, i));
            }
            if (sb != null && !bad) {
                sb.append(c);
            }
        }
        String out = sb == null ? s : sb.toString();
        return out.length() > MAX_CELL_CHARS ? out.substring(0, MAX_CELL_CHARS) : out;
    }

    /** An absolute http(s) address that parses as a URI; nothing else becomes a hyperlink. */
    static boolean isWebLink(String s) {
        if (s == null) {
            return false;
        }
        String t = s.strip();
        if (!(t.startsWith("http://") || t.startsWith("https://")) || t.length() > 2000) {
            return false;
        }
        try {
            URI uri = new URI(t);
            return uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** How many lines wrapped text needs in a cell this many characters wide. */
    static int lines(String text, int charsPerLine) {
        int lines = 0;
        for (String para : text.split("\n", -1)) {
            lines += Math.max(1, (para.length() + charsPerLine - 1) / charsPerLine);
        }
        return lines;
    }

    /** The last part of a path, so a workbook sent to clients does not show the sender's folders. */
    static String fileName(String path) {
        int cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return cut < 0 ? path : path.substring(cut + 1);
    }

    /**
     * A long web address shortened for display ("https://host/start…end"); the link itself keeps
     * the full address. Addresses have no spaces, so they cannot wrap and would run off the page.
     */
    static String shortUrl(String url, int max) {
        if (url.length() <= max) {
            return url;
        }
        int tail = max / 3;
        return url.substring(0, max - tail - 1) + "\u2026" + url.substring(url.length() - tail);
    }
}
