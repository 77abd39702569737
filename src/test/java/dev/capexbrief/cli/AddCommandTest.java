package dev.capexbrief.cli;

import dev.capexbrief.dataset.Amount;
import dev.capexbrief.dataset.Dataset;
import dev.capexbrief.dataset.DatasetReader;
import dev.capexbrief.dataset.Figure;
import dev.capexbrief.dataset.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code capexbrief add} end to end: the figure is appended in the file's own style with every
 * earlier byte unchanged, reads back with the real readers, and anything {@code validate} would refuse
 * is refused with validate's own lines, leaving the file as it was.
 */
class AddCommandTest {
    private static final String META_Q2 = "https://investor.atmeta.com/q2-2026";

    @TempDir
    Path dir;

    Path bundledCopy() throws IOException {
        try (InputStream in = DatasetReader.bundledStream()) {
            return Files.write(dir.resolve("hyperscalers.yaml"), in.readAllBytes());
        }
    }

    static String[] args(Path into, String... more) {
        List<String> all = new ArrayList<>(List.of(more));
        all.add("--into");
        all.add(into.toString());
        return all.toArray(new String[0]);
    }

    @Test
    void guidanceIsAppendedToYamlAsAFlowLineLikeItsNeighbours() throws Exception {
        Path yaml = bundledCopy();
        byte[] before = Files.readAllBytes(yaml);
        long lines = before.length == 0 ? 0 : new String(before, StandardCharsets.UTF_8).lines().count();
        Cli r = Cli.run(args(yaml, "add", "guidance", "--company", "CRWV", "--period", "FY2027", "--range", "40-50",
                "--announced", "2026-11-10", "--source", META_Q2));
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out().strip()).isEqualTo(yaml + ":" + (lines + 1) + ": added CRWV capex guidance"
                + " FY2027 40-50 USD B, announced 2026-11-10");
        String expected = "  - {company: CRWV, metric: capex, kind: guidance, period: FY2027, low: 40,"
                + " high: 50, currency: USD, unit: B, announced: 2026-11-10, source: \"" + META_Q2 + "\"}\n";
        assertThat(Files.readAllBytes(yaml)).startsWith(before);
        assertThat(tail(yaml, before.length)).isEqualTo(expected);

        Dataset d = new DatasetReader().read(yaml);
        Figure added = d.figures().get(d.figures().size() - 1);
        assertThat(added.line()).isEqualTo(lines + 1);
        assertThat(added.amount()).isEqualTo(new Amount.Range(new BigDecimal("40"), new BigDecimal("50")));
        assertThat(added.period()).isEqualTo(new Period.FiscalYear(2027));
        assertThat(added.announced()).isEqualTo(LocalDate.of(2026, 11, 10));
        assertThat(Cli.run("validate", "--data", yaml.toString()).exitCode()).isZero();
    }

    @Test
    void anActualWithAQualifierAndItsFilingGoesIntoACsvInTheHeadersOrder() throws Exception {
        Path csv = copy("/datasets/six-weeks.csv", "six-weeks.csv");
        byte[] before = Files.readAllBytes(csv);
        Cli r = Cli.run(args(csv, "add", "actual", "--company", "AAA", "--period", "FY2025", "--value", "61.25",
                "--qualifier", "about", "--announced", "2026-02-01", "--source", "10-K, p. 41", "--note", "said \"about\"",
                "--confidence", "single-source"));
        assertThat(r.exitCode()).as(r.err()).isZero();
        String old = new String(before, StandardCharsets.UTF_8);
        String header = old.lines().findFirst().orElseThrow();
        assertThat(Files.readString(csv)).as("the header lacks a confidence column: it gets one, and no other line changes")
                .isEqualTo(old.replaceFirst(header, header + ",confidence")
                        + "AAA,Alpha Cloud,12,capex,actual,FY2025,61.25,,,about,USD,B,2026-02-01,\"10-K, p. 41\","
                        + "\"said \"\"about\"\"\",single-source\n");
        Figure f = last(new DatasetReader().read(csv));
        assertThat(f.amount()).isEqualTo(new Amount.Point(new BigDecimal("61.25"), dev.capexbrief.dataset.Qualifier.ABOUT));
        assertThat(f.note()).isEqualTo("said \"about\"");
        assertThat(f.confidence()).as("the header has no confidence column: it is added").isEqualTo(
                dev.capexbrief.dataset.Confidence.SINGLE_SOURCE);
    }

    @Test
    void aSemicolonCsvWithWindowsLineEndingsAndQuotedFieldsGetsTheSameStyle() throws Exception {
        String head = "\"company\";\"metric\";\"kind\";\"period\";\"value\";\"low\";\"high\";\"announced\";\"source\"\r\n"
                + "\"SAP\";\"capex\";\"actual\";\"FY2024\";\"1.234,5\";\"\";\"\";\"2025-01-28\";\"Bericht\"\r\n";
        Path csv = Files.writeString(dir.resolve("excel-de.csv"), head);
        Cli r = Cli.run(args(csv, "add", "guidance", "--company", "SAP", "--period", "FY2025", "--range", "1.5-2.25",
                "--announced", "2025-01-29", "--source", "Call; Folie 7"));
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(Files.readString(csv)).isEqualTo(head
                + "\"SAP\";\"capex\";\"guidance\";\"FY2025\";\"\";\"1,5\";\"2,25\";\"2025-01-29\";\"Call; Folie 7\"\r\n");
        Figure f = last(new DatasetReader().read(csv));
        assertThat(f.amount()).isEqualTo(new Amount.Range(new BigDecimal("1.5"), new BigDecimal("2.25")));
    }

    @Test
    void aFileWithoutAFinalLineBreakGetsOneBeforeTheNewLine() throws Exception {
        Path csv = Files.writeString(dir.resolve("short.csv"), "company,metric,kind,period,value,announced\n"
                + "AAA,capex,guidance,FY2025,50,2025-03-04");
        Cli r = Cli.run(args(csv, "add", "guidance", "--company", "AAA", "--period", "FY2025", "--value", "55",
                "--announced", "2025-03-12"));
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(Files.readString(csv)).isEqualTo("company,metric,kind,period,value,announced\n"
                + "AAA,capex,guidance,FY2025,50,2025-03-04\n" + "AAA,capex,guidance,FY2025,55,2025-03-12\n");
    }

    @Test
    void aNewCompanyIsListedUnderCompaniesInTheFilesStyle() throws Exception {
        Path yaml = bundledCopy();
        String before = Files.readString(yaml);
        Cli r = Cli.run(args(yaml, "add", "guidance", "--company", "NVDA", "--company-name", "NVIDIA Corp.", "--fiscal-year-end",
                "1", "--cik", "1045810", "--period", "FY2027", "--value", "20", "--qualifier", "at_least", "--announced",
                "2026-05-28", "--metric", "capex_purchases_ppe"));
        assertThat(r.exitCode()).as(r.err()).isZero();
        String company = "  - {id: NVDA, name: \"NVIDIA Corp.\", fiscal_year_end: 1, cik: 1045810}\n";
        String lastCompany = "  - {id: CRWV, name: CoreWeave, fiscal_year_end: 12, cik: 1769628}\n";
        assertThat(Files.readString(yaml)).isEqualTo(before.replace(lastCompany, lastCompany + company)
                + "  - {company: NVDA, metric: capex_purchases_ppe, kind: guidance, period: FY2027, value: 20,"
                + " qualifier: at_least, currency: USD, unit: B, announced: 2026-05-28}\n");
        Dataset d = new DatasetReader().read(yaml);
        assertThat(d.companies().get("NVDA").fiscalYearEnd()).isEqualTo(Month.JANUARY);
        assertThat(d.companies().get("NVDA").cik()).isEqualTo(1045810L);
        assertThat(r.out()).contains("(and the company NVDA)");
    }

    @Test
    void anUnknownCompanyIsRefusedInOneLine() throws Exception {
        Path yaml = bundledCopy();
        byte[] before = Files.readAllBytes(yaml);
        Cli r = Cli.run(args(yaml, "add", "guidance", "--company", "meta", "--period", "FY2026", "--value", "140",
                "--announced", "2026-07-29"));
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err().strip()).isEqualTo("capexbrief: meta is not a company in " + yaml
                + " (did you mean META?); to add it, give --company-name (and --fiscal-year-end, --cik)");
        assertThat(Files.readAllBytes(yaml)).isEqualTo(before);
    }

    /**
     * Each bad figure: {@code add} prints exactly what {@code validate} prints for the file with the
     * line appended by hand, exits 1 and leaves the file untouched.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            range upside down   | --range=145-130   | --announced=2026-07-29 | low: 145, high: 130, currency: USD, unit: B, announced: 2026-07-29
            not a date          | --value=140       | --announced=2026-02-30 | value: 140, currency: USD, unit: B, announced: 2026-02-30
            guidance undated    | --value=140       | --note=call            | value: 140, currency: USD, unit: B, note: "call"
            a period that isn't | --value=140       | --period=FY2026Q5      | PERIOD, value: 140, currency: USD, unit: B
            an unknown currency | --value=140       | --currency=XYZ         | value: 140, currency: XYZ, unit: B
            """)
    void whatValidateRefusesIsRefusedWithValidatesLines(String name, String amount, String other, String written) throws Exception {
        Path yaml = bundledCopy();
        byte[] before = Files.readAllBytes(yaml);
        List<String> command = new ArrayList<>(List.of("add", "guidance", "--company", "META", amount, other));
        String period = "FY2026";
        if (other.startsWith("--period=")) {
            period = other.substring("--period=".length());
        } else {
            command.add("--period=FY2026");
        }
        if (!other.startsWith("--announced") && !name.equals("guidance undated")) {
            command.add("--announced=2026-07-29");
            written = written + ", announced: 2026-07-29";
        }
        written = written.replace("PERIOD, ", "");
        Cli r = Cli.run(args(yaml, command.toArray(new String[0])));

        Path byHand = Files.write(dir.resolve("by-hand.yaml"), before);
        Files.writeString(byHand, "  - {company: META, metric: capex_incl_finance_leases, kind: guidance, period: " + period
                + ", " + written + "}\n", java.nio.file.StandardOpenOption.APPEND);
        Cli validate = Cli.run("validate", "--data", byHand.toString());

        assertThat(validate.exitCode()).as(validate.err()).isEqualTo(1);
        assertThat(r.exitCode()).as(r.err()).isEqualTo(1);
        assertThat(r.err()).isEqualTo(validate.err().replace(byHand.toString(), yaml.toString()));
        assertThat(r.err().lines().filter(l -> !l.endsWith("nothing was written.")))
                .allMatch(l -> l.startsWith(yaml + ":"));
        assertThat(Files.readAllBytes(yaml)).isEqualTo(before);
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void theSameFigureTwiceIsWrittenOnce() throws Exception {
        Path yaml = bundledCopy();
        String[] add = args(yaml, "add", "guidance", "--company", "META", "--period", "FY2027", "--range", "150-170",
                "--announced", "2026-10-29", "--source", META_Q2);
        assertThat(Cli.run(add).exitCode()).isZero();
        byte[] once = Files.readAllBytes(yaml);
        Cli again = Cli.run(add);
        assertThat(again.exitCode()).isZero();
        long line = new String(once, StandardCharsets.UTF_8).lines().count();
        assertThat(again.out().strip()).isEqualTo(yaml + ":" + line + ": already there (the same figure); nothing was written");
        assertThat(Files.readAllBytes(yaml)).isEqualTo(once);
    }

    @Test
    void aWorkbookIsRefused() throws Exception {
        Path xlsx = Files.write(dir.resolve("briefing.xlsx"), new byte[] {1});
        Cli r = Cli.run(args(xlsx, "add", "guidance", "--company", "META", "--period", "FY2026", "--value", "140",
                "--announced", "2026-07-29"));
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err().strip()).isEqualTo("capexbrief: " + xlsx + " is a workbook; capexbrief adds figures to the .yaml"
                + " or .csv dataset it was made from (a workbook's Data sheet is its output)");
    }

    @Test
    void aMissingDatasetIsAnIoError() {
        Path missing = dir.resolve("nope.yaml");
        Cli r = Cli.run(args(missing, "add", "guidance", "--company", "META", "--period", "FY2026", "--value", "140",
                "--announced", "2026-07-29"));
        assertThat(r.exitCode()).isEqualTo(ExitCodes.IO);
        assertThat(r.err().strip()).isEqualTo("capexbrief: file not found: " + missing);
        assertThat(missing).doesNotExist();
    }

    @Test
    void flagsThatDoNotMakeAFigureAreUsageErrors() throws Exception {
        Path yaml = bundledCopy();
        assertThat(Cli.run(args(yaml, "add", "guidance", "--company", "META", "--period", "FY2026")).err())
                .contains("give the figure with --range LOW-HIGH or --value N");
        assertThat(Cli.run(args(yaml, "add", "forecast", "--company", "META", "--period", "FY2026", "--value", "1")).exitCode())
                .isEqualTo(ExitCodes.USAGE);
        Cli range = Cli.run(args(yaml, "add", "guidance", "--company", "META", "--period", "FY2026", "--range", "130 to 145"));
        assertThat(range.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(range.err().strip()).isEqualTo("capexbrief: --range takes LOW-HIGH, e.g. 130-145, not '130 to 145'");
    }

    private Path copy(String resource, String name) throws IOException {
        try (InputStream in = AddCommandTest.class.getResourceAsStream(resource)) {
            return Files.write(dir.resolve(name), in.readAllBytes());
        }
    }

    private static String tail(Path file, int from) throws IOException {
        byte[] all = Files.readAllBytes(file);
        return new String(all, from, all.length - from, StandardCharsets.UTF_8);
    }

    private static Figure last(Dataset d) {
        return d.figures().get(d.figures().size() - 1);
    }

    private List<Path> leftovers() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().startsWith(".")).toList();
        }
    }
}
