package dev.capexbrief.dataset.edit;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.regex.Pattern;

/**
 * A dataset row written the way the file writes its rows: a YAML flow or block mapping at the
 * list's indentation, or a CSV record in the header's column order with its separator, quoting
 * and decimal mark. Free text ({@code source}, {@code note}, names) is always quoted in YAML, as the
 * bundled dataset does; codes and numbers are quoted only where YAML would misread them.
 */
final class RowText {
    /** Fields YAML always quotes. */
    private static final Set<String> FREE_TEXT = Set.of("name", "company_name", "source", "note");
    /** Fields holding numbers, which take a decimal comma in a ';'-separated CSV. */
    private static final Set<String> NUMBERS = Set.of("value", "low", "high");
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.+/-]*");
    /** Plain words a YAML 1.1 reader would take for booleans or null. */
    private static final Set<String> WORDS = Set.of("y", "n", "yes", "no", "true", "false", "on", "off", "null", "~");

    private RowText() {
    }

    /** One YAML entry, ending with {@code lineEnding}; empty fields are left out. */
    static String yaml(Map<String, String> fields, EntryStyle style, String lineEnding) {
        StringBuilder sb = new StringBuilder(style.prefix());
        if (style.flow()) {
            StringJoiner j = new StringJoiner(", ", "{", "}");
            fields.forEach((k, v) -> {
                if (!v.isEmpty()) {
                    j.add(k + ": " + yamlScalar(k, v));
                }
            });
            return sb.append(j).append(lineEnding).toString();
        }
        boolean first = true;
        for (Map.Entry<String, String> e : fields.entrySet()) {
            if (e.getValue().isEmpty()) {
                continue;
            }
            if (!first) {
                sb.append(style.indent());
            }
            sb.append(e.getKey()).append(": ").append(yamlScalar(e.getKey(), e.getValue())).append(lineEnding);
            first = false;
        }
        return sb.toString();
    }

    static String yamlScalar(String field, String value) {
        if (!FREE_TEXT.contains(field) && PLAIN.matcher(value).matches() && !WORDS.contains(value.toLowerCase(java.util.Locale.ROOT))) {
            return value;
        }
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < ' ' || c == 0x7F || c == '\u0085' || c == '\u2028' || c == '\u2029' || c == '\uFEFF') {
                        // escaped, so the row stays on one line and the reader sees the character itself
                        sb.append(String.format("\\u%04X", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    /** One CSV record in {@code columns}' order (unknown columns left empty), ending with {@code lineEnding}. */
    static String csv(Map<String, String> fields, CsvLayout layout, List<String> columns, String lineEnding) {
        String sep = String.valueOf(layout.separator());
        StringJoiner j = new StringJoiner(sep);
        for (String column : columns) {
            String v = fields.getOrDefault(column, "");
            if (layout.decimalComma() && NUMBERS.contains(column) && v.indexOf('.') >= 0 && v.indexOf(',') < 0) {
                v = v.replace('.', ',');
            }
            j.add(csvCell(v, layout.separator(), layout.quoteAll()));
        }
        return j + lineEnding;
    }

    static String csvCell(String v, char separator, boolean quoteAll) {
        boolean quote = quoteAll || v.indexOf(separator) >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0
                || v.indexOf('\r') >= 0 || (!v.isEmpty() && (v.charAt(0) == ' ' || v.charAt(v.length() - 1) == ' '));
        return quote ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }
}
