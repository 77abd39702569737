package dev.capexbrief.analysis;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.stream.Stream;

import static dev.capexbrief.analysis.Fixture.actual;
import static dev.capexbrief.analysis.Fixture.guide;
import static org.assertj.core.api.Assertions.assertThat;

/** Stage 5, the focus-year plans, the group total and each company's share of it. */
class FocusPlansTest {

    /**
     * @param plans  "id label central kind share" per focus-year line, largest first
     * @param total  "label | like-for-like ids | growth" of the group total
     * @param others "id period label" per other plan
     */
    record Case(String name, List<String> figures, String asOf, int year, List<String> plans, String total,
                List<String> others) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
                new Case("a range counts at its midpoint, a floor at its bound and marks the total", List.of(
                        guide("A", "capex", "FY2025", ">=100", "2025-02-06"),
                        guide("B", "capex", "FY2025", "60-65", "2025-01-29")),
                        "2025-03-01", 2025,
                        List.of("A over $100B 100 AT_LEAST 0.6154", "B $60\u201365B 62.5 MIDPOINT 0.3846"),
                        "$163B+ |  | -", List.of()),
                new Case("growth is like for like: only companies with a prior-year actual", List.of(
                        actual("A", "capex", "FY2024", "100", "2025-02-01"),
                        guide("A", "capex", "FY2025", "110", "2025-02-01"),
                        guide("B", "capex", "FY2025", "~50", "2025-02-01")),
                        "2025-03-01", 2025,
                        List.of("A $110B 110 STATED 0.6875", "B ~$50B 50 STATED 0.3125"),
                        "$160B | A | 0.1000", List.of()),
                new Case("the latest guidance in a chain is the plan", List.of(
                        guide("A", "capex", "FY2025", "60-65", "2025-01-29"),
                        guide("A", "capex", "FY2025", "64-72", "2025-04-30")),
                        "2025-06-30", 2025, List.of("A $64\u201372B 68 MIDPOINT 1.0000"), "$68.0B |  | -", List.of()),
                new Case("later years, open quarters and multi-year plans are other plans", List.of(
                        guide("A", "capex", "FY2025", "80", "2025-02-01"),
                        guide("A", "capex", "FY2026", "<=90", "2025-02-01"),
                        guide("A", "capex", "FY2025Q2", "20", "2025-02-01"),
                        guide("B", "capex", "FY2026-FY2028", "300", "2025-02-01")),
                        "2025-03-01", 2025, List.of("A $80B 80 STATED 1.0000"), "$80B |  | -",
                        List.of("A FY2025Q2 $20B", "A FY2026 up to $90B",
                                "B FY2026-FY2028 $300B for FY2026\u2013FY2028, ~$100B a year")),
                new Case("a quarter already reported and a past year are not other plans", List.of(
                        guide("A", "capex", "FY2025", "80", "2025-02-01"),
                        guide("A", "capex", "FY2025Q1", "20", "2025-02-01"),
                        actual("A", "capex", "FY2025Q1", "21", "2025-04-30"),
                        guide("B", "capex", "FY2024", "40", "2024-02-01")),
                        "2025-05-01", 2025, List.of("A $80B 80 STATED 1.0000"), "$80B |  | -", List.of()),
                new Case("an off-calendar plan says when its year ends", List.of(
                        guide("J", "capex", "FY2025", "~80", "2025-01-03")),
                        "2025-03-01", 2025, List.of("J ~$80B (FY ends June) 80 STATED 1.0000"), "$80B |  | -", List.of()),
                new Case("no plans for the year: an empty total", List.of(
                        guide("A", "capex", "FY2026", "80", "2025-02-01")),
                        "2025-03-01", 2025, List.of(), "$0.0B |  | -", List.of("A FY2026 $80B")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void plansAddUpToTheGroupTotal(Case c) {
        Fixture.Sorted s = Fixture.Sorted.of(c.figures(), c.asOf());
        FocusPlans plans = FocusPlans.of(s.plans(), s.figures().chains(), c.year(), "USD", s.profiles());

        assertThat(plans.guidance()).extracting(g -> g.company().id() + " " + g.label() + " " + plain(g.central()) + " "
                + g.centralKind() + " " + fixed(g.share())).containsExactlyElementsOf(c.plans());
        GroupTotal t = plans.total();
        assertThat(t.label() + " | " + String.join(",", t.likeForLikeCompanies()) + " | " + fixed(t.growth()))
                .isEqualTo(c.total());
        assertThat(t.companies()).containsExactlyElementsOf(plans.guidance().stream().map(g -> g.company().id()).toList());
        assertThat(plans.others()).extracting(g -> g.company().id() + " " + g.period().label() + " " + g.label())
                .containsExactlyElementsOf(c.others());
    }

    private static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }

    private static String fixed(BigDecimal v) {
        return v == null ? "-" : v.setScale(4, RoundingMode.HALF_UP).toPlainString();
    }
}
