package dev.capexbrief.cli;

import dev.capexbrief.dataset.DatasetReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Issue 17 as a new user meets it: a dataset where Meta is written twice (a typo, another case, an
 * invisible character, a second id under Meta's name, a figure of a company the list lacks) gets one
 * line naming the file, line and field and saying "did you mean META?" from {@code validate},
 * {@code brief} and {@code add}, and nothing is written, instead of a briefing that sums
 * "Amazon, Microsoft, Meta and Meta".
 */
class CompanyIdentityCliTest {
    private static final String CSV_HEADER = "company,company_name,fiscal_year_end,metric,kind,period,value,qualifier,"
            + "currency,unit,announced,source\n";
    private static final String CSV_PLANS = CSV_HEADER
            + "AMZN,Amazon,12,capex,guidance,FY2025,100,at_least,USD,B,2025-02-06,call\n"
            + "MSFT,Microsoft,6,capex,guidance,FY2025,80,about,USD,B,2025-01-03,blog\n"
            + "META,Meta,12,capex,guidance,FY2025,60,about,USD,B,2025-01-29,call\n";
    private static final String YAML_COMPANIES = """
            companies:
              - {id: AMZN, name: Amazon, fiscal_year_end: 12}
              - {id: MSFT, name: Microsoft, fiscal_year_end: 6}
              - {id: META, name: Meta Platforms, fiscal_year_end: 12}
            """;
    private static final String YAML_PLANS = """
            figures:
              - {company: AMZN, metric: capex, kind: guidance, period: FY2025, value: 100, qualifier: at_least, announced: 2025-02-06}
              - {company: MSFT, metric: capex, kind: guidance, period: FY2025, value: 80, qualifier: about, announced: 2025-01-03}
              - {company: META, metric: capex, kind: guidance, period: FY2025, value: 60, qualifier: about, announced: 2025-01-29}
            """;
    private static final String TYPO_HINT = "; did you mean META? If MTEA is another company, give both their company"
            + " names (or CIKs)";

    @TempDir
    Path dir;

    static Stream<Arguments> metaTwice() {
        return Stream.of(
                Arguments.of("two letters swapped", "plans.csv",
                        CSV_PLANS + "MTEA,Meta,12,capex,guidance,FY2025,65,about,USD,B,2025-04-30,call\n",
                        ":5: company: MTEA is one typo away from META (line 4)" + TYPO_HINT),
                Arguments.of("lower case", "plans.csv",
                        CSV_PLANS + "meta,Meta,12,capex,guidance,FY2025,65,about,USD,B,2025-04-30,call\n",
                        ":5: company: meta and META (line 4) differ only in case; did you mean META? A company has one id"),
                Arguments.of("a zero-width space", "plans.csv",
                        CSV_PLANS + "ME\u200BTA,Meta,12,capex,guidance,FY2025,65,about,USD,B,2025-04-30,call\n",
                        ":5: company: 'ME\\u200BTA' contains an invisible character (U+200B ZERO WIDTH SPACE); retype the id"),
                Arguments.of("a byte-order mark in the middle", "plans.csv",
                        CSV_PLANS + "\uFEFFMETA,Meta,12,capex,guidance,FY2026,65,about,USD,B,2025-04-30,call\n",
                        ":5: company: contains a byte-order mark (U+FEFF), which belongs only at the very start of a file;"
                                + " remove it (files joined together carry one at each join)"),
                Arguments.of("title case under companies:", "plans.yaml",
                        YAML_COMPANIES + "  - {id: Meta, name: Meta, fiscal_year_end: 12}\n" + YAML_PLANS,
                        ":5: id: Meta and META (line 4) differ only in case; did you mean META? A company has one id"),
                Arguments.of("a second id under Meta's name", "plans.yaml",
                        YAML_COMPANIES + "  - {id: FB, name: \"Meta Platforms, Inc.\", fiscal_year_end: 12}\n" + YAML_PLANS,
                        ":5: name: FB's name 'Meta Platforms, Inc.' is META's (line 4: 'Meta Platforms'); did you mean"
                                + " META? A company has one id"),
                Arguments.of("a figure of a company the list lacks", "plans.yaml", YAML_COMPANIES + YAML_PLANS
                                + "  - {company: MTEA, metric: capex, kind: guidance, period: FY2025, value: 65, announced: 2025-04-30}\n",
                        ":9: company: MTEA is not listed under companies:; did you mean META? (listed on line 4)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("metaTwice")
    void validateAndBriefStopOnMetaWrittenTwice(String what, String name, String text, String problem) throws IOException {
        Path data = Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
        Cli validate = Cli.run("validate", "--data", data.toString());
        assertThat(validate.exitCode()).as(validate.err()).isEqualTo(1);
        assertThat(validate.err().lines().toList()).containsExactly(data + problem, "1 error(s); nothing was written.");
        assertThat(validate.out()).doesNotContain("OK");

        Path out = dir.resolve("out");
        Cli brief = Cli.run("brief", "--data", data.toString(), "--out", out.toString(), "--as-of", "2025-05-01");
        assertThat(brief.exitCode()).as(brief.err()).isEqualTo(1);
        assertThat(brief.err()).contains(data + problem).doesNotContain("Exception");
        assertThat(out).doesNotExist();
    }

    @Test
    void theSameFileWithoutTheTypoValidates() throws IOException {
        Path csv = Files.writeString(dir.resolve("plans.csv"), CSV_PLANS);
        Path yaml = Files.writeString(dir.resolve("plans.yaml"), YAML_COMPANIES + YAML_PLANS);
        for (Path data : List.of(csv, yaml)) {
            Cli r = Cli.run("validate", "--data", data.toString());
            assertThat(r.exitCode()).as(r.err()).isZero();
            assertThat(r.out()).contains("OK, 3 figures for 3 companies");
        }
    }

    @Test
    void addRefusesMetaInLowerCaseWhenMetaIsThere() throws IOException {
        Path yaml = bundledCopy();
        byte[] before = Files.readAllBytes(yaml);
        List<String> lines = Files.readAllLines(yaml);
        int meta = lines.indexOf("  - {id: META, name: Meta, fiscal_year_end: 12, cik: 1326801}") + 1;
        int lastCompany = lines.indexOf("  - {id: CRWV, name: CoreWeave, fiscal_year_end: 12, cik: 1769628}") + 1;
        assertThat(meta).isPositive();

        Cli asNew = Cli.run(AddCommandTest.args(yaml, "add", "guidance", "--company", "meta", "--company-name", "Meta",
                "--period", "FY2026", "--value", "140", "--announced", "2026-07-29"));
        assertThat(asNew.exitCode()).as(asNew.err()).isEqualTo(1);
        assertThat(asNew.err()).contains(yaml + ":" + (lastCompany + 1) + ": id: meta and META (line " + meta
                + ") differ only in case; did you mean META? A company has one id");
        assertThat(Files.readAllBytes(yaml)).isEqualTo(before);

        Cli typo = Cli.run(AddCommandTest.args(yaml, "add", "guidance", "--company", "MTEA", "--period", "FY2026",
                "--value", "140", "--announced", "2026-07-29"));
        assertThat(typo.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(typo.err().strip()).isEqualTo("capexbrief: MTEA is not a company in " + yaml
                + " (did you mean META?); to add it, give --company-name (and --fiscal-year-end, --cik)");
        assertThat(Files.readAllBytes(yaml)).isEqualTo(before);
    }

    @Test
    void addRefusesATypoOfACsvCompanyWithItsLine() throws IOException {
        Path csv = Files.writeString(dir.resolve("plans.csv"), CSV_PLANS);
        Cli r = Cli.run(AddCommandTest.args(csv, "add", "guidance", "--company", "MTEA", "--company-name", "Meta",
                "--period", "FY2026", "--value", "70", "--announced", "2025-10-29"));
        assertThat(r.exitCode()).as(r.err()).isEqualTo(1);
        assertThat(r.err()).contains(csv + ":5: company: MTEA is one typo away from META (line 4)" + TYPO_HINT);
        assertThat(Files.readString(csv)).isEqualTo(CSV_PLANS);
    }

    @Test
    void addCannotPutANewCompanyIntoAFlowListOfCompanies() throws IOException {
        String text = "companies: [{id: META, name: Meta}]\n" + YAML_PLANS.replace("AMZN", "META").replace("MSFT", "META")
                .replace("FY2025, value: 100", "FY2023, value: 100").replace("FY2025, value: 80", "FY2024, value: 80");
        Path yaml = Files.writeString(dir.resolve("flow.yaml"), text);
        assertThat(Cli.run("validate", "--data", yaml.toString()).exitCode()).isZero();
        Cli r = Cli.run(AddCommandTest.args(yaml, "add", "guidance", "--company", "NVDA", "--company-name", "NVIDIA",
                "--period", "FY2027", "--value", "20", "--announced", "2026-05-28"));
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err().strip()).isEqualTo("capexbrief: " + yaml + ":1: companies: is written as a flow list ([...]);"
                + " write it as a block list, one '- {...}' a line, so capexbrief can add NVDA to it");
        assertThat(Files.readString(yaml)).isEqualTo(text);
    }

    @Test
    void theBundledDatasetValidatesClean() {
        Cli r = Cli.run("validate");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains(DatasetReader.BUNDLED_NAME + ": OK");
        assertThat(r.err()).doesNotContain("did you mean").doesNotContain("invisible").doesNotContain("U+FEFF");
    }

    /**
     * The research tables in ../shared (read in place; skipped without them) raise no identity error, and
     * the same table with one META row mistyped does.
     */
    @Test
    void theSharedResearchTablesRaiseNoIdentityErrorButATypoInThemDoes() throws IOException {
        Path shared = Path.of("..", "shared", "data");
        assumeTrue(Files.isDirectory(shared), "../shared/data is not beside the checkout");
        List<Path> tables;
        try (Stream<Path> files = Files.list(shared)) {
            tables = files.filter(p -> p.getFileName().toString().matches("capex-facts.*\\.csv")).sorted().toList();
        }
        assertThat(tables).isNotEmpty();
        for (Path table : tables) {
            Cli r = Cli.run("validate", "--data", table.toString());
            assertThat(r.err()).as(table.toString()).doesNotContain("did you mean").doesNotContain("invisible character")
                    .doesNotContain("U+FEFF").doesNotContain("differ only in case");

            List<String> lines = Files.readAllLines(table);
            int first = -1;
            for (int i = 0; i < lines.size() && first < 0; i++) {
                if (lines.get(i).startsWith("META,")) {
                    first = i;
                }
            }
            int second = first + 1;
            while (second < lines.size() && !lines.get(second).startsWith("META,")) {
                second++;
            }
            assumeTrue(second < lines.size(), table + " has fewer than two META rows");
            lines.set(second, "MTEA," + lines.get(second).substring("META,".length()));
            Path typo = Files.write(dir.resolve(table.getFileName()), lines);
            Cli t = Cli.run("validate", "--data", typo.toString());
            assertThat(t.exitCode()).isEqualTo(1);
            assertThat(t.err()).contains(typo + ":" + (second + 1) + ": company: MTEA is one typo away from META (line "
                    + (first + 1) + ")" + TYPO_HINT);
        }
    }

    private Path bundledCopy() throws IOException {
        try (InputStream in = DatasetReader.bundledStream()) {
            return Files.write(dir.resolve("hyperscalers.yaml"), in.readAllBytes());
        }
    }
}
