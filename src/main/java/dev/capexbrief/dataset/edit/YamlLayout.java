package dev.capexbrief.dataset.edit;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.MappingStartEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.events.SequenceStartEvent;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Where things are in a YAML dataset, by line: each section's entries, the last line of every
 * company's figures, and the entries that look imported, with the style the entries are written in.
 * Read with SnakeYAML's event parser, whose line numbers are the ones the YAML reader reports. The
 * file has been read and validated first, so every entry is a flat mapping.
 */
final class YamlLayout {
    /**
     * One list under a top-level key.
     *
     * @param keyLine   the line of the key ({@code figures:})
     * @param lastEnd   the last line of the last entry, 0 when the list is empty
     * @param block     false for a flow list ({@code [...]}), which cannot take new lines
     * @param last      whether nothing follows the list but comments
     * @param style     how its last entry is written, for new ones
     */
    record Section(long keyLine, long lastEnd, boolean block, boolean last, EntryStyle style) {
    }

    /** An entry's lines and the fields an import looks at. */
    record Entry(long start, long end, Map<String, String> fields) {
    }

    private Section companies;
    private Section figures;
    private final Map<String, Long> companyEnds = new HashMap<>();
    private final Map<Long, Entry> figureEntries = new HashMap<>();

    Section companies() {
        return companies;
    }

    Section figures() {
        return figures;
    }

    /** The last line of a company's last figure, or 0 when it has none. */
    long companyEnd(String id) {
        return companyEnds.getOrDefault(id, 0L);
    }

    /** The figure entry starting on {@code line} (the line the reader gives the figure). */
    Entry figureAt(long line) {
        return figureEntries.get(line);
    }

    static YamlLayout scan(Path file) throws IOException {
        YamlLayout layout = new YamlLayout();
        try (Reader reader = utf8(Files.newInputStream(file))) {
            LoaderOptions options = new LoaderOptions();
            options.setCodePointLimit(Integer.MAX_VALUE);
            options.setNestingDepthLimit(64);
            layout.document(new ParserImpl(new StreamReader(reader), options));
        }
        return layout;
    }

    private static Reader utf8(InputStream raw) throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
        in.mark(3);
        if (!(in.read() == 0xEF && in.read() == 0xBB && in.read() == 0xBF)) {
            in.reset();
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    private void document(Parser p) {
        Event e = p.getEvent();
        while (!(e instanceof MappingStartEvent) && !e.is(Event.ID.StreamEnd)) {
            e = p.getEvent();
        }
        if (!(e instanceof MappingStartEvent)) {
            return;
        }
        Section pending = null;
        String pendingName = null;
        for (e = p.getEvent(); e instanceof ScalarEvent key; e = p.getEvent()) {
            if (pending != null) {
                set(pendingName, pending);
                pending = null;
            }
            String name = key.getValue();
            long keyLine = line(key.getStartMark());
            Event value = p.getEvent();
            if ((name.equals("companies") || name.equals("figures")) && value instanceof SequenceStartEvent list) {
                pending = list(p, list, keyLine, name.equals("figures"));
                pendingName = name;
            } else if (name.equals("companies") || name.equals("figures")) {
                // an empty section (figures: with nothing under it): new entries go under the key
                // (an explicit null, ~, cannot take entries under it)
                pending = new Section(keyLine, 0, value instanceof ScalarEvent s && s.getValue().isEmpty(), false,
                        EntryStyle.DEFAULT);
                pendingName = name;
            } else {
                skip(p, value);
            }
        }
        if (pending != null) {
            // nothing but comments after this section: the end of the file is its end
            set(pendingName, new Section(pending.keyLine(), pending.lastEnd(), pending.block(), true, pending.style()));
        }
    }

    private void set(String name, Section s) {
        if (name.equals("figures")) {
            figures = s;
        } else {
            companies = s;
        }
    }

    private Section list(Parser p, SequenceStartEvent list, long keyLine, boolean isFigures) {
        long lastEnd = 0;
        EntryStyle style = EntryStyle.DEFAULT;
        int dash = list.getStartMark().getColumn();
        for (Event e = p.getEvent(); !e.is(Event.ID.SequenceEnd); e = p.getEvent()) {
            if (!(e instanceof MappingStartEvent entry)) {
                skip(p, e);
                continue;
            }
            long start = line(entry.getStartMark());
            Map<String, String> fields = new HashMap<>();
            long end = start;
            Event f;
            for (f = p.getEvent(); f instanceof ScalarEvent k; f = p.getEvent()) {
                Event v = p.getEvent();
                if (v instanceof ScalarEvent s) {
                    fields.put(k.getValue().toLowerCase(Locale.ROOT), s.getValue());
                    end = Math.max(end, endLine(s.getEndMark()));
                } else {
                    skip(p, v);
                }
            }
            if (entry.isFlow()) {
                // the closing brace
                end = Math.max(end, line(f.getStartMark()));
            }
            style = EntryStyle.of(entry.isFlow(), dash, entry.getStartMark().getColumn());
            lastEnd = end;
            if (isFigures) {
                String company = fields.get("company");
                if (company != null) {
                    companyEnds.merge(company, end, Math::max);
                }
                if (Imported.looksImported(fields.get("tag"), fields.get("accession"), fields.get("source"))) {
                    figureEntries.put(start, new Entry(start, end, fields));
                }
            }
        }
        return new Section(keyLine, lastEnd, !list.isFlow(), false, style);
    }

    /** Skips a value's events, however nested. */
    private static void skip(Parser p, Event first) {
        if (!(first instanceof MappingStartEvent) && !(first instanceof SequenceStartEvent)) {
            return;
        }
        int depth = 1;
        while (depth > 0) {
            Event e = p.getEvent();
            if (e instanceof MappingStartEvent || e instanceof SequenceStartEvent) {
                depth++;
            } else if (e.is(Event.ID.MappingEnd) || e.is(Event.ID.SequenceEnd)) {
                depth--;
            } else if (e.is(Event.ID.StreamEnd)) {
                return;
            }
        }
    }

    private static long line(Mark m) {
        return m.getLine() + 1L;
    }

    /** The line a value ends on: a block scalar's end mark is at the start of the line after it. */
    private static long endLine(Mark m) {
        return m.getColumn() == 0 ? m.getLine() : m.getLine() + 1L;
    }
}
