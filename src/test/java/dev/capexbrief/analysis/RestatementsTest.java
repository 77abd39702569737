package dev.capexbrief.analysis;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static dev.capexbrief.analysis.Fixture.actual;
import static org.assertj.core.api.Assertions.assertThat;

/** The restatements stage: a later filing's new value for a reported period, as of the briefing's day. */
class RestatementsTest {
    record Case(String name, List<String> figures, String asOf, List<String> restatements, String fy2024) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() {
        List<String> restated = List.of(
                actual("A", "capex", "FY2024", "50", "2025-02-01", "10-K"),
                actual("A", "capex", "FY2024", "52.5", "2025-06-01", "10-K/A"));
        return Stream.of(
                new Case("before the amended filing, the old value and no restatement", restated, "2025-05-31",
                        List.of(), "50"),
                new Case("from the amended filing on, the new value and the restatement", restated, "2025-06-01",
                        List.of("A capex FY2024 50 -> 52.5 (+2.5) 2025-02-01 -> 2025-06-01 10-K/A"), "52.5"),
                new Case("a comparative repeating the same value is not a restatement", List.of(
                        actual("A", "capex", "FY2024", "50", "2025-02-01", "10-K"),
                        actual("A", "capex", "FY2024", "50", "2026-02-01", "10-K 2025")), "2026-03-01", List.of(), "50"),
                new Case("the same number stated more precisely is not a restatement", List.of(
                        actual("A", "capex", "FY2024", "91.45", "2025-02-01", "release"),
                        actual("A", "capex", "FY2024", "91.446", "2025-02-20", "10-K")), "2025-03-01", List.of(),
                        "91.446"),
                new Case("each change along a chain, newest first", List.of(
                        actual("A", "capex", "FY2024", "50", "2025-02-01", "a"),
                        actual("A", "capex", "FY2024", "51", "2025-05-01", "b"),
                        actual("A", "capex", "FY2024", "49", "2025-08-01", "c")), "2025-12-31",
                        List.of("A capex FY2024 51 -> 49 (-2) 2025-05-01 -> 2025-08-01 c",
                                "A capex FY2024 50 -> 51 (+1) 2025-02-01 -> 2025-05-01 b"), "49"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void aRestatementIsSeenFromItsFilingDayOn(Case c) {
        Briefing b = Fixture.analyze(c.figures(), c.asOf());
        assertThat(b.restatements()).extracting(r -> r.company().id() + " " + r.metric() + " " + r.period().label() + " "
                + r.from().stripTrailingZeros().toPlainString() + " -> " + r.to().stripTrailingZeros().toPlainString()
                + " (" + (r.change().signum() > 0 ? "+" : "") + r.change().stripTrailingZeros().toPlainString() + ") "
                + r.fromDate() + " -> " + r.toDate() + " " + r.source()).containsExactlyElementsOf(c.restatements());
        assertThat(b.headlineHistory("A").orElseThrow().years().get(0).value()).isEqualByComparingTo(c.fy2024());
    }
}
