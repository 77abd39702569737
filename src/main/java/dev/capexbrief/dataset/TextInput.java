package dev.capexbrief.dataset;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Opens a text dataset's bytes (CSV or YAML) the same way: capped in size, UTF-8 with an optional
 * BOM, and capped in line length. Bytes that are not UTF-8 become U+FFFD, which the row parser
 * reports on the line and in the field where they are, rather than failing somewhere in a buffer.
 */
final class TextInput {
    /** The file starts with a UTF-16 byte-order mark (Excel's "Unicode text"). */
    static final class Utf16Exception extends IOException {
        private static final long serialVersionUID = 1L;

        Utf16Exception() {
            super("UTF-16 text");
        }
    }

    /** The file is a binary spreadsheet (an .xlsx zip or an OLE2 container), not text. */
    static final class SpreadsheetException extends IOException {
        private static final long serialVersionUID = 1L;

        SpreadsheetException(String what) {
            super(what);
        }
    }

    private TextInput() {
    }

    /**
     * @param dropStrayBoms take byte-order marks after the start out of the text (their lines are still
     *                      reported, {@link #reportStrayBoms}); for YAML, where one before a key would
     *                      otherwise turn {@code figures:} into an unknown section
     */
    static LineLimitReader open(InputStream raw, ReadLimits limits, boolean dropStrayBoms) throws IOException {
        PushbackInputStream in = new PushbackInputStream(new SizeLimitInputStream(raw, limits.maxInputBytes()), 4);
        byte[] bom = new byte[4];
        int n = in.readNBytes(bom, 0, 4);
        boolean utf8Bom = n >= 3 && (bom[0] & 0xFF) == 0xEF && (bom[1] & 0xFF) == 0xBB && (bom[2] & 0xFF) == 0xBF;
        if (n >= 2 && ((bom[0] & 0xFF) == 0xFF && (bom[1] & 0xFF) == 0xFE || (bom[0] & 0xFF) == 0xFE && (bom[1] & 0xFF) == 0xFF)) {
            throw new Utf16Exception();
        }
        // UTF-16 without a mark: every other byte of ASCII text is zero ("c\0o\0" or "\0c\0o")
        if (n == 4 && (bom[0] != 0 && bom[1] == 0 && bom[2] != 0 && bom[3] == 0 || bom[0] == 0 && bom[1] != 0 && bom[2] == 0 && bom[3] != 0)) {
            throw new Utf16Exception();
        }
        if (n == 4 && bom[0] == 'P' && bom[1] == 'K' && bom[2] == 3 && bom[3] == 4) {
            throw new SpreadsheetException("xlsx");
        }
        if (n == 4 && (bom[0] & 0xFF) == 0xD0 && (bom[1] & 0xFF) == 0xCF && bom[2] == 0x11 && (bom[3] & 0xFF) == 0xE0) {
            throw new SpreadsheetException("ole2");
        }
        if (utf8Bom) {
            in.unread(bom, 3, n - 3);
        } else if (n > 0) {
            in.unread(bom, 0, n);
        }
        return new LineLimitReader(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE)), 1 << 16),
                limits.maxLineChars(), dropStrayBoms);
    }

    /**
     * One error for each line with a stray byte-order mark where no field's check has reported one
     * already: a mark between values or before a key is in no field, and would otherwise only show as
     * an unknown column or a YAML syntax error.
     */
    static void reportStrayBoms(LineLimitReader reader, String file, DatasetAssembler assembler) {
        if (reader == null || reader.bomLines().isEmpty()) {
            return;
        }
        java.util.Set<Long> reported = new java.util.HashSet<>();
        for (Problem p : assembler.problems()) {
            if (p.message().equals(Texts.STRAY_BOM) || p.message().endsWith(": " + Texts.STRAY_BOM)) {
                reported.add(p.line());
            }
        }
        for (long line : reader.bomLines()) {
            if (!reported.contains(line)) {
                assembler.problem(Problem.error(file, line, "", Texts.STRAY_BOM));
            }
        }
    }

    /**
     * The problem for a limit or encoding failure anywhere in {@code e}'s causes (parsers wrap what
     * the reader throws), or null when {@code e} is something else.
     *
     * @param line      where the reader is
     * @param valueLine where the value being read started (a quoted value may span many lines)
     */
    static Problem limitProblem(Throwable e, String file, long line, long valueLine, ReadLimits limits) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof LineLimitReader.LineTooLongException x) {
                return Problem.error(file, x.line(), "", "has a line longer than " + limits.maxLineChars()
                        + " characters; this is not a capexbrief dataset");
            }
            if (t instanceof SizeLimitInputStream.TooLargeException) {
                // no line: the reader runs ahead of the parser, so the line would only be roughly right
                return Problem.error(file, 0, "", "is larger than " + limits.inputSize()
                        + "; capexbrief reads datasets up to that size (split it, or drop rows you do not need)");
            }
            if (t instanceof SpreadsheetException x) {
                return Problem.error(file, 1, "", x.getMessage().equals("xlsx")
                        ? "is an Excel workbook (.xlsx), not text: give it the .xlsx extension, or save it from Excel as CSV UTF-8"
                        : "is an Excel 97-2003 (.xls) or password-protected workbook, not text: save it from Excel as CSV UTF-8"
                        + " or as Excel Workbook (.xlsx) without a password");
            }
            if (t instanceof Utf16Exception) {
                return Problem.error(file, 1, "", "is UTF-16 text; save it as UTF-8 (in Excel: CSV UTF-8)");
            }
            if (t instanceof com.fasterxml.jackson.core.exc.StreamConstraintsException c) {
                String m = String.valueOf(c.getMessage());
                if (m.contains("String value length") || m.contains("Name length")) {
                    return Problem.error(file, valueLine, "", "has a value longer than " + limits.maxLineChars()
                            + " characters; is a quote (\") left open?");
                }
            }
        }
        return null;
    }
}
