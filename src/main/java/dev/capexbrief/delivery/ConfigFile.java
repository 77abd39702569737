package dev.capexbrief.delivery;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The text of a settings file, read once as a stream of YAML tokens before it is bound to
 * {@link Config}: every key and value with its line and column, so that any mistake is reported
 * where it is ({@code capexbrief.yaml line 7, column 5: ...}), not where the parser had got to. The
 * scan itself refuses what binding would silently accept: a key set twice, a second document, a
 * file that is not a mapping of settings.
 */
final class ConfigFile {
    /** A line and column, both from 1. */
    record Position(int line, int column) {
        static Position of(JsonLocation l) {
            return new Position(l.getLineNr(), l.getColumnNr());
        }

        static Position of(Mark m) {
            return new Position(m.getLine() + 1, m.getColumn() + 1);
        }

        @Override
        public String toString() {
            return "line " + line + ", column " + column;
        }
    }

    /** What a setting's value is written as. */
    enum Shape { TEXT, LIST, SETTINGS }

    private record Value(Position at, Shape shape, String text) {
    }

    private final Path path;
    private final List<String> lines;
    private final Map<String, Position> keys = new HashMap<>();
    private final Map<String, Value> values = new HashMap<>();
    private int documents;

    private ConfigFile(Path path, byte[] text) {
        this.path = path;
        this.lines = new String(text, StandardCharsets.UTF_8).lines().toList();
    }

    /** Scans {@code text}; a syntax error, a repeated key or a second document is an error naming its place. */
    static ConfigFile scan(Path path, byte[] text) {
        ConfigFile file = new ConfigFile(path, text);
        try (JsonParser p = new YAMLFactory().createParser(text)) {
            file.read(p);
        } catch (JsonProcessingException e) {
            throw file.syntaxError(e);
        } catch (IOException e) {
            throw new IllegalArgumentException(path + ": cannot be read as YAML: " + OneLine.escape(e.getMessage()), e);
        }
        return file;
    }

    /** One container being read: a mapping (its keys so far) or a list (its next index). */
    private static final class Frame {
        final String path;
        final Map<String, Position> keys;
        int index;
        String key;

        Frame(String path, boolean mapping) {
            this.path = path;
            this.keys = mapping ? new HashMap<>() : null;
        }

        String child() {
            if (keys == null) {
                return path + "[" + index++ + "]";
            }
            return path.isEmpty() ? key : path + "." + key;
        }
    }

    private void read(JsonParser p) throws IOException {
        Deque<Frame> open = new ArrayDeque<>();
        for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
            Position at = Position.of(p.currentTokenLocation());
            if (t == JsonToken.FIELD_NAME) {
                Frame f = open.peek();
                f.key = p.currentName();
                Position first = f.keys.putIfAbsent(f.key, at);
                String key = f.child();
                if (first != null) {
                    throw error(at, key + " is set twice (first on line " + first.line() + "); keep one");
                }
                keys.put(key, at);
                continue;
            }
            if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                open.pop();
                continue;
            }
            if (open.isEmpty()) {
                documents++;
                if (documents > 1) {
                    throw error(at, "a second YAML document; a settings file is one document (remove the '---' before this line)");
                }
                if (t != JsonToken.START_OBJECT) {
                    throw error(at, "this is not a setting; write each setting as key: value on a line of its own"
                            + " (for example data: hyperscalers.yaml)" + seen(at));
                }
                open.push(new Frame("", true));
                continue;
            }
            String child = open.peek().child();
            if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                values.put(child, new Value(at, t == JsonToken.START_OBJECT ? Shape.SETTINGS : Shape.LIST, null));
                open.push(new Frame(child, t == JsonToken.START_OBJECT));
            } else {
                values.put(child, new Value(at, Shape.TEXT, p.getText()));
            }
        }
    }

    /** True when the file holds no settings at all (empty, or only comments). */
    boolean isEmpty() {
        return documents == 0;
    }

    /** The file's own words at that line, so "data hyperscalers.yaml" is recognisable. */
    private String seen(Position at) {
        if (at.line() < 1 || at.line() > lines.size()) {
            return "";
        }
        String line = lines.get(at.line() - 1).strip();
        return line.isEmpty() ? "" : ", not " + OneLine.quote(line.length() > 60 ? line.substring(0, 59) + "\u2026" : line);
    }

    private IllegalArgumentException syntaxError(JsonProcessingException e) {
        if (e.getCause() instanceof MarkedYAMLException yaml && yaml.getProblemMark() != null) {
            String problem = yaml.getProblem() == null ? "not valid YAML" : yaml.getProblem();
            if (problem.contains("could not find expected ':'") && yaml.getContextMark() != null) {
                // SnakeYAML notices the missing colon a line later; the line without one is the mistake
                Position at = Position.of(yaml.getContextMark());
                return error(at, "this line has no ':'; write each setting as key: value" + seen(at));
            }
            if (problem.contains("mapping values are not allowed")) {
                return error(Position.of(yaml.getProblemMark()), "a ':' where a value should be; check the indentation"
                        + " of this line, and put a value that holds ': ' in quotes");
            }
            return error(Position.of(yaml.getProblemMark()), "not valid YAML: " + problem
                    + (yaml.getContext() == null ? "" : " (" + yaml.getContext() + ")"));
        }
        JsonLocation l = e.getLocation();
        Position at = l == null ? new Position(0, 0) : Position.of(l);
        return error(at, "not valid YAML: " + e.getOriginalMessage());
    }

    /**
     * What went wrong binding the scanned file to the settings records, at the key or value it is about:
     * an unknown setting (with the nearest known one), or a value of the wrong kind.
     */
    IllegalArgumentException bindingError(JsonMappingException e) {
        String key = key(e.getPath());
        if (e instanceof UnrecognizedPropertyException unknown) {
            Position at = keys.getOrDefault(key, where(e));
            List<String> known = known(unknown);
            String name = unknown.getPropertyName();
            String nearest = nearest(name, known);
            return error(at, "unknown setting " + OneLine.quote(key)
                    + (nearest == null ? "" : " (did you mean '" + nearest + "'?)")
                    + "; known" + (key.contains(".") ? " here" : "") + ": " + String.join(", ", known));
        }
        Value value = values.get(key);
        if (value == null && key.endsWith("[0]") && values.containsKey(key.substring(0, key.length() - 3))) {
            // one value where a list is accepted is bound as the list's element [0]: it is the setting that is wrong
            key = key.substring(0, key.length() - 3);
            value = values.get(key);
        }
        Position at = value != null ? value.at() : keys.getOrDefault(key, where(e));
        String was = value == null ? ""
                : value.shape() == Shape.TEXT ? ", not " + OneLine.quote(value.text())
                : value.shape() == Shape.LIST ? ", not a list" : ", not settings indented under it";
        if (e instanceof MismatchedInputException mismatched) {
            return error(at, (key.isEmpty() ? "the file" : key) + " must be " + kind(mismatched.getTargetType()) + was);
        }
        return error(at, (key.isEmpty() ? "the file" : key) + ": this value cannot be used" + was);
    }

    private Position where(JsonMappingException e) {
        JsonLocation l = e.getLocation();
        return l == null ? new Position(0, 0) : Position.of(l);
    }

    private IllegalArgumentException error(Position at, String message) {
        return new IllegalArgumentException(path + (at.line() > 0 ? " " + at : "") + ": " + message);
    }

    private static String key(List<JsonMappingException.Reference> path) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference r : path) {
            if (r.getFieldName() != null) {
                sb.append(sb.length() == 0 ? "" : ".").append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    /** The settings a record knows, in the order it declares them (snake_case, as written in the file). */
    private static List<String> known(UnrecognizedPropertyException e) {
        Class<?> owner = e.getReferringClass();
        if (owner != null && owner.isRecord()) {
            return Arrays.stream(owner.getRecordComponents()).map(c -> snake(c.getName())).toList();
        }
        Collection<Object> ids = e.getKnownPropertyIds() == null ? List.of() : e.getKnownPropertyIds();
        return ids.stream().map(String::valueOf).sorted().collect(Collectors.toList());
    }

    private static String snake(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
    }

    /** The known setting a typo most likely meant: at most two edits away, or one it starts like. */
    static String nearest(String typo, List<String> known) {
        String t = typo.toLowerCase(java.util.Locale.ROOT).replace('-', '_');
        return known.stream()
                .filter(k -> distance(t, k) <= Math.max(1, Math.min(2, k.length() / 3)))
                .min(Comparator.comparingInt(k -> distance(t, k)))
                .orElse(null);
    }

    /** Levenshtein distance, with a swap of two neighbours counted as one edit. */
    private static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    /** What a setting of this type is written as. */
    private static String kind(Class<?> type) {
        if (type == null) {
            return "a valid value";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (type == Double.class || type == double.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class || Path.class.isAssignableFrom(type)) {
            return "one value";
        }
        if (List.class.isAssignableFrom(type)) {
            return "a list of values, or one value";
        }
        if (type.isRecord()) {
            return "settings indented under it (" + Arrays.stream(type.getRecordComponents())
                    .map(c -> snake(c.getName()) + ":").collect(Collectors.joining(" ")) + ")";
        }
        return "a valid value";
    }
}
