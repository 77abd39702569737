package dev.capexbrief.render.excel;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

/**
 * Writes a worksheet's rows as SpreadsheetML ({@code <row>} and {@code <c>} elements) straight into
 * a byte stream, so a sheet of a million rows costs a buffer, not a million cell objects. Text is
 * always a string cell (never a formula, whatever it starts with), numbers are numbers, and each
 * cell names its own reference ("C12"), as Excel writes them.
 *
 * <p>Strings go to a {@link SharedStrings} table while it has room (the Data rows), inline
 * otherwise or without one (the analysis sheets); either way the cell's content is the same. Rows must come in ascending order and,
 * within a row, cells in ascending column order.
 */
final class SheetXml {
    private static final byte[][] COLUMN_CACHE = new byte[64][];

    static {
        for (int c = 0; c < COLUMN_CACHE.length; c++) {
            COLUMN_CACHE[c] = columnName(c).getBytes(StandardCharsets.US_ASCII);
        }
    }

    private final OutputStream out;
    private final SharedStrings strings;
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private byte[] rowNumber = new byte[0];
    private int rowNumberLength;

    SheetXml(OutputStream out, SharedStrings strings) {
        this.out = out;
        this.strings = strings;
    }

    /** Starts row {@code r} (0-based); {@code heightPoints} is a custom height, or NaN for the default. */
    void startRow(int r, float heightPoints) throws IOException {
        String n = Integer.toString(r + 1);
        rowNumberLength = n.length();
        if (rowNumber.length < rowNumberLength) {
            rowNumber = new byte[16];
        }
        for (int i = 0; i < rowNumberLength; i++) {
            rowNumber[i] = (byte) n.charAt(i);
        }
        ascii("<row r=\"");
        bytes(rowNumber, rowNumberLength);
        if (!Float.isNaN(heightPoints)) {
            ascii("\" ht=\"");
            ascii(Float.toString(heightPoints));
            ascii("\" customHeight=\"1");
        }
        ascii("\">");
    }

    void endRow() throws IOException {
        ascii("</row>");
    }

    /** A string cell; the text is written as it is (callers clean it of characters XML cannot carry). */
    void text(int c, String text, int style) throws IOException {
        int index = strings == null ? -1 : strings.index(text);
        open(c, style);
        if (index >= 0) {
            ascii(" t=\"s\"><v>");
            ascii(Integer.toString(index));
            ascii("</v></c>");
        } else {
            ascii(preserve(text) ? " t=\"inlineStr\"><is><t xml:space=\"preserve\">" : " t=\"inlineStr\"><is><t>");
            escaped(text);
            ascii("</t></is></c>");
        }
    }

    /** A number cell. */
    void number(int c, double value, int style) throws IOException {
        open(c, style);
        ascii("><v>");
        ascii(Double.toString(value));
        ascii("</v></c>");
    }

    /**
     * A number cell from an exact decimal: written as its digits when a double reads them back to
     * the same value (always so for up to 15 significant digits), which is shorter and faster than
     * the double's own text and means the same number.
     */
    void number(int c, BigDecimal value, int style) throws IOException {
        if (value.precision() > 15 || Math.abs(value.scale()) > 20) {
            number(c, value.doubleValue(), style);
            return;
        }
        open(c, style);
        ascii("><v>");
        ascii(value.toPlainString());
        ascii("</v></c>");
    }

    /** A whole number, such as a date's serial day number. */
    void integer(int c, long value, int style) throws IOException {
        open(c, style);
        ascii("><v>");
        ascii(Long.toString(value));
        ascii("</v></c>");
    }

    /** A formula with its cached numeric result. */
    void formula(int c, String formula, double cached, int style) throws IOException {
        open(c, style);
        ascii("><f>");
        escaped(formula);
        ascii("</f><v>");
        ascii(Double.toString(cached));
        ascii("</v></c>");
    }

    /** An empty cell that carries a style (a fill or border on a blank cell). */
    void blank(int c, int style) throws IOException {
        open(c, style);
        ascii("/>");
    }

    /** Raw markup (element names and attributes only, ASCII). */
    @SuppressWarnings("deprecation") // String.getBytes(int, int, byte[], int): lossy beyond ASCII, which markup never is
    void ascii(String s) throws IOException {
        int n = s.length();
        if (pos + n > buf.length) {
            flushBuffer();
            if (n > buf.length) {
                out.write(s.getBytes(StandardCharsets.US_ASCII));
                return;
            }
        }
        s.getBytes(0, n, buf, pos); // exact for ASCII, and an intrinsic: the markup is most of the bytes
        pos += n;
    }

    /** Copies markup written earlier by another writer (a frozen sheet's rows). */
    void copy(InputStream in) throws IOException {
        flushBuffer();
        in.transferTo(out);
    }

    void flush() throws IOException {
        flushBuffer();
        out.flush();
    }

    /**
     * Text as XML character data, escaped the way POI escapes it: markup characters as entities,
     * line breaks and tabs as character references, and characters XML 1.0 cannot carry as '?'.
     */
    void escaped(String s) throws IOException {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            if (pos + 12 > buf.length) {
                flushBuffer();
            }
            char ch = s.charAt(i);
            if (ch < 0x80) {
                switch (ch) {
                    case '<' -> entity("&lt;");
                    case '>' -> entity("&gt;");
                    case '&' -> entity("&amp;");
                    case '"' -> entity("&quot;");
                    case '\n' -> entity("&#xa;");
                    case '\r' -> entity("&#xd;");
                    case '\t' -> entity("&#x9;");
                    default -> buf[pos++] = (byte) (ch < 0x20 ? '?' : ch);
                }
            } else if (ch < 0x800) {
                buf[pos++] = (byte) (0xC0 | (ch >> 6));
                buf[pos++] = (byte) (0x80 | (ch & 0x3F));
            } else if (Character.isHighSurrogate(ch) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                int cp = Character.toCodePoint(ch, s.charAt(++i));
                buf[pos++] = (byte) (0xF0 | (cp >> 18));
                buf[pos++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                buf[pos++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                buf[pos++] = (byte) (0x80 | (cp & 0x3F));
            } else if (Character.isSurrogate(ch) || ch >= 0xFFFE) {
                buf[pos++] = '?';
            } else if (ch == 0xA0) {
                entity("&#xa0;");
            } else {
                buf[pos++] = (byte) (0xE0 | (ch >> 12));
                buf[pos++] = (byte) (0x80 | ((ch >> 6) & 0x3F));
                buf[pos++] = (byte) (0x80 | (ch & 0x3F));
            }
        }
    }

    /** True when leading or trailing white space must be kept with xml:space="preserve". */
    static boolean preserve(String s) {
        return !s.isEmpty() && (Character.isWhitespace(s.charAt(0)) || Character.isWhitespace(s.charAt(s.length() - 1)));
    }

    /** "A" for column 0, "Z" for 25, "AA" for 26. */
    static String columnName(int c) {
        StringBuilder sb = new StringBuilder();
        for (int n = c + 1; n > 0; n = (n - 1) / 26) {
            sb.append((char) ('A' + (n - 1) % 26));
        }
        return sb.reverse().toString();
    }

    private void open(int c, int style) throws IOException {
        if (pos + 64 > buf.length) {
            flushBuffer();
        }
        ascii("<c r=\"");
        if (c < COLUMN_CACHE.length) {
            bytes(COLUMN_CACHE[c], COLUMN_CACHE[c].length);
        } else {
            ascii(columnName(c));
        }
        bytes(rowNumber, rowNumberLength);
        buf[pos++] = '"';
        if (style > 0) {
            ascii(" s=\"");
            ascii(Integer.toString(style));
            buf[pos++] = '"';
        }
    }

    private void entity(String e) {
        for (int i = 0; i < e.length(); i++) {
            buf[pos++] = (byte) e.charAt(i);
        }
    }

    private void bytes(byte[] b, int n) throws IOException {
        if (pos + n > buf.length) {
            flushBuffer();
        }
        System.arraycopy(b, 0, buf, pos, n);
        pos += n;
    }

    private void flushBuffer() throws IOException {
        if (pos > 0) {
            out.write(buf, 0, pos);
            pos = 0;
        }
    }
}
