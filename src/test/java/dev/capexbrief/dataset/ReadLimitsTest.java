package dev.capexbrief.dataset;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The size, row and problem limits, with limits small enough to reach in a unit test (the defaults
 * take hundreds of megabytes to hit; {@code hostile.HostileLimitsTest} covers the cheap ones at default).
 */
class ReadLimitsTest {
    static final String HEADER = "company,metric,kind,period,value,announced\n";
    static final ReadLimits SMALL = new ReadLimits(200, 2_000, 10, 3);

    static List<String> csv(String text) {
        return problems(() -> new CsvDatasetReader(SMALL).read(stream(text), "f.csv"));
    }

    static List<String> yaml(String text) {
        return problems(() -> new YamlDatasetReader(SMALL).read(stream(text), "f.yaml"));
    }

    static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    static List<String> problems(org.assertj.core.api.ThrowableAssert.ThrowingCallable read) {
        InvalidDatasetException e = catchThrowableOfType(InvalidDatasetException.class, read);
        assertThat(e).as("refused").isNotNull();
        return e.problems().stream().map(Problem::toString).toList();
    }

    static String rows(int n, String format) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(String.format(format, 1950 + i));
        }
        return sb.toString();
    }

    @Test
    void aFileOverTheSizeLimitIsRefused() {
        assertThat(csv(HEADER + rows(9, "GOOGL,capex,actual,FY%d,1,2025-01-01\n") + "#".repeat(2000)))
                .containsExactly("f.csv: is larger than 2000 bytes; capexbrief reads datasets up to that size"
                        + " (split it, or drop rows you do not need)");
        assertThat(yaml("figures:\n" + rows(5, "  - {company: GOOGL, metric: capex, kind: actual, period: FY%d, value: 1}\n")
                + "#".repeat(2000))).containsExactly("f.yaml: is larger than 2000 bytes; capexbrief reads datasets up to that size"
                + " (split it, or drop rows you do not need)");
    }

    @Test
    void moreRowsThanTheLimitAreRefused() {
        assertThat(csv(HEADER + rows(11, "GOOGL,capex,actual,FY%d,1,2025-01-01\n")))
                .containsExactly("f.csv:12: has more than 10 rows; capexbrief reads datasets up to that size");
        assertThat(yaml("figures:\n" + rows(11, "- {company: G, metric: capex, kind: actual, period: FY%d, value: 1}\n")))
                .containsExactly("f.yaml:12: has more than 10 entries; capexbrief reads datasets up to that size");
    }

    @Test
    void readingStopsAfterTheProblemLimit() {
        assertThat(csv(HEADER + rows(8, "GOOGL,capex,actual,FY%d,x,2025-01-01\n"))).containsExactly(
                "f.csv:2: value: 'x' is not a number",
                "f.csv:3: value: 'x' is not a number",
                "f.csv:4: value: 'x' is not a number",
                "f.csv:5: stopped reading after 3 errors; fix these and run again");
        assertThat(yaml("figures:\n" + rows(8, "- {company: G, metric: capex, kind: actual, period: FY%d, value: x}\n")))
                .containsExactly(
                        "f.yaml:2: value: 'x' is not a number",
                        "f.yaml:3: value: 'x' is not a number",
                        "f.yaml:4: value: 'x' is not a number",
                        "f.yaml:5: stopped reading after 3 errors; fix these and run again");
    }

    @Test
    void warningsBeyondTheLimitAreCountedNotListed() throws Exception {
        Dataset d = new CsvDatasetReader(SMALL).read(stream("company,metric,kind,period,value,announced,a,b,c,e,g\n"
                + "GOOGL,capex,actual,FY2024,1,2025-01-01,,,,,\n"), "f.csv");
        assertThat(d.warnings()).extracting(Problem::toString).containsExactly(
                "f.csv:1: warning: a: unknown column, ignored",
                "f.csv:1: warning: b: unknown column, ignored",
                "f.csv:1: warning: c: unknown column, ignored",
                "f.csv: warning: 2 more warning(s) not shown");
    }

    @Test
    void aQuotedValueOverTheLineLimitPointsAtWhereTheQuoteOpened() {
        ReadLimits shortValues = new ReadLimits(200, 10_000_000, 10, 3);
        assertThat(problems(() -> new CsvDatasetReader(shortValues).read(stream(HEADER + "GOOGL,capex,actual,FY2024,1,2025-01-01\n"
                + "GOOGL,capex,actual,FY2023,1,\"" + "line\n".repeat(100_000)), "f.csv")))
                .containsExactly("f.csv:3: has a value longer than 200 characters; is a quote (\") left open?");
    }
}
