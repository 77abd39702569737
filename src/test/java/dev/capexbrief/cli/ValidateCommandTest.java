package dev.capexbrief.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class ValidateCommandTest {
    static final String BROKEN = """
            company,company_name,fiscal_year_end,metric,kind,period,value,low,high,qualifier,currency,unit,announced,source,note
            AMZN,Amazon,12,capex,guidance,FY2025,100,,,at_least,USD,B,2025-02-06,call,
            META,Meta,12,capex,guidance,FY2025,,65,60,,USD,B,2025-01-29,post,
            GOOGL,Alphabet,12,capex,guidance,FY2025Q5,75,,,about,USD,B,2025-02-04,release,
            MSFT,Microsoft,6,capex,guidance,FY2025,80,,,about,USD,B,,blog,
            ORCL,Oracle,5,capex,guidance,FY2026,25,,,about,XYZ,B,2025-06-11,call,
            """;

    @TempDir
    Path dir;

    @Test
    void listsEveryBrokenRowAndExitsOne() throws IOException {
        Path csv = Files.writeString(dir.resolve("figures.csv"), BROKEN);
        Cli r = Cli.run("validate", "--data", csv.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        String f = csv.toString();
        assertThat(r.err()).contains(
                f + ":3: high: high (60) is below low (65)",
                f + ":4: period: 'FY2025Q5' has quarter 5; quarters are Q1-Q4",
                f + ":5: announced: is empty; guidance needs the day it was announced (YYYY-MM-DD)",
                f + ":6: currency: 'XYZ' is not an ISO 4217 currency code (e.g. USD, CNY, EUR)",
                "4 error(s); nothing was written.");
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void briefOnBrokenDataWritesNothing() throws IOException {
        Path csv = Files.writeString(dir.resolve("figures.csv"), BROKEN);
        Path out = dir.resolve("out");
        Cli r = Cli.run("brief", "--data", csv.toString(), "--out", out.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(out).doesNotExist();
    }

    @Test
    void anActualAnnouncedBeforeItsPeriodEndedIsAnErrorWithItsLine() throws IOException {
        Path yaml = copy("early-actual.yaml");
        Cli r = Cli.run("validate", "--data", yaml.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        String f = yaml.toString();
        assertThat(r.err().lines().filter(l -> l.contains(": announced: ")).toList()).containsExactly(
                f + ":12: announced: FY2026 actual announced 2026-03-01 but FY2026 ends 2026-12-31; an actual is"
                        + " reported after its period ends: check the period and the date (a plan is kind guidance)",
                f + ":14: announced: FY2026 actual announced 2026-06-30 but FY2026 ends 2026-06-30; an actual is"
                        + " reported after its period ends: check the period and the date (a plan is kind guidance)");
        assertThat(r.err()).contains("2 error(s); nothing was written.").doesNotContain("Exception");

        Path out = dir.resolve("out");
        Cli brief = Cli.run("brief", "--data", f, "--out", out.toString());
        assertThat(brief.exitCode()).isEqualTo(1);
        assertThat(out).doesNotExist();
    }

    @Test
    void addRefusesAnActualForAPeriodThatHasNotEnded() throws IOException {
        Path yaml = copy("early-actual.yaml");
        String fixed = Files.readString(yaml).lines().filter(l -> !l.contains("too early") && !l.contains("entered as"))
                .collect(java.util.stream.Collectors.joining("\n", "", "\n"));
        Files.writeString(yaml, fixed);
        assertThat(Cli.run("validate", "--data", yaml.toString()).exitCode()).isZero();

        Cli r = Cli.run("add", "actual", "--company", "GOOGL", "--period", "FY2026Q3", "--value", "40",
                "--announced", "2026-09-15", "--metric", "capex", "--into", yaml.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("announced: FY2026Q3 actual announced 2026-09-15 but FY2026Q3 ends 2026-09-30");
        assertThat(Files.readString(yaml)).isEqualTo(fixed);
    }

    private Path copy(String resource) throws IOException {
        try (var in = getClass().getResourceAsStream("/datasets/" + resource)) {
            return Files.write(dir.resolve(resource), in.readAllBytes());
        }
    }

    @Test
    void validDataIsSummarised() {
        Cli r = Cli.run("validate");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).matches("bundled:hyperscalers.yaml: OK, \\d+ figures for 9 companies\\s*");
    }

    @Test
    void missingFileIsAnIoErrorInOneLine() {
        Cli r = Cli.run("validate", "--data", dir.resolve("nope.csv").toString());
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.err().strip()).isEqualTo("capexbrief: file not found: " + dir.resolve("nope.csv"));
    }

    @Test
    void badFlagIsAUsageError() {
        Cli r = Cli.run("brief", "--as-of", "yesterday");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--as-of");
    }

    @Test
    void weeksListsAnnouncementWeeks() {
        Cli r = Cli.run("weeks");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("2025-W06  2025-02-09").contains("AMZN, GOOGL");
    }

    @Test
    void initWritesAnEditableCopyThatValidates() throws IOException {
        Cli r = Cli.run("init", dir.resolve("work").toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(dir.resolve("work/hyperscalers.yaml")).isNotEmptyFile();
        assertThat(dir.resolve("work/capexbrief.yaml")).content().contains("data: hyperscalers.yaml");
        Cli v = Cli.run("validate", "--config", dir.resolve("work/capexbrief.yaml").toString());
        assertThat(v.exitCode()).as(v.err()).isZero();
        assertThat(v.out()).contains("hyperscalers.yaml: OK");
        Cli again = Cli.run("init", dir.resolve("work").toString());
        assertThat(again.exitCode()).isEqualTo(3);
        try (Stream<Path> files = Files.list(dir.resolve("work"))) {
            assertThat(files).noneMatch(p -> p.getFileName().toString().endsWith(".part"));
        }
    }
}
