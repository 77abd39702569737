package dev.capexbrief.dataset.hostile;

import dev.capexbrief.dataset.Dataset;
import dev.capexbrief.dataset.DatasetReader;
import dev.capexbrief.dataset.Figure;
import dev.capexbrief.dataset.InvalidDatasetException;
import dev.capexbrief.dataset.Problem;
import dev.capexbrief.dataset.YamlDatasetReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * YAML that tries to expand, instantiate or nest its way past the reader, and YAML that is simply
 * not a dataset: each refused with one clear line naming the file (fixtures in src/test/resources/hostile/yaml).
 */
class HostileYamlTest {
    @TempDir
    Path dir;

    /** The fixture copied to a temp folder, as a user would pass it with --data. */
    Path fixture(String name) throws IOException {
        try (InputStream in = HostileYamlTest.class.getResourceAsStream("/hostile/yaml/" + name)) {
            assertThat(in).as(name).isNotNull();
            return Files.write(dir.resolve(name), in.readAllBytes());
        }
    }

    List<String> problems(Path file) {
        InvalidDatasetException e = catchThrowableOfType(InvalidDatasetException.class, () -> new DatasetReader().read(file));
        assertThat(e).as("refused").isNotNull();
        return e.problems().stream().map(Problem::toString).map(s -> s.replace(file.toString(), "{file}")).toList();
    }

    @ParameterizedTest(name = "{0}")
    @Timeout(10)
    @CsvSource(delimiter = '|', textBlock = """
            billion-laughs.yaml   | {file}:4: uses a YAML alias (*lol1); aliases are not allowed in a dataset, write the values out
            alias-in-figures.yaml | {file}:5: uses a YAML alias (*googl); aliases are not allowed in a dataset, write the values out
            java-tag.yaml         | {file}:3: custom YAML tag '!!javax.script.ScriptEngineManager' is not allowed; a dataset holds plain values only, remove the tag
            runtime-tag.yaml      | {file}:2: custom YAML tag '!!java.lang.Runtime' is not allowed; a dataset holds plain values only, remove the tag
            custom-tag.yaml       | {file}:2: custom YAML tag '!foo' is not allowed; a dataset holds plain values only, remove the tag
            list.yaml             | {file}:1: is a list; a capexbrief YAML dataset is a mapping with companies:, figures: and optionally fx:
            scalar.yaml           | {file}:1: is a single value; a capexbrief YAML dataset is a mapping with companies:, figures: and optionally fx:
            empty.yaml            | {file}: is empty; a capexbrief YAML dataset is a mapping with companies:, figures: and optionally fx:
            comments-only.yaml    | {file}: is empty; a capexbrief YAML dataset is a mapping with companies:, figures: and optionally fx:
            two-documents.yaml    | {file}:4: has more than one YAML document (---); put everything in one
            duplicate-field.yaml  | {file}:2: value: appears twice in this entry; keep one
            """)
    void isRefusedInOneClearLine(String fixture, String message) throws IOException {
        assertThat(problems(fixture(fixture))).as("warnings about unknown sections may come first")
                .filteredOn(p -> !p.contains(": warning: ")).containsExactly(message);
    }

    @Test
    void valuesAreJudgedAsWrittenNeverAsDoubles() throws IOException {
        assertThat(problems(fixture("numbers-as-written.yaml"))).containsExactly(
                "{file}:3: value: '.nan' is not a number",
                "{file}:4: value: '.inf' is not a number",
                "{file}:5: value: 1e300 is implausibly large (limit 1000000); check the unit (B = billions, M = millions)",
                "{file}:6: value: '123456789012345678901234567890123456789012345' is 45 characters long; a number has at most 40"
                        + " (check the unit: B = billions, M = millions)",
                "{file}:7: value: 'true' is not a number");
    }

    @Test
    void aListOrMappingWhereAValueBelongsIsNamed() throws IOException {
        assertThat(problems(fixture("nested-value.yaml"))).containsExactly(
                "{file}:2: value: must be a single value, not a list or mapping",
                "{file}:3: uses a list or mapping as a key; keys are plain names such as company");
    }

    @Test
    void plainValuesKeepTheirText() throws Exception {
        Path file = fixture("plain-values.yaml");
        Dataset d = new DatasetReader().read(file);
        assertThat(d.companies()).containsOnlyKeys("NO");
        Figure guidance = d.figures().get(0);
        assertThat(guidance.company().id()).as("NO is a ticker, not a boolean").isEqualTo("NO");
        assertThat(guidance.amount().central().toPlainString()).isEqualTo("75.10");
        assertThat(guidance.source()).isEqualTo("=HYPERLINK(\"http://x\")");
        assertThat(guidance.note()).isEqualTo("@SUM(1+1)");
        assertThat(d.figures().get(1).amount().central()).isEqualByComparingTo("12.5");
    }

    @Test
    @Timeout(10)
    void deepNestingIsRefusedBeforeItCostsAnything() throws IOException {
        String deep = "figures:\n  - {company: GOOGL, note: " + "[".repeat(100_000) + "]".repeat(100_000) + "}\n";
        Path file = Files.writeString(dir.resolve("deep.yaml"), deep);
        assertThat(problems(file)).last().isEqualTo("{file}:2: nests lists or mappings more than "
                + "10 levels deep; a dataset needs three (sections, lists of entries, fields)");
    }

    @Test
    @Timeout(20)
    void aTenMegabyteLineIsRefusedWithBoundedMemory() throws Exception {
        String head = "figures:\n  - {company: GOOGL, metric: capex, kind: guidance, period: FY2025, value: 75, note: ";
        InputStream in = new SyntheticStream(head.getBytes(StandardCharsets.UTF_8), "x".getBytes(StandardCharsets.UTF_8), 10L << 20);
        InvalidDatasetException e = catchThrowableOfType(InvalidDatasetException.class,
                () -> new YamlDatasetReader().read(in, "big.yaml"));
        assertThat(e.problems()).extracting(Problem::toString)
                .containsExactly("big.yaml:2: has a line longer than 1000000 characters; this is not a capexbrief dataset");
    }

    @Test
    void invalidUtf8IsReportedOnItsLineAndField() {
        byte[] latin1 = ("figures:\n  - {company: SAP, company_name: Soci\u00e9t\u00e9, metric: capex, kind: actual, period: FY2024, value: 1}\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        InvalidDatasetException e = catchThrowableOfType(InvalidDatasetException.class,
                () -> new YamlDatasetReader().read(new ByteArrayInputStream(latin1), "latin1.yaml"));
        assertThat(e.problems()).extracting(Problem::toString)
                .containsExactly("latin1.yaml:2: company_name: is not UTF-8 text; save it as UTF-8 (in Excel: CSV UTF-8)");
    }
    @Test
    void aCikIsCheckedOnCompaniesAndFiguresAndBelongsToOneCompany() throws IOException {
        Path file = Files.writeString(dir.resolve("cik.yaml"), """
                companies:
                  - {id: GOOGL, name: Alphabet, cik: 1652044}
                  - {id: META, name: Meta, cik: "00013X"}
                  - {id: GOOG, cik: 0001652044}
                figures:
                  - {company: GOOGL, metric: capex, kind: actual, period: FY2024, value: 52.5, cik: 1652045}
                """);
        String how = "is not a CIK; write the company's SEC central index key, 1 to 10 digits (e.g. 1652044)";
        assertThat(problems(file)).containsExactly(
                "{file}:3: cik: '00013X' " + how,
                "{file}:4: cik: cik 1652044 is GOOGL's too (line 2); a CIK belongs to one company",
                "{file}:6: cik: conflicting cik for GOOGL: 1652045 here, 1652044 on line 2");
    }

    @Test
    void aCompanysCikIsRead() throws Exception {
        Path file = Files.writeString(dir.resolve("cik-ok.yaml"), """
                companies:
                  - {id: GOOGL, name: Alphabet, cik: 0001652044}
                  - {id: AMZN, name: Amazon}
                figures:
                  - {company: GOOGL, metric: capex, kind: actual, period: FY2024, value: 52.5, cik: 1652044}
                  - {company: AMZN, metric: capex, kind: actual, period: FY2024, value: 83, cik: 1018724}
                """);
        Dataset d = new DatasetReader().read(file);
        assertThat(d.companies().get("GOOGL").cik()).isEqualTo(1652044L);
        assertThat(d.companies().get("AMZN").cik()).as("given on a figure").isEqualTo(1018724L);
    }
}
