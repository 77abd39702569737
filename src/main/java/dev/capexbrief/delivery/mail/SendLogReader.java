package dev.capexbrief.delivery.mail;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads {@code send-log.csv} as capexbrief wrote it or as a spreadsheet re-saved it: with a BOM or
 * as UTF-16, CRLF or CR line ends, quoted fields, {@code ;} or tab between fields, columns moved or
 * added, blank rows, and times in the formats {@link LoggedTime} knows. A byte that is not UTF-8
 * (a Latin-1 export) makes its line read as Latin-1, never a failure. A row that still cannot be
 * read is not skipped, since it may record a delivery: reading fails naming the file and line. Only
 * a last row cut short without its line end, which is what a run killed while appending leaves, is
 * ignored.
 */
final class SendLogReader {
    static final List<String> COLUMNS = List.of("sent_at", "briefing", "recipient", "message_id");

    /**
     * How the file is laid out, so that rows appended to a re-saved log match the rows around them.
     *
     * @param columns the log's columns by name ({@code sent_at}, ...), in the file's order; other names for columns capexbrief does not fill
     */
    record Layout(char delimiter, List<String> columns, String lineEnd, boolean hasHeader, Charset charset) {
        static final Layout CANONICAL = new Layout(',', COLUMNS, "\n", true, StandardCharsets.UTF_8);
    }

    /** What the file holds: every delivery, oldest first, and whether its last row was cut short. */
    record Contents(List<SendLog.Entry> entries, Layout layout, boolean tornTail) {
    }

    private record Row(int line, List<String> fields, boolean terminated) {
        String get(int index) {
            return index >= 0 && index < fields.size() ? fields.get(index).strip() : "";
        }

        boolean blank() {
            return fields.stream().allMatch(f -> f.isBlank());
        }
    }

    private SendLogReader() {
    }

    static Contents read(Path file) throws IOException {
        if (!Files.exists(file)) {
            return new Contents(List.of(), Layout.CANONICAL, false);
        }
        byte[] bytes = Files.readAllBytes(file);
        String text = decode(bytes);
        char delimiter = delimiter(text);
        List<Row> rows = rows(text, delimiter);
        int first = 0;
        while (first < rows.size() && rows.get(first).blank()) {
            first++;
        }
        List<String> header = first < rows.size() ? names(rows.get(first).fields()) : List.of();
        boolean hasHeader = header.contains("recipient") || header.contains("briefing") || header.contains("sent_at");
        if (hasHeader) {
            for (String needed : List.of("briefing", "recipient")) {
                if (!header.contains(needed)) {
                    throw new MailDeliveryException(file + " line " + rows.get(first).line() + ": the header has no "
                            + needed + " column (it needs " + String.join(",", COLUMNS) + "); fix the header");
                }
            }
        }
        List<String> columns = hasHeader ? header : COLUMNS;
        header = hasHeader ? header : List.of();
        Layout layout = new Layout(delimiter, columns, lineEnd(text), hasHeader || rows.isEmpty(), charset(bytes));
        List<SendLog.Entry> entries = new ArrayList<>();
        boolean torn = false;
        for (int i = hasHeader ? first + 1 : first; i < rows.size(); i++) {
            Row row = rows.get(i);
            if (row.blank() || names(row.fields()).equals(header)) {
                continue;
            }
            if (!row.terminated() && row.fields().size() < COLUMNS.size()) {
                torn = true;
                continue;
            }
            entries.add(entry(file, row, columns));
        }
        return new Contents(entries, layout, torn);
    }

    /** Whether a last line without its line end is a row cut short: fewer fields than a row has. */
    static boolean torn(String lastLine, char delimiter) {
        List<Row> rows = rows(lastLine, delimiter);
        return rows.size() == 1 && !rows.get(0).terminated() && rows.get(0).fields().size() < COLUMNS.size();
    }

    private static SendLog.Entry entry(Path file, Row row, List<String> columns) throws MailDeliveryException {
        String briefing = row.get(columns.indexOf("briefing"));
        String recipient = recipient(row.get(columns.indexOf("recipient")));
        String messageId = row.get(columns.indexOf("message_id"));
        String sentAt = row.get(columns.indexOf("sent_at"));
        String where = file + " line " + row.line() + ": ";
        String fix = "; fix or remove the row";
        if (briefing.isEmpty()) {
            throw new MailDeliveryException(where + "names no briefing" + fix);
        }
        if (recipient.isEmpty()) {
            throw new MailDeliveryException(where + "names no recipient" + fix);
        }
        if (recipient.indexOf('@') < 1) {
            throw new MailDeliveryException(where + "'" + recipient + "' is not an email address" + fix);
        }
        Instant stamped = LoggedTime.stamped(messageId);
        Optional<Instant> at = LoggedTime.parse(sentAt, stamped);
        if (at.isEmpty() && stamped == null) {
            throw new MailDeliveryException(where + (sentAt.isEmpty() ? "has no time" : "cannot read the time '"
                    + sentAt + "'") + fix);
        }
        return new SendLog.Entry(at.orElse(stamped), briefing, recipient.toLowerCase(Locale.ROOT), messageId);
    }

    /** The address alone: a spreadsheet may have turned it into a {@code mailto:} link or kept its angle brackets. */
    private static String recipient(String text) {
        String r = text.strip();
        if (r.regionMatches(true, 0, "mailto:", 0, 7)) {
            r = r.substring(7);
        }
        int lt = r.lastIndexOf('<');
        int gt = r.lastIndexOf('>');
        return lt >= 0 && gt > lt ? r.substring(lt + 1, gt).strip() : r;
    }

    /** Header cells as column names: "Sent At", "sent_at" and "SENT-AT" are the same column. */
    private static List<String> names(List<String> cells) {
        List<String> out = new ArrayList<>();
        Map<String, String> known = new HashMap<>();
        for (String c : COLUMNS) {
            known.put(c.replace("_", ""), c);
        }
        for (String cell : cells) {
            String key = cell.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
            out.add(known.getOrDefault(key, "?" + cell.strip()));
        }
        return out;
    }

    /** UTF-16 (little or big end first) when the file starts with its byte-order mark, else UTF-8. */
    static Charset charset(byte[] bytes) {
        if (bytes.length >= 2 && bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        if (bytes.length >= 2 && bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        return StandardCharsets.UTF_8;
    }

    /**
     * The text: UTF-16 when it starts with its byte-order mark, else UTF-8 line by line, a line that
     * is not UTF-8 being read as ISO-8859-1 (every byte is a Latin-1 character, so this never fails).
     */
    static String decode(byte[] bytes) {
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
            return new String(bytes, StandardCharsets.UTF_16).replace("\uFEFF", "");
        }
        int start = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF ? 3 : 0;
        StringBuilder text = new StringBuilder(bytes.length);
        var utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        for (int i = start; i < bytes.length; ) {
            int end = i;
            while (end < bytes.length && bytes[end] != '\n') {
                end++;
            }
            end = Math.min(end + 1, bytes.length);
            try {
                text.append(utf8.decode(ByteBuffer.wrap(bytes, i, end - i)));
            } catch (CharacterCodingException e) {
                text.append(new String(bytes, i, end - i, StandardCharsets.ISO_8859_1));
            }
            i = end;
        }
        return text.toString();
    }

    /** The separator the first line uses most: ',' as capexbrief writes, ';' or a tab as some spreadsheets save. */
    private static char delimiter(String text) {
        char best = ',';
        int most = 0;
        for (char c : new char[]{',', ';', '\t'}) {
            int n = 0;
            boolean quoted = false;
            for (int i = 0; i < text.length() && (quoted || (text.charAt(i) != '\n' && text.charAt(i) != '\r')); i++) {
                char x = text.charAt(i);
                if (x == '"') {
                    quoted = !quoted;
                } else if (x == c && !quoted) {
                    n++;
                }
            }
            if (n > most) {
                best = c;
                most = n;
            }
        }
        return best;
    }

    private static String lineEnd(String text) {
        int cr = text.indexOf('\r');
        int lf = text.indexOf('\n');
        if (cr < 0 || (lf >= 0 && lf < cr)) {
            return "\n";
        }
        return cr + 1 < text.length() && text.charAt(cr + 1) == '\n' ? "\r\n" : "\r";
    }

    /** RFC 4180 records with their first line's number; a quoted field may hold line breaks. */
    private static List<Row> rows(String text, char delimiter) {
        List<Row> out = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int start = 1;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            boolean crlf = c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n';
            if (quoted) {
                if (c == '"' && i + 1 < n && text.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n' || (c == '\r' && !crlf)) {
                        line++;
                    }
                    cur.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == delimiter) {
                fields.add(cur.toString());
                cur.setLength(0);
            } else if (c == '\r' || c == '\n') {
                if (crlf) {
                    i++;
                }
                fields.add(cur.toString());
                out.add(new Row(start, List.copyOf(fields), true));
                fields.clear();
                cur.setLength(0);
                start = ++line;
            } else {
                cur.append(c);
            }
        }
        if (cur.length() > 0 || !fields.isEmpty() || quoted) {
            fields.add(cur.toString());
            out.add(new Row(start, List.copyOf(fields), false));
        }
        return out;
    }
}
