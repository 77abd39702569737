package dev.capexbrief.analysis;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.DayOfWeek;
import java.util.List;
import java.util.stream.Stream;

import static dev.capexbrief.analysis.Fixture.actual;
import static dev.capexbrief.analysis.Fixture.guide;
import static dev.capexbrief.analysis.Fixture.move;
import static org.assertj.core.api.Assertions.assertThat;

/** Stage 6, revisions and the week's items: what each figure announced this week did. */
class WeekTest {
    /** Thursday of the week of Monday 2025-02-03. */
    private static final String AS_OF = "2025-02-06";

    /**
     * @param week      "id period status label [from → to] [shares move]" per item, guidance first
     * @param revisions "from → to change" per revision, newest first
     */
    record Case(String name, List<String> figures, List<String> week, List<String> revisions) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
                new Case("the first guidance for a period is new", List.of(
                        guide("A", "capex", "FY2025", "60", "2025-02-04")),
                        List.of("A FY2025 NEW $60B"), List.of()),
                new Case("the same amount again is reiterated", List.of(
                        guide("A", "capex", "FY2025", "60-65", "2024-10-30"),
                        guide("A", "capex", "FY2025", "60-65", "2025-02-04")),
                        List.of("A FY2025 REITERATED $60\u201365B"), List.of()),
                new Case("another amount is revised, with the revision", List.of(
                        guide("A", "capex", "FY2025", "60-65", "2024-10-30"),
                        guide("A", "capex", "FY2025", "64-72", "2025-02-04")),
                        List.of("A FY2025 REVISED $64\u201372B $60\u201365B \u2192 $64\u201372B"),
                        List.of("$60\u201365B \u2192 $64\u201372B 5.5")),
                new Case("a reported actual is an actual, after the guidance", List.of(
                        actual("A", "capex", "FY2024", "77.66", "2025-02-06"),
                        guide("A", "capex", "FY2025", ">=100", "2025-02-06")),
                        List.of("A FY2025 NEW over $100B", "A FY2024 ACTUAL $77.7B"), List.of()),
                new Case("the share move within two days is the reaction", List.of(
                        guide("A", "capex", "FY2025", "75", "2025-02-04"),
                        move("A", "-8", "2025-02-05")),
                        List.of("A FY2025 NEW $75B shares -8.0%"), List.of()),
                new Case("last week's figures and undated actuals are not this week's", List.of(
                        guide("A", "capex", "FY2025", "60", "2025-01-31"),
                        guide("A", "capex", "FY2025", "70", "2025-02-02"),
                        actual("B", "capex", "FY2024", "5", null)),
                        List.of(), List.of("$60B \u2192 $70B 10")),
                new Case("a reiteration between two amounts is not a revision", List.of(
                        guide("A", "capex", "FY2025", "60", "2024-07-30"),
                        guide("A", "capex", "FY2025", "60", "2024-10-30"),
                        guide("A", "capex", "FY2025", "80", "2025-02-03")),
                        List.of("A FY2025 REVISED $80B $60B \u2192 $80B"), List.of("$60B \u2192 $80B 20")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachFigureOfTheWeekSaysWhatItDid(Case c) {
        // as-of after any undated actual's deadline would be; the week is still the one of AS_OF
        Fixture.Sorted s = Fixture.Sorted.of(c.figures(), AS_OF);
        GuidancePlans plans = s.plans();
        List<WeekItem> week = plans.week(s.figures().chains(), s.byCompany(), s.asOf().with(DayOfWeek.MONDAY), s.asOf());

        assertThat(week).extracting(w -> w.company().id() + " " + w.period().label() + " " + w.status() + " " + w.label()
                + (w.revision() == null ? "" : " " + w.revision().fromLabel() + " \u2192 " + w.revision().toLabel())
                + (w.reaction() == null ? "" : " shares " + w.reaction().label()))
                .containsExactlyElementsOf(c.week());
        assertThat(week).allSatisfy(w -> {
            assertThat(w.isNew()).isEqualTo(w.status() == WeekItem.Status.NEW);
            assertThat(w.revision() != null).isEqualTo(w.status() == WeekItem.Status.REVISED);
        });
        assertThat(plans.revisions(s.figures().chains())).extracting(r -> r.fromLabel() + " \u2192 " + r.toLabel() + " "
                + r.change().stripTrailingZeros().toPlainString()).containsExactlyElementsOf(c.revisions());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void templatesSeeTheLowerCaseCode(Case c) {
        Briefing b = Fixture.analyze(c.figures(), AS_OF);
        assertThat(b.thisWeek()).extracting(w -> w.status().code())
                .containsExactlyElementsOf(c.week().stream().map(line -> line.split(" ")[2].toLowerCase(java.util.Locale.ROOT)).toList());
    }
}
