package dev.capexbrief.analysis;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static dev.capexbrief.analysis.Fixture.actual;
import static org.assertj.core.api.Assertions.assertThat;

/** Stage 9, the sources: numbered once in order of first use, each with the companies that cite it. */
class SourcesTest {

    /** {@code sources}: "number text [url] companies" per source. */
    record Case(String name, List<String> figures, List<String> sources) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
                new Case("one source per figure, numbered in order of first use", List.of(
                        actual("A", "capex", "FY2024", "50", "2025-02-01", "10-K 2024"),
                        actual("A", "capex", "FY2023", "40", "2024-02-01", "10-K 2023")),
                        List.of("1 10-K 2024 Alpha", "2 10-K 2023 Alpha")),
                new Case("sources joined with | are split", List.of(
                        actual("A", "capex", "FY2024", "50", "2025-02-01", "https://example.com/a | call transcript")),
                        List.of("1 https://example.com/a url Alpha", "2 call transcript Alpha")),
                new Case("a source cited by two companies is listed once with both", List.of(
                        actual("A", "capex", "FY2024", "50", "2025-02-01", "http://news.example/capex"),
                        actual("B", "capex", "FY2024", "60", "2025-02-01", "http://news.example/capex | 10-K B")),
                        List.of("1 http://news.example/capex url Alpha,Beta", "2 10-K B Beta")),
                new Case("figures not yet public cite nothing", List.of(
                        actual("A", "capex", "FY2024", "50", "2025-02-01", "10-K 2024"),
                        actual("B", "capex", "FY2025", "60", "2026-02-01", "10-K B")),
                        List.of("1 10-K 2024 Alpha")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void sourcesAreNumberedOnce(Case c) {
        Fixture.Sorted s = Fixture.Sorted.of(c.figures(), "2025-06-30");

        assertThat(Sources.of(s.byCompany(), s.profileById())).extracting(r -> r.number() + " " + r.text()
                + (r.url() ? " url " : " ") + String.join(",", r.companies())).containsExactlyElementsOf(c.sources());
    }
}
