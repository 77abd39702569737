package dev.capexbrief.analysis;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static dev.capexbrief.analysis.Fixture.actual;
import static dev.capexbrief.analysis.Fixture.guide;
import static org.assertj.core.api.Assertions.assertThat;

/** Stage 4, the fiscal year the briefing is about, from the guidance chains and the actuals. */
class FocusYearTest {

    record Case(String name, List<String> figures, String asOf, int focusYear) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
                new Case("the year most companies guide", List.of(
                        guide("A", "capex", "FY2025", "60", "2025-02-01"),
                        guide("B", "capex", "FY2025", "70", "2025-02-01"),
                        guide("C", "capex", "FY2026", "80", "2025-02-01")),
                        "2025-03-01", 2025),
                new Case("a tie goes to the later year", List.of(
                        guide("A", "capex", "FY2025", "60", "2025-02-01"),
                        guide("B", "capex", "FY2026", "70", "2025-02-01")),
                        "2025-03-01", 2026),
                new Case("a year with a complete actual is no longer open", List.of(
                        guide("A", "capex", "FY2025", "60", "2025-02-01"),
                        guide("B", "capex", "FY2025", "70", "2025-02-01"),
                        actual("A", "capex", "FY2025", "61", "2026-02-01"),
                        actual("B", "capex", "FY2025", "72", "2026-02-01"),
                        guide("A", "capex", "FY2026", "90", "2026-02-01")),
                        "2026-02-05", 2026),
                new Case("time travel: before the actuals the year is still open", List.of(
                        guide("A", "capex", "FY2025", "60", "2025-02-01"),
                        guide("B", "capex", "FY2025", "70", "2025-02-01"),
                        actual("A", "capex", "FY2025", "61", "2026-02-01"),
                        actual("B", "capex", "FY2025", "72", "2026-02-01"),
                        guide("A", "capex", "FY2026", "90", "2026-02-01")),
                        "2026-01-31", 2025),
                new Case("a partial actual leaves the year open", List.of(
                        guide("A", "capex", "FY2025", "60", "2025-02-01"),
                        guide("B", "capex", "FY2025", "70", "2025-02-01"),
                        actual("A", "capex", "FY2025Q1", "15", "2025-04-30"),
                        actual("A", "capex", "FY2025Q2", "15", "2025-07-30"),
                        actual("A", "capex", "FY2025Q3", "15", "2025-10-30"),
                        guide("C", "capex", "FY2026", "80", "2025-11-01")),
                        "2025-11-05", 2025),
                new Case("guidance off the headline basis does not count", List.of(
                        guide("A", "capex_purchases_ppe", "FY2025", "60", "2025-01-10"),
                        guide("A", "capex_net_of_proceeds", "FY2026", "55", "2025-06-10"),
                        guide("B", "capex", "FY2025", "70", "2025-02-01")),
                        "2025-07-01", 2026),
                new Case("quarter and multi-year guidance do not count", List.of(
                        guide("A", "capex", "FY2026Q1", "20", "2025-02-01"),
                        guide("B", "capex", "FY2026-FY2028", "300", "2025-02-01"),
                        guide("C", "capex", "FY2024", "50", "2024-02-01")),
                        "2025-03-01", 2024),
                new Case("without open guidance, the as-of year", List.of(
                        actual("A", "capex", "FY2024", "50", "2025-02-01")),
                        "2025-03-01", 2025));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void choosesTheYearMostCompaniesGuide(Case c) {
        Fixture.Sorted s = Fixture.Sorted.of(c.figures(), c.asOf());

        assertThat(FocusYear.choose(s.figures().chains(), s.figures().actuals(), s.profileById(), s.asOf()))
                .isEqualTo(c.focusYear());
        assertThat(Fixture.analyze(c.figures(), c.asOf()).focusYear()).as("the briefing's focus year").isEqualTo(c.focusYear());
    }
}
