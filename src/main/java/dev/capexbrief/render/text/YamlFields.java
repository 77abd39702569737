package dev.capexbrief.render.text;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small YAML document flattened to paths ({@code fonts.regular}, {@code palette[2]}) with the
 * line each value is on, so a settings reader can say {@code theme.yaml:7: palette[2]: ...}. The
 * mappings and lists are kept too, with the path each scalar sits in, so a reader can tell a map
 * it expects from a list or a nested map, even when keys contain dots ({@code 0700.HK}).
 */
final class YamlFields {
    /** A scalar value, its 1-based line and the path of the mapping or list it is in ("" at the top). */
    record Field(String text, int line, String parent) {
    }

    /** A mapping or a list: whether it is a list, the 1-based line of its key, and the path it is in. */
    record Container(boolean list, int line, String parent) {
    }

    /** A key given again in the same mapping (path {@code parent}), and the line it was first given on; the later value is kept. */
    record Repeat(String path, int line, int firstLine, String parent) {
    }

    /** The document: scalars and containers by path, in document order, and any repeated keys. */
    record Document(Map<String, Field> values, Map<String, Container> containers, List<Repeat> repeats) {
    }

    /** An open mapping or sequence: its path, for a sequence the index of the next item, for a mapping its keys. */
    private static final class Frame {
        final String path;
        final boolean sequence;
        final Map<String, Integer> keyLines = new HashMap<>();
        int next;

        Frame(String path, boolean sequence) {
            this.path = path;
            this.sequence = sequence;
        }
    }

    private final Map<String, Field> fields = new LinkedHashMap<>();
    private final Map<String, Container> containers = new LinkedHashMap<>();
    private final List<Repeat> repeats = new ArrayList<>();
    private final Deque<Frame> open = new ArrayDeque<>();
    /** The key of the value about to be read, and its line; null in a list. */
    private String key;
    private int keyLine;

    private YamlFields() {
    }

    static Document read(String yaml, String file) {
        YamlFields doc = new YamlFields();
        try (JsonParser p = new YAMLFactory().createParser(yaml)) {
            JsonToken t = p.nextToken();
            if (t != null && t != JsonToken.START_OBJECT) {
                throw new TemplateProblemException(file + ":" + line(p) + ": expected 'key: value' lines");
            }
            doc.open.push(new Frame("", false));
            while (t != null && (t = p.nextToken()) != null) {
                doc.token(p, t);
            }
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new TemplateProblemException(file + ":" + line + ": not valid YAML: " + problem(e.getOriginalMessage()), e);
        } catch (IOException e) {
            throw new TemplateProblemException(file + ": cannot be read: " + e.getMessage(), e);
        }
        return new Document(doc.fields, doc.containers, doc.repeats);
    }

    private void token(JsonParser p, JsonToken t) throws IOException {
        if (open.isEmpty()) {
            // a further document after "---" reads on as part of the first, as it always has
            open.push(new Frame("", false));
            if (t == JsonToken.START_OBJECT) {
                return;
            }
        }
        Frame parent = open.peek();
        if (t == JsonToken.FIELD_NAME) {
            key = p.currentName();
            keyLine = line(p);
            Integer first = parent.keyLines.putIfAbsent(key, keyLine);
            if (first != null) {
                repeats.add(new Repeat(mapPath(parent, key), keyLine, first, parent.path));
            }
        } else if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
            int at = parent.sequence ? line(p) : keyLine;
            Frame child = new Frame(childPath(parent, key), t == JsonToken.START_ARRAY);
            containers.put(child.path, new Container(child.sequence, at, parent.path));
            open.push(child);
            key = null;
        } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
            open.pop();
        } else {
            String text = t == JsonToken.VALUE_NULL ? "" : p.getText().strip();
            fields.put(childPath(parent, key), new Field(text, line(p), parent.path));
            key = null;
        }
    }

    /** The parser's explanation without its echo of the source and its position lines. */
    private static String problem(String message) {
        return message.lines().filter(l -> !l.isBlank() && !l.startsWith(" ") && !l.startsWith("\t"))
                .map(String::strip).reduce((a, b) -> a + "; " + b).orElse("syntax error");
    }

    private static String childPath(Frame parent, String key) {
        if (parent.sequence) {
            return parent.path + "[" + parent.next++ + "]";
        }
        return mapPath(parent, key);
    }

    private static String mapPath(Frame parent, String key) {
        String k = key == null ? "" : key;
        return parent.path.isEmpty() ? k : parent.path + "." + k;
    }

    private static int line(JsonParser p) {
        return p.currentTokenLocation().getLineNr();
    }
}
