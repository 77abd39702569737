package dev.capexbrief.dataset;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the CSV dataset format, streaming: a header row (names case-insensitive, any order) and
 * one figure per record. UTF-8 with or without a BOM; a file whose header is separated by
 * semicolons (European Excel) is read with ';' and decimal commas. Bytes that are not UTF-8 are
 * reported on their line and field. Lines, values, the file size, rows and problems are capped
 * ({@link ReadLimits}), so no file can exhaust memory.
 */
public final class CsvDatasetReader {
    /** Longest physical line accepted by default; a longer one is almost certainly not a dataset. */
    static final int MAX_LINE_CHARS = ReadLimits.DEFAULT.maxLineChars();

    private final ReadLimits limits;
    /** Jackson's streaming CSV parser alone: rows are read token by token, without the data-binding layer. */
    private final CsvFactory factory;

    public CsvDatasetReader() {
        this(ReadLimits.DEFAULT);
    }

    CsvDatasetReader(ReadLimits limits) {
        this.limits = limits;
        this.factory = CsvFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(limits.maxLineChars()).build())
                .build();
    }

    /** Reads a whole CSV file into a validated dataset. */
    public Dataset read(InputStream in, String file) throws IOException, InvalidDatasetException {
        DatasetAssembler assembler = new DatasetAssembler(file, limits);
        read(in, file, assembler);
        return assembler.build(file);
    }

    /** Where the reader is, for messages about a failure that ends the read. */
    private static final class Position {
        long recordStart = 1;
    }

    void read(InputStream raw, String file, DatasetAssembler assembler) throws IOException {
        Position at = new Position();
        LineLimitReader reader = null;
        try {
            reader = TextInput.open(raw, limits, false);
            readRecords(reader, file, assembler, at);
        } catch (IOException e) {
            assembler.problem(failure(file, e, reader, at));
        }
        TextInput.reportStrayBoms(reader, file, assembler);
    }

    private Problem failure(String file, IOException e, LineLimitReader reader, Position at) throws IOException {
        Problem limit = TextInput.limitProblem(e, file, reader == null ? 0 : reader.line(), at.recordStart, limits);
        if (limit != null) {
            return limit;
        }
        if (e instanceof JsonProcessingException j) {
            String m = j.getOriginalMessage();
            if (m != null && m.contains("closing quote")) {
                return Problem.error(file, at.recordStart, "", "has a quote (\") that is never closed; "
                        + "a quoted field runs to the end of the file");
            }
            return Problem.error(file, at.recordStart, "", "is not valid CSV: " + firstLine(m));
        }
        throw e;
    }

    private void readRecords(LineLimitReader reader, String file, DatasetAssembler assembler, Position at) throws IOException {
        reader.mark(limits.maxLineChars() + 2);
        String firstLine = firstLine(reader);
        reader.reset();
        boolean semicolons = firstLine.indexOf(';') >= 0 && firstLine.indexOf(',') < 0;
        CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(semicolons ? ';' : ',');
        FigureRowParser parser = new FigureRowParser(file, assembler.companies(), semicolons);
        List<Problem> problems = assembler.problems();
        try (CsvParser rows = factory.createParser(reader)) {
            rows.setSchema(schema);
            String[] header = nextRow(rows);
            if (header == null) {
                problems.add(Problem.error(file, 0, "", "is empty; the first line must be a header such as "
                        + String.join(",", FigureRowParser.EXAMPLE_HEADER)));
                return;
            }
            Map<String, Integer> columns = header(file, header, problems);
            if (columns == null) {
                return;
            }
            at.recordStart = rows.currentLocation().getLineNr();
            long count = 0;
            for (String[] cells = nextRow(rows); cells != null; cells = nextRow(rows)) {
                long line = at.recordStart;
                at.recordStart = rows.currentLocation().getLineNr();
                if (cells.length == 1 && cells[0].isBlank()) {
                    continue;
                }
                if (++count > limits.maxRows()) {
                    assembler.stop(line, "has more than " + limits.maxRows() + " rows; capexbrief reads datasets up to that size");
                    return;
                }
                if (assembler.full()) {
                    assembler.stopForProblems(line);
                    return;
                }
                if (cells.length > header.length) {
                    problems.add(Problem.error(file, line, "", "has " + cells.length + " fields but the header has "
                            + header.length + "; quote fields that contain '" + (semicolons ? ';' : ',') + "'"
                            + (semicolons ? "" : " (and write decimals with a point: 1.25, not 1,25)")));
                    continue;
                }
                assembler.add(parser.parse(line, new CellMap(columns, cells), problems));
            }
            if (count == 0) {
                problems.add(Problem.error(file, 1, "", "has a header but no figures"));
            }
        }
    }

    /** The next record's fields (without a schema the parser gives each record as an array), or null at the end. */
    private static String[] nextRow(CsvParser rows) throws IOException {
        if (rows.nextToken() != JsonToken.START_ARRAY) {
            return null;
        }
        List<String> cells = new ArrayList<>();
        for (JsonToken t = rows.nextToken(); t != JsonToken.END_ARRAY && t != null; t = rows.nextToken()) {
            cells.add(rows.getText());
        }
        return cells.toArray(new String[0]);
    }

    private static Map<String, Integer> header(String file, String[] header, List<Problem> problems) {
        if (String.join("", header).isBlank()) {
            problems.add(Problem.error(file, 1, "", "starts with an empty line; the first line must be the header, e.g. "
                    + String.join(",", FigureRowParser.EXAMPLE_HEADER)));
            return null;
        }
        Map<String, Integer> columns = new LinkedHashMap<>();
        if (header.length == 1 && header[0].indexOf('\t') >= 0) {
            problems.add(Problem.error(file, 1, "", "is tab-separated (Excel's Text (Tab delimited)); capexbrief reads"
                    + " ','-separated CSV (or ';'): save it as CSV UTF-8"));
            return null;
        }
        for (int i = 0; i < header.length; i++) {
            String raw = header[i].strip();
            if (Texts.badChar(raw, false) >= 0) {
                problems.add(Problem.error(file, 1, "", "header: " + Texts.badCharMessage(Texts.badChar(raw, false))));
                return null;
            }
            String name = raw.toLowerCase(Locale.ROOT).replace(' ', '_');
            if (name.equals("fiscal_year_end_month")) {
                name = "fiscal_year_end";
            }
            if (name.isEmpty()) {
                continue;
            }
            if (!FigureRowParser.COLUMNS.contains(name)) {
                problems.add(Problem.warning(file, 1, Texts.shorten(raw), "unknown column, ignored"));
                continue;
            }
            if (columns.putIfAbsent(name, i) != null) {
                problems.add(Problem.error(file, 1, name, "appears twice in the header"));
            }
        }
        List<String> missing = new ArrayList<>();
        for (String required : FigureRowParser.COLUMNS) {
            if (FigureRowParser.REQUIRED.contains(required) && !columns.containsKey(required)) {
                missing.add(required);
            }
        }
        if (!columns.containsKey("value") && !columns.containsKey("low") && !columns.containsKey("high")) {
            missing.add("value (or low/high)");
        }
        if (!missing.isEmpty()) {
            problems.add(Problem.error(file, 1, "", "missing required column(s): " + String.join(", ", missing)));
            return null;
        }
        return columns;
    }

    private static String firstLine(Reader reader) throws IOException {
        StringBuilder sb = new StringBuilder();
        int c;
        while ((c = reader.read()) != -1 && c != '\n' && c != '\r') {
            sb.append((char) c);
        }
        return sb.toString();
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
