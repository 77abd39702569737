package dev.capexbrief.render.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Rendered template text: a heading (the first non-blank line) and paragraphs (the rest, split at
 * blank lines; lines inside a paragraph are joined with spaces so template authors may wrap them).
 */
public record TextBlock(String heading, List<String> paragraphs) {
    public TextBlock {
        paragraphs = List.copyOf(paragraphs);
    }

    /** The heading and paragraphs of a rendered template. */
    public static TextBlock parse(String rendered) {
        List<String> lines = rendered.strip().lines().map(String::strip).toList();
        if (lines.isEmpty() || lines.get(0).isEmpty()) {
            return new TextBlock("", List.of());
        }
        return new TextBlock(lines.get(0), paragraphs(lines.subList(1, lines.size())));
    }

    /** Paragraphs of rendered text: blank lines separate them, other line breaks are spaces. */
    public static List<String> paragraphs(List<String> lines) {
        List<String> out = new ArrayList<>();
        StringBuilder p = new StringBuilder();
        for (String line : lines) {
            if (line.isBlank()) {
                flush(p, out);
            } else {
                p.append(p.length() == 0 ? "" : " ").append(line.strip());
            }
        }
        flush(p, out);
        return out;
    }

    /**
     * Bullet items of rendered text: each starts with "- " or "• " at the start of a line; lines
     * that follow without a marker continue the item.
     */
    public static List<String> bullets(String rendered) {
        List<String> out = new ArrayList<>();
        StringBuilder item = new StringBuilder();
        for (String raw : rendered.lines().toList()) {
            String line = raw.strip();
            if (line.startsWith("- ") || line.startsWith("\u2022 ")) {
                flush(item, out);
                item.append(line.substring(2).strip());
            } else if (!line.isEmpty() && item.length() > 0) {
                item.append(' ').append(line);
            } else if (line.isEmpty()) {
                flush(item, out);
            }
        }
        flush(item, out);
        return out;
    }

    private static void flush(StringBuilder sb, List<String> out) {
        if (sb.length() > 0) {
            out.add(sb.toString().replaceAll("\\s+", " ").strip());
            sb.setLength(0);
        }
    }

    /** The paragraphs joined by blank lines. */
    public String body() {
        return String.join("\n\n", paragraphs);
    }
}
