package dev.capexbrief.analysis;

import dev.capexbrief.dataset.Figure;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static dev.capexbrief.analysis.Fixture.actual;
import static dev.capexbrief.analysis.Fixture.guide;
import static org.assertj.core.api.Assertions.assertThat;

/** Stage 1, the figures public as of the date, and the data cutoff the cover prints. */
class VisibleFiguresTest {
    private static final List<String> FIGURES = List.of(
            actual("A", "capex", "FY2024", "50", "2025-02-05"),
            guide("A", "capex", "FY2025", "60", "2025-02-06"),
            guide("B", "capex", "FY2025", "70", "2025-02-07"),
            // no announced date: the reader infers the 10-K deadline, 60 days after the year end
            actual("C", "capex", "FY2024", "5", null));

    record Case(String name, String asOf, List<String> visible, String cutoff) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
                new Case("nothing is public yet", "2025-01-01", List.of(), "2025-01-01"),
                new Case("a figure announced on the as-of day is seen", "2025-02-06",
                        List.of("A FY2024 actual", "A FY2025 guidance"), "2025-02-06"),
                new Case("a figure announced the day after is not", "2025-02-05", List.of("A FY2024 actual"), "2025-02-05"),
                new Case("an inferred filing date is seen but does not move the cutoff", "2025-06-30",
                        List.of("A FY2024 actual", "A FY2025 guidance", "B FY2025 guidance", "C FY2024 actual"), "2025-02-07"),
                new Case("before an undated actual's deadline it is not public", "2025-02-28",
                        List.of("A FY2024 actual", "A FY2025 guidance", "B FY2025 guidance"), "2025-02-07"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void seesOnlyWhatWasPublic(Case c) {
        LocalDate asOf = LocalDate.parse(c.asOf());
        Map<String, List<Figure>> byCompany = VisibleFigures.byCompany(Fixture.dataset(FIGURES), asOf);

        assertThat(byCompany.values().stream().flatMap(List::stream)
                .map(f -> f.company().id() + " " + f.period().label() + " " + f.kind().code()))
                .containsExactlyElementsOf(c.visible());
        assertThat(VisibleFigures.cutoff(byCompany, asOf)).isEqualTo(c.cutoff());
    }
}
