package dev.capexbrief.analysis;

import dev.capexbrief.dataset.Confidence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static dev.capexbrief.analysis.Fixture.actual;
import static dev.capexbrief.analysis.Fixture.guide;
import static dev.capexbrief.analysis.Fixture.move;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each figure's evidence grade reaches the records the outputs draw, and a number computed from
 * figures (a sum, a growth rate, a share, a ratio, a run rate, a change) takes its weakest input's.
 */
class ConfidenceTest {

    /** The figure's YAML line with a {@code confidence} field. */
    private static String graded(String figure, String confidence) {
        return figure.substring(0, figure.length() - 1) + ", confidence: " + confidence + "}";
    }

    @ParameterizedTest(name = "weakest of {0} and {1} is {2}")
    @CsvSource({"VERIFIED, SINGLE_SOURCE, SINGLE_SOURCE", "SINGLE_SOURCE, UNVERIFIED, UNVERIFIED",
            "REPORTED, DERIVED, DERIVED", "VERIFIED, REPORTED, REPORTED", "UNSTATED, VERIFIED, UNSTATED",
            "SINGLE_SOURCE, UNSTATED, SINGLE_SOURCE", "VERIFIED, VERIFIED, VERIFIED"})
    void aNumberIsOnlyAsWellEvidencedAsItsWeakestInput(Confidence a, Confidence b, Confidence weakest) {
        assertThat(Confidence.weakest(a, b)).isEqualTo(weakest);
        assertThat(Confidence.weakest(b, a)).isEqualTo(weakest);
    }

    @Test
    void singleSourceAndUnverifiedAreTheGradesReadersAreWarnedOf() {
        assertThat(List.of(Confidence.values()).stream().filter(Confidence::thin))
                .containsExactly(Confidence.SINGLE_SOURCE, Confidence.UNVERIFIED);
    }

    @Test
    void aSingleSourceQuarterMarksItsRunRateItsYearAndTheGrowthOnIt() {
        Briefing b = Fixture.analyze(List.of(
                actual("A", "capex", "FY2024", "80", "2025-02-01"),
                graded(actual("A", "capex", "FY2025Q1", "20", "2025-05-01"), "verified"),
                graded(actual("A", "capex", "FY2025Q2", "21", "2025-08-01"), "verified"),
                graded(actual("A", "capex", "FY2025Q3", "22", "2025-11-01"), "verified"),
                graded(actual("A", "capex", "FY2025Q4", "27", "2026-02-01"), "single-source"),
                guide("A", "capex", "FY2026", "120", "2026-02-01")), "2026-02-10");

        QuarterSeries q = b.quarterlyFor("A").orElseThrow();
        assertThat(q.quarters()).extracting(QuarterActual::confidence).containsExactly(Confidence.VERIFIED,
                Confidence.VERIFIED, Confidence.VERIFIED, Confidence.SINGLE_SOURCE);
        assertThat(q.runRateConfidence()).isEqualTo(Confidence.SINGLE_SOURCE);
        assertThat(q.vsGuidanceConfidence()).isEqualTo(Confidence.SINGLE_SOURCE);

        List<AnnualActual> years = b.headlineHistory("A").orElseThrow().years();
        assertThat(years).extracting(AnnualActual::confidence).containsExactly(Confidence.UNSTATED,
                Confidence.SINGLE_SOURCE);
        assertThat(years.get(1).yoyConfidence()).isEqualTo(Confidence.SINGLE_SOURCE);

        GuidanceLine plan = b.guidanceFor("A").orElseThrow();
        assertThat(plan.confidence()).isEqualTo(Confidence.UNSTATED);
        assertThat(plan.priorConfidence()).isEqualTo(Confidence.SINGLE_SOURCE);
        assertThat(plan.growthConfidence()).isEqualTo(Confidence.SINGLE_SOURCE);
    }

    @Test
    void aSingleSourceRevisionMarksTheChangeThePlanTheTotalAndEveryShare() {
        Briefing b = Fixture.analyze(List.of(
                actual("A", "capex", "FY2024", "80", "2025-02-01"),
                actual("B", "capex", "FY2024", "40", "2025-02-01"),
                graded(guide("A", "capex", "FY2025", "100", "2025-02-03"), "verified"),
                graded(guide("B", "capex", "FY2025", "50-55", "2025-02-03"), "verified"),
                graded(guide("B", "capex", "FY2025", "55-60", "2025-05-06"), "single-source"),
                graded(move("B", "-3.1", "2025-05-07"), "single-source")), "2025-05-09");

        Revision r = b.revisions().get(0);
        assertThat(r.fromConfidence()).isEqualTo(Confidence.VERIFIED);
        assertThat(r.toConfidence()).isEqualTo(Confidence.SINGLE_SOURCE);
        assertThat(r.changeConfidence()).isEqualTo(Confidence.SINGLE_SOURCE);
        assertThat(r.reaction().confidence()).isEqualTo(Confidence.SINGLE_SOURCE);

        WeekItem week = b.thisWeek().get(0);
        assertThat(week.confidence()).isEqualTo(Confidence.SINGLE_SOURCE);
        assertThat(week.revision().toConfidence()).isEqualTo(Confidence.SINGLE_SOURCE);

        assertThat(b.guidanceFor("B").orElseThrow().confidence()).isEqualTo(Confidence.SINGLE_SOURCE);
        assertThat(b.guidanceFor("A").orElseThrow().confidence()).isEqualTo(Confidence.VERIFIED);
        assertThat(b.guidanceFor("A").orElseThrow().growthConfidence()).isEqualTo(Confidence.UNSTATED);
        // A's share divides by a total that adds B's single-source plan
        assertThat(b.guidanceFor("A").orElseThrow().shareConfidence()).isEqualTo(Confidence.SINGLE_SOURCE);
        assertThat(b.total().confidence()).isEqualTo(Confidence.SINGLE_SOURCE);
        assertThat(b.total().growthConfidence()).isEqualTo(Confidence.SINGLE_SOURCE);
        assertThat(b.total().priorConfidence()).isEqualTo(Confidence.UNSTATED);
        assertThat(b.remainder(1).confidence()).isEqualTo(Confidence.SINGLE_SOURCE);
    }

    @Test
    void verifiedFiguresMakeNothingThin() {
        Briefing b = Fixture.analyze(List.of(
                graded(actual("A", "capex", "FY2024", "80", "2025-02-01"), "verified"),
                graded(actual("A", "capex", "FY2025Q1", "20", "2025-05-01"), "reported"),
                graded(guide("A", "capex", "FY2025", "90", "2025-02-03"), "verified"),
                graded(guide("A", "capex", "FY2025", "100", "2025-05-01"), "verified")), "2025-05-02");

        assertThat(b.revisions()).extracting(Revision::changeConfidence).noneMatch(Confidence::thin);
        assertThat(b.guidanceFor("A").orElseThrow().growthConfidence().thin()).isFalse();
        assertThat(b.total().growthConfidence().thin()).isFalse();
        assertThat(b.quarterlyFor("A").orElseThrow().vsGuidanceConfidence().thin()).isFalse();
    }

    @Test
    void aBasisDerivedFromAnUnverifiedComponentIsUnverified() {
        Briefing b = Fixture.analyze(List.of(
                graded(actual("A", "capex_purchases_ppe", "FY2024", "80", "2025-02-01"), "verified"),
                graded(actual("A", "ppe_sale_proceeds_incentives", "FY2024", "3", "2025-02-01"), "unverified"),
                guide("A", "capex_net_of_proceeds", "FY2025", "100", "2025-02-03")), "2025-02-10");

        AnnualActual net = b.headlineHistory("A").orElseThrow().years().get(0);
        assertThat(net.derived()).isTrue();
        assertThat(net.confidence()).isEqualTo(Confidence.UNVERIFIED);
    }

    @Test
    void aRatioRestsOnBothLines() {
        Briefing b = Fixture.analyze(List.of(
                graded(actual("A", "capex", "FY2024", "80", "2025-02-01"), "verified"),
                graded(actual("A", "revenue", "FY2024", "400", "2025-02-01"), "single-source")), "2025-02-10");

        CapexRatio r = b.ratios("capex-to-revenue").get(0);
        assertThat(r.capex().confidence()).isEqualTo(Confidence.VERIFIED);
        assertThat(r.base().confidence()).isEqualTo(Confidence.SINGLE_SOURCE);
        assertThat(r.confidence()).isEqualTo(Confidence.SINGLE_SOURCE);
    }
}
