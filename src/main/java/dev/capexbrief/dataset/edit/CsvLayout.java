package dev.capexbrief.dataset.edit;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where things are in a CSV dataset, by line: the header (its columns in order, the separator,
 * whether every header field is quoted), the last line of every company's rows, and the rows that
 * look imported. Lines are counted as the CSV reader counts them (a quoted field's line breaks
 * included), so the reader's line numbers address rows here. The file has been read and validated
 * first, so it is well-formed.
 */
final class CsvLayout {
    /** A record's lines and the fields an import looks at. */
    record Entry(long start, long end, Map<String, String> fields) {
    }

    private char separator = ',';
    private boolean quoteAll;
    private String headerText = "";
    private long headerEnd;
    private final List<String> columns = new ArrayList<>();
    private final Map<String, Long> companyEnds = new HashMap<>();
    private final Map<Long, Entry> imported = new HashMap<>();

    char separator() {
        return separator;
    }

    /** In a ';'-separated file the decimal mark is a comma. */
    boolean decimalComma() {
        return separator == ';';
    }

    boolean quoteAll() {
        return quoteAll;
    }

    /** The header's columns as the reader names them (lower case, '_' for spaces); "" for a column it ignores. */
    List<String> columns() {
        return columns;
    }

    /** The header record as written, without its line break. */
    String headerText() {
        return headerText;
    }

    /** The last line of the header record. */
    long headerEnd() {
        return headerEnd;
    }

    long companyEnd(String id) {
        return companyEnds.getOrDefault(id, 0L);
    }

    Entry importedAt(long line) {
        return imported.get(line);
    }

    static CsvLayout scan(Path file) throws IOException {
        CsvLayout layout = new CsvLayout();
        try (Reader in = utf8(Files.newInputStream(file))) {
            layout.read(new Records(in));
        }
        return layout;
    }

    private static Reader utf8(InputStream raw) throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
        in.mark(3);
        if (!(in.read() == 0xEF && in.read() == 0xBB && in.read() == 0xBF)) {
            in.reset();
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    }

    private void read(Records records) throws IOException {
        records.sniffSeparator();
        separator = records.separator;
        Records.Row header = records.next();
        if (header == null) {
            return;
        }
        headerText = header.raw();
        headerEnd = header.end();
        quoteAll = !header.cells().isEmpty() && header.quoted().stream().allMatch(q -> q);
        for (String cell : header.cells()) {
            String name = cell.strip().toLowerCase(Locale.ROOT).replace(' ', '_');
            columns.add(name.equals("fiscal_year_end_month") ? "fiscal_year_end" : name);
        }
        int company = columns.indexOf("company");
        for (Records.Row row = records.next(); row != null; row = records.next()) {
            if (row.cells().size() == 1 && row.cells().get(0).isBlank()) {
                continue;
            }
            Map<String, String> fields = new HashMap<>();
            for (String name : List.of("company", "tag", "accession", "source")) {
                int i = columns.indexOf(name);
                if (i >= 0 && i < row.cells().size()) {
                    fields.put(name, row.cells().get(i).strip());
                }
            }
            if (company >= 0 && company < row.cells().size()) {
                companyEnds.merge(row.cells().get(company).strip(), row.end(), Math::max);
            }
            if (Imported.looksImported(fields.get("tag"), fields.get("accession"), fields.get("source"))) {
                imported.put(row.start(), new Entry(row.start(), row.end(), fields));
            }
        }
    }

    /** RFC 4180 records with their first and last line; a quoted field may hold separators, quotes and line breaks. */
    static final class Records {
        record Row(long start, long end, List<String> cells, List<Boolean> quoted, String raw) {
        }

        private final Reader in;
        private char separator = ',';
        private long line = 1;
        private int peeked = -2;
        private final StringBuilder firstLine = new StringBuilder();
        private String sniffed;
        private int sniffedAt;

        Records(Reader in) {
            this.in = in;
        }

        /** ';' when the first line has semicolons and no commas (European Excel), as the reader decides. */
        void sniffSeparator() throws IOException {
            int c;
            while ((c = in.read()) >= 0) {
                firstLine.append((char) c);
                if (c == '\n' || c == '\r') {
                    break;
                }
            }
            sniffed = firstLine.toString();
            String text = sniffed.strip();
            separator = text.indexOf(';') >= 0 && text.indexOf(',') < 0 ? ';' : ',';
        }

        private int read() throws IOException {
            if (peeked != -2) {
                int c = peeked;
                peeked = -2;
                return c;
            }
            if (sniffed != null && sniffedAt < sniffed.length()) {
                return sniffed.charAt(sniffedAt++);
            }
            return in.read();
        }

        private int peek() throws IOException {
            if (peeked == -2) {
                peeked = read();
            }
            return peeked;
        }

        Row next() throws IOException {
            int c = read();
            if (c < 0) {
                return null;
            }
            long start = line;
            List<String> cells = new ArrayList<>();
            List<Boolean> quoted = new ArrayList<>();
            StringBuilder raw = new StringBuilder();
            StringBuilder cell = new StringBuilder();
            boolean inQuotes = false;
            boolean wasQuoted = false;
            for (; c >= 0; c = read()) {
                if (inQuotes) {
                    raw.append((char) c);
                    if (c == '"') {
                        if (peek() == '"') {
                            raw.append((char) read());
                            cell.append('"');
                        } else {
                            inQuotes = false;
                        }
                    } else {
                        if (c == '\n' || (c == '\r' && peek() != '\n')) {
                            line++;
                        }
                        cell.append((char) c);
                    }
                } else if (c == '"' && cell.toString().isBlank()) {
                    raw.append((char) c);
                    inQuotes = true;
                    wasQuoted = true;
                } else if (c == separator) {
                    raw.append((char) c);
                    cells.add(cell.toString());
                    quoted.add(wasQuoted);
                    cell.setLength(0);
                    wasQuoted = false;
                } else if (c == '\n' || c == '\r') {
                    if (c == '\r' && peek() == '\n') {
                        read();
                    }
                    break;
                } else {
                    raw.append((char) c);
                    cell.append((char) c);
                }
            }
            cells.add(cell.toString());
            quoted.add(wasQuoted);
            long end = line;
            line++;
            return new Row(start, end, cells, quoted, raw.toString());
        }
    }
}
