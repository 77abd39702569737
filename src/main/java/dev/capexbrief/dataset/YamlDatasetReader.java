package dev.capexbrief.dataset;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the YAML dataset format: {@code companies} (listed once), an optional {@code fx} table and
 * {@code figures} with the CSV field names. It reads the event stream itself and keeps every value
 * as the text the file wrote (so {@code 1e300}, {@code .nan} or {@code NO} are judged as written,
 * never converted first). Aliases, custom tags, deep nesting, several documents and oversized files
 * are refused: a hostile file can neither expand nor instantiate anything.
 */
public final class YamlDatasetReader {
    /** A dataset needs three levels (sections, lists, entries); anything deeper is refused early. */
    static final int MAX_NESTING = 10;
    /** Tags a plain YAML file may spell out; anything else (!!java..., !foo) is refused. */
    private static final Set<String> PLAIN_TAGS = Set.of("str", "int", "float", "bool", "null", "map", "seq", "timestamp");
    private static final String CORE_TAG_PREFIX = "tag:yaml.org,2002:";

    private final ReadLimits limits;
    private final YAMLFactory factory;

    public YamlDatasetReader() {
        this(ReadLimits.DEFAULT);
    }

    YamlDatasetReader(ReadLimits limits) {
        this.limits = limits;
        this.factory = yamlFactory(limits);
    }

    static YAMLFactory yamlFactory() {
        return yamlFactory(ReadLimits.DEFAULT);
    }

    static YAMLFactory yamlFactory(ReadLimits limits) {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(20);
        options.setAllowRecursiveKeys(false);
        options.setNestingDepthLimit(MAX_NESTING);
        // the file size is capped by SizeLimitInputStream; SnakeYAML's own cap counts code points per document
        options.setCodePointLimit(Integer.MAX_VALUE);
        return YAMLFactory.builder().loaderOptions(options)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_NESTING).maxStringLength(limits.maxLineChars()).maxNameLength(1000).build())
                .build();
    }

    public Dataset read(InputStream in, String file) throws IOException, InvalidDatasetException {
        DatasetAssembler assembler = new DatasetAssembler(file, limits);
        read(in, file, assembler);
        return assembler.build(file);
    }

    /** A construct the dataset format does not allow; ends the read with one message. */
    private static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;
        private final long line;

        Refused(long line, String message) {
            super(message, null, false, false);
            this.line = line;
        }
    }

    void read(InputStream in, String file, DatasetAssembler assembler) throws IOException {
        JsonParser p = null;
        LineLimitReader lines = null;
        try (LineLimitReader reader = TextInput.open(in, limits, true); JsonParser parser = factory.createParser(reader)) {
            lines = reader;
            p = parser;
            document(p, file, assembler);
        } catch (Refused e) {
            assembler.problem(Problem.error(file, e.line, "", e.getMessage()));
        } catch (IOException | RuntimeException e) {
            assembler.problem(failure(file, e, p));
        }
        TextInput.reportStrayBoms(lines, file, assembler);
    }

    /** The one problem that ends a read, or the exception itself when it is a real I/O error. */
    private Problem failure(String file, Exception e, JsonParser p) throws IOException {
        Problem limit = TextInput.limitProblem(e, file, line(p), line(p), limits);
        if (limit != null) {
            return limit;
        }
        Problem tab = tabIndent(file, e);
        if (tab != null) {
            return tab;
        }
        if (e instanceof StreamConstraintsException c) {
            return Problem.error(file, line(p), "", constraintMessage(c));
        }
        if (e instanceof JsonProcessingException j) {
            long line = j.getLocation() == null || j.getLocation().getLineNr() < 1 ? line(p) : j.getLocation().getLineNr();
            String m = firstLine(j.getOriginalMessage());
            if (m.startsWith("special characters are not allowed")) {
                return Problem.error(file, line, "", "contains control characters (U+0000 and the like); a dataset is UTF-8 text");
            }
            if (m.startsWith("Expected a field name")) {
                return Problem.error(file, line, "", "uses a list or mapping as a key; keys are plain names such as company");
            }
            return Problem.error(file, line, "", "is not valid YAML: " + m);
        }
        if (e instanceof MarkedYAMLException y) {
            // SnakeYAML reports some scanner errors unchecked
            Mark mark = y.getProblemMark() != null ? y.getProblemMark() : y.getContextMark();
            return Problem.error(file, mark == null ? line(p) : mark.getLine() + 1L, "",
                    "is not valid YAML: " + firstLine(y.getProblem() != null ? y.getProblem() : y.getMessage()));
        }
        if (e instanceof IOException io) {
            throw io;
        }
        return Problem.error(file, line(p), "", "is not valid YAML: " + firstLine(e.getMessage()));
    }

    /**
     * A tab in a line's indentation, on the line that holds it: Jackson's location is the token
     * before it (often the line above), SnakeYAML's scanner error has the tab's own line.
     */
    private static Problem tabIndent(String file, Exception e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof MarkedYAMLException y && y.getProblem() != null && y.getProblem().contains("(TAB)")
                    && y.getProblemMark() != null) {
                return Problem.error(file, y.getProblemMark().getLine() + 1L, "", "a tab indents this line; YAML indents with spaces");
            }
        }
        return null;
    }

    private void document(JsonParser p, String file, DatasetAssembler assembler) throws IOException, Refused {
        List<Problem> problems = assembler.problems();
        JsonToken first = next(p);
        if (first != JsonToken.START_OBJECT) {
            String what = first == null ? "is empty" : first == JsonToken.START_ARRAY ? "is a list" : "is a single value";
            problems.add(Problem.error(file, first == null ? 0 : line(p), "", what
                    + "; a capexbrief YAML dataset is a mapping with companies:, figures: and optionally fx:"));
            return;
        }
        Set<String> seen = new HashSet<>();
        boolean sawFigures = false;
        JsonToken t;
        while ((t = next(p)) == JsonToken.FIELD_NAME) {
            String section = p.currentName();
            long sectionLine = line(p);
            if (!seen.add(section)) {
                throw new Refused(sectionLine, section + ": appears twice; put all its entries in one list");
            }
            JsonToken value = next(p);
            if (value != JsonToken.START_ARRAY) {
                if (value != JsonToken.VALUE_NULL && (section.equals("companies") || section.equals("fx") || section.equals("figures"))) {
                    problems.add(Problem.error(file, line(p), section, "must be a list"));
                } else if (value != JsonToken.VALUE_NULL) {
                    problems.add(Problem.warning(file, sectionLine, Texts.shorten(section), "unknown section, ignored"));
                }
                skip(p);
                continue;
            }
            switch (section) {
                case "companies" -> items(p, file, assembler, (line, row) -> YamlTables.company(file, line, row, assembler));
                case "fx" -> items(p, file, assembler, (line, row) -> FxTableRow.add(file, line, "", row, assembler));
                case "figures" -> {
                    sawFigures = true;
                    FigureRowParser parser = new FigureRowParser(file, assembler.companies(), false);
                    items(p, file, assembler, (line, row) -> assembler.add(parser.parse(line, row, problems)));
                }
                default -> {
                    problems.add(Problem.warning(file, sectionLine, Texts.shorten(section), "unknown section, ignored"));
                    skip(p);
                }
            }
            if (assembler.full()) {
                assembler.stopForProblems(line(p));
                return;
            }
        }
        if (t == JsonToken.END_OBJECT && next(p) != null) {
            throw new Refused(line(p), "has more than one YAML document (---); put everything in one");
        }
        if (!sawFigures) {
            problems.add(Problem.error(file, 0, "figures", "is missing; a dataset lists its figures under figures:"));
        }
    }

    private interface RowHandler {
        void handle(long line, Map<String, String> row);
    }

    private void items(JsonParser p, String file, DatasetAssembler assembler, RowHandler handler) throws IOException, Refused {
        List<Problem> problems = assembler.problems();
        long count = 0;
        JsonToken t;
        while ((t = next(p)) != JsonToken.END_ARRAY && t != null) {
            long line = line(p);
            if (++count > limits.maxRows()) {
                throw new Refused(line, "has more than " + limits.maxRows() + " entries; capexbrief reads datasets up to that size");
            }
            if (assembler.full()) {
                assembler.stopForProblems(line);
                skip(p);
                while ((t = next(p)) != JsonToken.END_ARRAY && t != null) {
                    skip(p);
                }
                return;
            }
            if (t != JsonToken.START_OBJECT) {
                problems.add(Problem.error(file, line, "", "each entry must be a mapping such as {company: MSFT, ...}"));
                skip(p);
                continue;
            }
            Map<String, String> row = entry(p, file, line, problems);
            if (row != null) {
                handler.handle(line, row);
            }
        }
    }

    /** One entry's fields as the text written, or null (after reporting) when a field is not a plain value. */
    private static Map<String, String> entry(JsonParser p, String file, long line, List<Problem> problems) throws IOException, Refused {
        Map<String, String> row = new HashMap<>();
        boolean usable = true;
        while (next(p) == JsonToken.FIELD_NAME) {
            String key = p.currentName().toLowerCase(Locale.ROOT);
            JsonToken v = next(p);
            if (v == JsonToken.START_OBJECT || v == JsonToken.START_ARRAY) {
                problems.add(Problem.error(file, line, Texts.shorten(key), "must be a single value, not a list or mapping"));
                usable = false;
                skip(p);
            } else if (row.containsKey(key)) {
                problems.add(Problem.error(file, line(p), Texts.shorten(key), "appears twice in this entry; keep one"));
                usable = false;
            } else {
                // the scalar as written: 1e300 stays "1e300", NO stays "NO", .nan stays ".nan"
                row.put(key, v == JsonToken.VALUE_NULL ? null : p.getText());
            }
        }
        return usable ? row : null;
    }

    /** The next token, refusing aliases and explicit tags wherever they appear. */
    private static JsonToken next(JsonParser p) throws IOException, Refused {
        JsonToken t = p.nextToken();
        if (p instanceof YAMLParser y && t != null) {
            if (y.isCurrentAlias()) {
                throw new Refused(line(p), "uses a YAML alias (*" + Texts.shorten(String.valueOf(p.getText()))
                        + "); aliases are not allowed in a dataset, write the values out");
            }
            String tag = y.getTypeId();
            if (tag != null && !(tag.startsWith(CORE_TAG_PREFIX) && PLAIN_TAGS.contains(tag.substring(CORE_TAG_PREFIX.length())))) {
                String shown = tag.startsWith(CORE_TAG_PREFIX) ? "!!" + tag.substring(CORE_TAG_PREFIX.length()) : "!" + tag;
                throw new Refused(line(p), "custom YAML tag '" + Texts.shorten(shown)
                        + "' is not allowed; a dataset holds plain values only, remove the tag");
            }
        }
        return t;
    }

    /** Skips the current value, checking every token inside it for aliases and tags too. */
    private static void skip(JsonParser p) throws IOException, Refused {
        JsonToken t = p.currentToken();
        if (t != JsonToken.START_OBJECT && t != JsonToken.START_ARRAY) {
            return;
        }
        int depth = 1;
        while (depth > 0) {
            JsonToken n = next(p);
            if (n == null) {
                return;
            }
            if (n == JsonToken.START_OBJECT || n == JsonToken.START_ARRAY) {
                depth++;
            } else if (n == JsonToken.END_OBJECT || n == JsonToken.END_ARRAY) {
                depth--;
            }
        }
    }

    private static String constraintMessage(StreamConstraintsException e) {
        String m = String.valueOf(e.getMessage());
        if (m.contains("nesting depth")) {
            return "nests lists or mappings more than " + MAX_NESTING + " levels deep; a dataset needs three "
                    + "(sections, lists of entries, fields)";
        }
        if (m.contains("String value length") || m.contains("Name length")) {
            return "has a value longer than the limit; this is not a capexbrief dataset";
        }
        return "was refused: " + firstLine(m);
    }

    private static long line(JsonParser p) {
        if (p == null) {
            return 0;
        }
        try {
            return Math.max(0, p.currentTokenLocation().getLineNr());
        } catch (RuntimeException e) {
            return 0;
        }
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
