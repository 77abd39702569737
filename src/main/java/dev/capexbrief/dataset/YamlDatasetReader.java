package dev.capexbrief.dataset;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import org.yaml.snakeyaml.LoaderOptions;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the YAML dataset format: {@code companies} (listed once), an optional {@code fx} table and
 * {@code figures} with the CSV field names. Aliases are capped and custom tags refused, so a
 * hostile file cannot expand or instantiate anything.
 */
public final class YamlDatasetReader {
    private static final ObjectMapper MAPPER = new ObjectMapper(yamlFactory());

    static YAMLFactory yamlFactory() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(20);
        options.setAllowRecursiveKeys(false);
        options.setNestingDepthLimit(20);
        options.setCodePointLimit(64 * 1024 * 1024);
        return YAMLFactory.builder().loaderOptions(options).build();
    }

    public Dataset read(InputStream in, String file) throws IOException, InvalidDatasetException {
        DatasetAssembler assembler = new DatasetAssembler(file);
        read(in, file, assembler);
        return assembler.build(file);
    }

    void read(InputStream in, String file, DatasetAssembler assembler) throws IOException {
        List<Problem> problems = assembler.problems();
        try (JsonParser p = MAPPER.getFactory().createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                problems.add(Problem.error(file, 1, "", "is not a capexbrief YAML dataset; it needs companies:, figures: and optionally fx:"));
                return;
            }
            boolean sawFigures = false;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String section = p.currentName();
                JsonToken t = p.nextToken();
                if (t != JsonToken.START_ARRAY) {
                    if (t != JsonToken.VALUE_NULL) {
                        problems.add(Problem.error(file, line(p), section, "must be a list"));
                    }
                    p.skipChildren();
                    continue;
                }
                switch (section) {
                    case "companies" -> items(p, file, problems, (line, row) -> company(file, line, row, assembler));
                    case "fx" -> items(p, file, problems, (line, row) -> fx(file, line, row, assembler));
                    case "figures" -> {
                        sawFigures = true;
                        FigureRowParser parser = new FigureRowParser(file, assembler.companies(), false);
                        items(p, file, problems, (line, row) -> assembler.add(parser.parse(line, row, problems)));
                    }
                    default -> {
                        problems.add(Problem.warning(file, line(p), section, "unknown section, ignored"));
                        p.skipChildren();
                    }
                }
            }
            if (!sawFigures) {
                problems.add(Problem.error(file, 0, "figures", "is missing; a dataset lists its figures under figures:"));
            }
        } catch (JsonProcessingException e) {
            long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            problems.add(Problem.error(file, line, "", "is not valid YAML: " + firstLine(e.getOriginalMessage())));
        } catch (RuntimeException e) {
            // SnakeYAML reports alias bombs and limits as unchecked exceptions.
            problems.add(Problem.error(file, 0, "", "was refused: " + firstLine(String.valueOf(e.getMessage()))));
        }
    }

    private interface RowHandler {
        void handle(long line, Map<String, String> row);
    }

    private static void items(JsonParser p, String file, List<Problem> problems, RowHandler handler) throws IOException {
        while (p.nextToken() != JsonToken.END_ARRAY) {
            long line = line(p);
            refuseTags(p, file);
            if (p.currentToken() != JsonToken.START_OBJECT) {
                problems.add(Problem.error(file, line, "", "each entry must be a mapping such as {company: MSFT, ...}"));
                p.skipChildren();
                continue;
            }
            JsonNode node = MAPPER.readTree(p);
            Map<String, String> row = new HashMap<>();
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            boolean nested = false;
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> e = fields.next();
                JsonNode v = e.getValue();
                if (v.isContainerNode()) {
                    problems.add(Problem.error(file, line, e.getKey(), "must be a single value, not a list or mapping"));
                    nested = true;
                } else if (!v.isNull()) {
                    row.put(e.getKey().toLowerCase(Locale.ROOT), v.isNumber() ? v.decimalValue().toPlainString() : v.asText());
                }
            }
            if (!nested) {
                handler.handle(line, row);
            }
        }
    }

    private static void refuseTags(JsonParser p, String file) throws IOException {
        if (p instanceof YAMLParser y && y.getTypeId() != null) {
            throw new JsonProcessingException("custom YAML tag '" + y.getTypeId() + "' is not allowed", p.currentTokenLocation()) {
                private static final long serialVersionUID = 1L;
            };
        }
    }

    private static void company(String file, long line, Map<String, String> row, DatasetAssembler assembler) {
        String id = FigureRowParser.text(row, "id");
        if (id.isEmpty()) {
            id = FigureRowParser.text(row, "company");
        }
        if (id.isEmpty()) {
            assembler.problem(Problem.error(file, line, "id", "is empty; each company needs an id such as MSFT"));
            return;
        }
        if (assembler.companies().isDeclared(id)) {
            assembler.problem(Problem.error(file, line, "id", id + " is listed twice under companies"));
            return;
        }
        String fyeText = FigureRowParser.text(row, "fiscal_year_end");
        Month fye = Month.DECEMBER;
        if (!fyeText.isEmpty()) {
            try {
                fye = Month.of(Integer.parseInt(fyeText));
            } catch (RuntimeException e) {
                fye = null;
                for (Month m : Month.values()) {
                    if (m.name().equalsIgnoreCase(fyeText) || m.name().substring(0, 3).equalsIgnoreCase(fyeText)) {
                        fye = m;
                    }
                }
                if (fye == null) {
                    assembler.problem(Problem.error(file, line, "fiscal_year_end", "'" + fyeText + "' is not a month; use 1-12 or a month name"));
                    return;
                }
            }
        }
        assembler.companies().declare(new Company(id, FigureRowParser.text(row, "name"), fye), line);
    }

    private static void fx(String file, long line, Map<String, String> row, DatasetAssembler assembler) {
        String currency = FigureRowParser.text(row, "currency").toUpperCase(Locale.ROOT);
        String rate = FigureRowParser.text(row, "usd_per_unit");
        String asOf = FigureRowParser.text(row, "as_of");
        try {
            java.util.Currency.getInstance(currency);
        } catch (IllegalArgumentException e) {
            assembler.problem(Problem.error(file, line, "currency", "'" + currency + "' is not an ISO 4217 currency code"));
            return;
        }
        BigDecimal r;
        try {
            r = new BigDecimal(rate);
        } catch (NumberFormatException e) {
            assembler.problem(Problem.error(file, line, "usd_per_unit", "'" + rate + "' is not a number"));
            return;
        }
        if (r.signum() <= 0) {
            assembler.problem(Problem.error(file, line, "usd_per_unit", "must be positive"));
            return;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(asOf);
        } catch (DateTimeParseException e) {
            assembler.problem(Problem.error(file, line, "as_of", "'" + asOf + "' is not a date; write YYYY-MM-DD"));
            return;
        }
        assembler.addFx(new FxRate(currency, r, date, FigureRowParser.text(row, "source")));
    }

    private static long line(JsonParser p) {
        return p.currentTokenLocation().getLineNr();
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
