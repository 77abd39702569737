package dev.capexbrief.render.pdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * A PDF as readable text for a golden file's diff: the file as it is, with each deflated stream
 * inflated in place (content streams, XMP), binary stream content (font subsets, the colour
 * profile) shown as its length and SHA-256, and what depends on the compressed sizes alone (stream
 * lengths, the cross-reference offsets) left out. Two PDFs whose forms are equal differ only in how
 * their streams were deflated.
 */
final class PdfDump {
    private static final Pattern STREAM = Pattern.compile(">>\\s*stream(\r\n|\n)");
    /** Streams shown by their digest: font programs (/Length1), colour profiles (/N), images. */
    private static final Pattern BINARY = Pattern.compile("/Length[123] |/N \\d|/Subtype\\s*/Image");

    private PdfDump() {
    }

    static String of(byte[] pdf) {
        String s = new String(pdf, StandardCharsets.ISO_8859_1);
        StringBuilder out = new StringBuilder();
        Matcher m = STREAM.matcher(s);
        int from = 0;
        while (m.find(from)) {
            int objectStart = Math.max(0, s.lastIndexOf(" obj", m.start()));
            String dictionary = s.substring(objectStart, m.start());
            boolean flate = dictionary.contains("/FlateDecode");
            boolean binary = BINARY.matcher(dictionary).find();
            int dataStart = m.end();
            int end = s.indexOf("endstream", dataStart);
            if (end < 0) {
                break;
            }
            out.append(s, from, dataStart);
            byte[] data = java.util.Arrays.copyOfRange(pdf, dataStart, end);
            byte[] content = flate ? inflate(data) : data;
            out.append(content == null ? "[a deflated stream that does not inflate: " + describe(data) + "]"
                    : !binary ? escaped(content)
                    : "[" + (flate ? "inflated " : "") + describe(content) + "]").append('\n');
            from = end;
        }
        out.append(s.substring(from));
        return out.toString().replaceAll("/Length \\d+", "/Length _")
                .replaceAll("(?m)^\\d{10} (\\d{5}) ([nf])\\s*$", "__________ $1 $2")
                .replaceAll("startxref\\s+\\d+", "startxref _");
    }

    private static byte[] inflate(byte[] data) {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(data);
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            byte[] buf = new byte[8192];
            while (!inflater.finished()) {
                int n = inflater.inflate(buf);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    return null;
                }
                out.write(buf, 0, n);
            }
            return out.toByteArray();
        } catch (DataFormatException e) {
            return null;
        } finally {
            inflater.end();
        }
    }

    /** Text with other bytes (a string's glyph numbers) as {@code \xHH}, so the form stays readable. */
    private static String escaped(byte[] b) {
        StringBuilder sb = new StringBuilder(b.length + 16);
        for (byte x : b) {
            int c = x & 0xFF;
            if ((c >= 0x20 && c < 0x7F) || c == '\n' || c == '\r' || c == '\t') {
                sb.append((char) c);
            } else {
                sb.append(String.format("\\x%02x", c));
            }
        }
        return sb.toString();
    }

    private static String describe(byte[] b) {
        try {
            return b.length + " bytes, sha256 " + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
