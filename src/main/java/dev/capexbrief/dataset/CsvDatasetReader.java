package dev.capexbrief.dataset;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the CSV dataset format, streaming: a header row (names case-insensitive, any order) and
 * one figure per record. UTF-8 with or without a BOM; a file whose header is separated by
 * semicolons (European Excel) is read with ';' and decimal commas.
 */
public final class CsvDatasetReader {
    /** Longest physical line accepted; a longer one is almost certainly not a dataset. */
    static final int MAX_LINE_CHARS = 1_000_000;

    private static final CsvMapper MAPPER = new CsvMapper();

    /** Reads a whole CSV file into a validated dataset. */
    public Dataset read(InputStream in, String file) throws IOException, InvalidDatasetException {
        DatasetAssembler assembler = new DatasetAssembler(file);
        read(in, file, assembler);
        return assembler.build(file);
    }

    void read(InputStream raw, String file, DatasetAssembler assembler) throws IOException {
        PushbackInputStream in = new PushbackInputStream(raw, 3);
        skipBom(in);
        Reader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16);
        LineLimitReader limited = new LineLimitReader(reader, MAX_LINE_CHARS);
        try {
            readRecords(limited, file, assembler);
        } catch (CharacterCodingException e) {
            assembler.problems().add(notUtf8(file, limited.line()));
        } catch (LineLimitReader.LineTooLongException e) {
            assembler.problems().add(tooLong(file, e.line()));
        } catch (JsonProcessingException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                assembler.problems().add(notUtf8(file, limited.line()));
            } else if (e.getCause() instanceof LineLimitReader.LineTooLongException t) {
                assembler.problems().add(tooLong(file, t.line()));
            } else {
                long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
                assembler.problems().add(Problem.error(file, line, "", "is not valid CSV: " + e.getOriginalMessage()));
            }
        }
    }

    private static Problem notUtf8(String file, long line) {
        return Problem.error(file, line, "", "is not UTF-8 text; save it as UTF-8 (in Excel: CSV UTF-8)");
    }

    private static Problem tooLong(String file, long line) {
        return Problem.error(file, line, "", "has a line longer than " + MAX_LINE_CHARS
                + " characters; this is not a capexbrief dataset");
    }

    private void readRecords(Reader reader, String file, DatasetAssembler assembler) throws IOException {
        reader.mark(MAX_LINE_CHARS + 2);
        String firstLine = firstLine(reader);
        reader.reset();
        boolean semicolons = firstLine.indexOf(';') >= 0 && firstLine.indexOf(',') < 0;
        CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(semicolons ? ';' : ',');
        FigureRowParser parser = new FigureRowParser(file, assembler.companies(), semicolons);
        List<Problem> problems = assembler.problems();
        try (MappingIterator<String[]> rows = MAPPER.readerFor(String[].class)
                .with(CsvParser.Feature.WRAP_AS_ARRAY).with(schema).readValues(reader)) {
            if (!rows.hasNextValue()) {
                problems.add(Problem.error(file, 0, "", "is empty; the first line must be a header such as "
                        + String.join(",", FigureRowParser.COLUMNS)));
                return;
            }
            String[] header = rows.nextValue();
            Map<String, Integer> columns = header(file, header, problems);
            if (columns == null) {
                return;
            }
            long nextLine = rows.getCurrentLocation().getLineNr();
            boolean any = false;
            while (rows.hasNextValue()) {
                String[] cells = rows.nextValue();
                long line = nextLine;
                JsonLocation end = rows.getCurrentLocation();
                nextLine = end.getLineNr();
                if (cells.length == 1 && cells[0].isBlank()) {
                    continue;
                }
                any = true;
                Map<String, String> row = new CellMap(columns, cells);
                if (cells.length > header.length) {
                    problems.add(Problem.error(file, line, "", "has " + cells.length + " fields but the header has "
                            + header.length + "; quote fields that contain '" + (semicolons ? ';' : ',') + "'"));
                    continue;
                }
                assembler.add(parser.parse(line, row, problems));
            }
            if (!any) {
                problems.add(Problem.error(file, 1, "", "has a header but no figures"));
            }
        }
    }

    private static Map<String, Integer> header(String file, String[] header, List<Problem> problems) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (int i = 0; i < header.length; i++) {
            String name = header[i].strip().toLowerCase(Locale.ROOT).replace(' ', '_');
            if (name.equals("fiscal_year_end_month")) {
                name = "fiscal_year_end";
            }
            if (name.isEmpty()) {
                continue;
            }
            if (!FigureRowParser.COLUMNS.contains(name)) {
                problems.add(Problem.warning(file, 1, header[i].strip(), "unknown column, ignored"));
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

    private static void skipBom(PushbackInputStream in) throws IOException {
        byte[] bom = new byte[3];
        int n = in.readNBytes(bom, 0, 3);
        if (!(n == 3 && (bom[0] & 0xFF) == 0xEF && (bom[1] & 0xFF) == 0xBB && (bom[2] & 0xFF) == 0xBF) && n > 0) {
            in.unread(bom, 0, n);
        }
    }

    private static String firstLine(Reader reader) throws IOException {
        StringBuilder sb = new StringBuilder();
        int c;
        while ((c = reader.read()) != -1 && c != '\n' && c != '\r') {
            sb.append((char) c);
        }
        return sb.toString();
    }
}
