package dev.capexbrief.render.text;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A small YAML document flattened to paths ({@code fonts.regular}, {@code palette[2]}) with the
 * line each value is on, so a settings reader can say {@code theme.yaml:7: palette[2]: ...}.
 */
final class YamlFields {
    /** A scalar value and its 1-based line. */
    record Field(String text, int line) {
    }

    /** An open mapping or sequence: its path and, for a sequence, the index of the next item. */
    private static final class Frame {
        final String path;
        final boolean sequence;
        int next;

        Frame(String path, boolean sequence) {
            this.path = path;
            this.sequence = sequence;
        }
    }

    private YamlFields() {
    }

    static Map<String, Field> read(String yaml, String file) {
        Map<String, Field> fields = new LinkedHashMap<>();
        try (JsonParser p = new YAMLFactory().createParser(yaml)) {
            JsonToken t = p.nextToken();
            if (t == null) {
                return fields;
            }
            if (t != JsonToken.START_OBJECT) {
                throw new TemplateProblemException(file + ":" + line(p) + ": expected 'key: value' lines");
            }
            Deque<Frame> open = new ArrayDeque<>();
            open.push(new Frame("", false));
            String key = null;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.FIELD_NAME) {
                    key = p.currentName();
                } else if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                    open.push(new Frame(childPath(open.peek(), key), t == JsonToken.START_ARRAY));
                    key = null;
                } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                    open.pop();
                } else {
                    String text = t == JsonToken.VALUE_NULL ? "" : p.getText().strip();
                    fields.put(childPath(open.peek(), key), new Field(text, line(p)));
                    key = null;
                }
            }
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new TemplateProblemException(file + ":" + line + ": not valid YAML: " + problem(e.getOriginalMessage()), e);
        } catch (IOException e) {
            throw new TemplateProblemException(file + ": cannot be read: " + e.getMessage(), e);
        }
        return fields;
    }

    /** The parser's explanation without its echo of the source and its position lines. */
    private static String problem(String message) {
        return message.lines().filter(l -> !l.isBlank() && !l.startsWith(" ") && !l.startsWith("\t"))
                .map(String::strip).reduce((a, b) -> a + "; " + b).orElse("syntax error");
    }

    private static String childPath(Frame parent, String key) {
        if (parent == null) {
            return key == null ? "" : key;
        }
        if (parent.sequence) {
            return parent.path + "[" + parent.next++ + "]";
        }
        String k = key == null ? "" : key;
        return parent.path.isEmpty() ? k : parent.path + "." + k;
    }

    private static int line(JsonParser p) {
        return p.currentTokenLocation().getLineNr();
    }
}
