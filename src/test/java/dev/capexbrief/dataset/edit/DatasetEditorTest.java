package dev.capexbrief.dataset.edit;

import dev.capexbrief.dataset.Dataset;
import dev.capexbrief.dataset.DatasetReader;
import dev.capexbrief.dataset.Figure;
import dev.capexbrief.dataset.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The edits in the corners of the formats: block mappings, sections after figures, odd line breaks, BOMs. */
class DatasetEditorTest {
    @TempDir
    Path dir;

    static FigureAdder.Request guidance(String company, String value, String note) {
        return new FigureAdder.Request(Kind.GUIDANCE, company, "capex", "FY2026", value, null, null, null, null, null,
                "2026-02-01", "call", note, null, null, null, null, null);
    }

    @Test
    void blockMappingsGetABlockMappingAtTheirIndentation() throws Exception {
        String text = """
                figures:
                    -   company: AAA
                        metric: capex
                        kind: guidance
                        period: FY2025
                        value: 50
                        announced: 2025-03-04
                        note: |
                          first plan,
                          on two lines
                """;
        Path yaml = Files.writeString(dir.resolve("block.yaml"), text);
        FigureAdder.Outcome o = new FigureAdder().add(yaml, guidance("AAA", "55", "raised"));
        assertThat(o.line()).isEqualTo(11);
        assertThat(Files.readString(yaml)).isEqualTo(text + """
                    -   company: AAA
                        metric: capex
                        kind: guidance
                        period: FY2026
                        value: 55
                        currency: USD
                        unit: B
                        announced: 2026-02-01
                        source: "call"
                        note: "raised"
                """);
        assertThat(new DatasetReader().read(yaml).figures()).hasSize(2);
    }

    @Test
    void aSectionAfterTheFiguresStaysAfterThem() throws Exception {
        String head = """
                companies:
                  - {id: BABA, name: Alibaba, fiscal_year_end: 3}
                figures:
                  - {company: BABA, metric: capex, kind: guidance, period: FY2026, value: 120, currency: CNY, unit: B, announced: 2025-02-24}
                """;
        String tail = """
                # rates last
                fx:
                  - {currency: CNY, usd_per_unit: 0.1395, as_of: 2025-02-24}
                """;
        Path yaml = Files.writeString(dir.resolve("fx-last.yaml"), head + tail);
        FigureAdder.Request r = new FigureAdder.Request(Kind.GUIDANCE, "BABA", "capex", "FY2027", "130", null, null, null, "CNY",
                null, "2026-02-20", null, null, null, null, null, null, null);
        new FigureAdder().add(yaml, r);
        assertThat(Files.readString(yaml)).isEqualTo(head + "  - {company: BABA, metric: capex, kind: guidance, period: FY2027,"
                + " value: 130, currency: CNY, unit: B, announced: 2026-02-20}\n" + tail);
    }

    @Test
    void lineBreaksYamlCountsThatTextEditorsDoNotAreCountedToo() throws Exception {
        // U+2028 inside a note is a line break to the YAML reader: the line numbers must follow it
        String text = "figures:\n"
                + "  - {company: AAA, metric: capex, kind: guidance, period: FY2025, value: 50, announced: 2025-03-04, note: \"a\u2028b\"}\n"
                + "  - {company: BBB, metric: capex, kind: guidance, period: FY2025, value: 10, announced: 2025-03-04}\n";
        Path yaml = Files.writeString(dir.resolve("ls.yaml"), text);
        try (DatasetEditor e = DatasetEditor.open(yaml, false)) {
            Map<String, String> row = new LinkedHashMap<>();
            row.put("company", "AAA");
            row.put("metric", "capex");
            row.put("kind", "guidance");
            row.put("period", "FY2026");
            row.put("value", "60");
            row.put("announced", "2026-01-05");
            row.put("note", "x\u2028y\nz");
            DatasetEditor.NewFigure f = e.addFigure(row, DatasetEditor.Place.END_OF_COMPANY);
            e.commit(d -> true);
            assertThat(f.line()).isEqualTo(4);
        }
        String[] physical = Files.readString(yaml).split("\n");
        assertThat(physical[2]).isEqualTo("  - {company: AAA, metric: capex, kind: guidance, period: FY2026, value: 60,"
                + " announced: 2026-01-05, note: \"x\\u2028y\\nz\"}");
        Dataset d = new DatasetReader().read(yaml);
        Figure added = d.figures().stream().filter(f -> f.period().label().equals("FY2026")).findFirst().orElseThrow();
        assertThat(added.note()).isEqualTo("x\u2028y\nz");
        assertThat(added.line()).isEqualTo(4);
    }

    @Test
    void aCsvWithAByteOrderMarkAndAQuotedLineBreakKeepsBoth() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        String text = "company,metric,kind,period,value,announced,note\n"
                + "AAA,capex,guidance,FY2025,50,2025-03-04,\"line one\nline two\"\n"
                + "BBB,capex,guidance,FY2025,10,2025-03-04,\n";
        Path csv = dir.resolve("bom.csv");
        Files.write(csv, concat(bom, text.getBytes(StandardCharsets.UTF_8)));
        try (DatasetEditor e = DatasetEditor.open(csv, false)) {
            Map<String, String> row = new LinkedHashMap<>();
            row.put("company", "AAA");
            row.put("metric", "capex");
            row.put("kind", "guidance");
            row.put("period", "FY2026");
            row.put("value", "60");
            row.put("announced", "2026-01-05");
            row.put("confidence", "verified");
            e.addFigure(row, DatasetEditor.Place.END_OF_COMPANY);
            e.commit(d -> true);
        }
        String expected = "company,metric,kind,period,value,announced,note,confidence\n"
                + "AAA,capex,guidance,FY2025,50,2025-03-04,\"line one\nline two\"\n"
                + "AAA,capex,guidance,FY2026,60,2026-01-05,,verified\n"
                + "BBB,capex,guidance,FY2025,10,2025-03-04,\n";
        assertThat(Files.readAllBytes(csv)).isEqualTo(concat(bom, expected.getBytes(StandardCharsets.UTF_8)));
        assertThat(new DatasetReader().read(csv).figures()).extracting(Figure::line).containsExactly(2L, 4L, 5L);
    }

    @Test
    void aFlowListOfFiguresIsRefusedWithWhatToDo() throws Exception {
        Path yaml = Files.writeString(dir.resolve("flow.yaml"), "figures: [{company: AAA, metric: capex, kind: guidance,"
                + " period: FY2025, value: 50, announced: 2025-03-04}]\n");
        assertThatThrownBy(() -> new FigureAdder().add(yaml, guidance("AAA", "55", null)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(yaml + ":1: figures: is written as a flow list ([...]); write it as a block list, one '- {...}'"
                        + " a line, so capexbrief can add to it");
    }

    @Test
    void trailingCommentsStayWhereTheyAreAndTheNewFigureFollowsThem() throws Exception {
        String text = "figures:\n  - {company: AAA, metric: capex, kind: guidance, period: FY2025, value: 50,"
                + " announced: 2025-03-04}\n\n# end of the figures\n";
        Path yaml = Files.writeString(dir.resolve("comments.yaml"), text);
        new FigureAdder().add(yaml, guidance("AAA", "55", null));
        assertThat(Files.readString(yaml)).isEqualTo(text + "  - {company: AAA, metric: capex, kind: guidance, period: FY2026,"
                + " value: 55, currency: USD, unit: B, announced: 2026-02-01, source: \"call\"}\n");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
