package dev.capexbrief.dataset.bundle;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One row of a research table ({@code capex-facts*.csv}: company, company_name,
 * fiscal_year_end_month, metric, definition, kind, period, value, low, high, currency, unit,
 * announced, source, confidence), as read, with the fields the recipe's rules have set on top.
 */
final class ResearchRow {
    final String file;
    final long line;
    /** The index of the file in the recipe's list: later files are newer research. */
    final int fileIndex;
    private final Map<String, String> raw;
    /** Dataset fields: company, metric, kind, period, value, low, high, qualifier, currency, unit, announced, source, note, confidence. */
    final Map<String, String> out = new LinkedHashMap<>();

    private ResearchRow(String file, int fileIndex, long line, Map<String, String> raw) {
        this.file = file;
        this.fileIndex = fileIndex;
        this.line = line;
        this.raw = raw;
        out.put("company", raw("company"));
        out.put("metric", raw("metric"));
        out.put("kind", raw("kind"));
        out.put("period", raw("period"));
        out.put("value", raw("value"));
        out.put("low", raw("low"));
        out.put("high", raw("high"));
        out.put("qualifier", "");
        // the tables write "more than X" as value = low = X
        if (!raw("value").isEmpty() && raw("value").equals(raw("low")) && raw("high").isEmpty()) {
            out.put("low", "");
            out.put("qualifier", "at_least");
        }
        out.put("currency", raw("currency"));
        // the tables write percentages as unit "pct"
        out.put("unit", raw("unit").equals("pct") ? "%" : raw("unit"));
        out.put("announced", raw("announced"));
        out.put("source", raw("source"));
        out.put("note", raw("definition"));
        out.put("confidence", raw("confidence"));
        out.put("footnote", "");
    }

    /** The CSV's field as read ({@code file} is the file's name), stripped; "" when absent. */
    String raw(String field) {
        if ("file".equals(field)) {
            return file;
        }
        String v = raw.get(field);
        return v == null ? "" : v.strip();
    }

    String get(String field) {
        return out.getOrDefault(field, "");
    }

    String where() {
        return file + " line " + line;
    }

    String describe() {
        String v = get("value").isEmpty() ? get("low") + "-" + get("high") : get("value");
        return where() + " (" + get("company") + " " + get("metric") + " " + get("kind") + " " + get("period") + " " + v
                + (get("announced").isEmpty() ? "" : " announced " + get("announced")) + ")";
    }

    /** Every row of a research CSV, with its line number (the header is line 1). */
    static List<ResearchRow> read(Path csv, int fileIndex) throws IOException {
        CsvMapper mapper = new CsvMapper();
        mapper.enable(CsvParser.Feature.FAIL_ON_MISSING_COLUMNS);
        CsvSchema schema = CsvSchema.emptySchema().withHeader();
        List<ResearchRow> rows = new ArrayList<>();
        String name = csv.getFileName().toString();
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
             MappingIterator<Map<String, String>> it = mapper.readerFor(Map.class).with(schema).readValues(in)) {
            while (it.hasNextValue()) {
                long line = it.getCurrentLocation().getLineNr();
                Map<String, String> row = it.nextValue();
                rows.add(new ResearchRow(name, fileIndex, line, row));
            }
        }
        return rows;
    }
}
