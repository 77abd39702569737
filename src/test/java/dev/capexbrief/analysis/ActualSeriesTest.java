package dev.capexbrief.analysis;

import dev.capexbrief.dataset.Amount;
import dev.capexbrief.dataset.Company;
import dev.capexbrief.dataset.Confidence;
import dev.capexbrief.dataset.Figure;
import dev.capexbrief.dataset.Kind;
import dev.capexbrief.dataset.Period;
import dev.capexbrief.dataset.Qualifier;
import dev.capexbrief.dataset.Unit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.stream.Stream;

import static dev.capexbrief.analysis.Fixture.actual;
import static dev.capexbrief.analysis.Fixture.guide;
import static dev.capexbrief.analysis.Fixture.move;
import static org.assertj.core.api.Assertions.assertThat;

/** Stage 7, annual series, quarterly series with run rates, and calendar-year views. */
class ActualSeriesTest {
    private static final CompanyProfile ALPHA = new CompanyProfile(new Company("A", "Alpha", Month.DECEMBER), "capex",
            "capex as reported by the company", "");
    private static final LocalDate Q4_END = LocalDate.of(2024, 12, 31);

    /**
     * A latest quarter {@code daysOld} days before the as-of date, stated in a unit that {@code factor}
     * turns into billions, against a plan of {@code plan} (null: no plan).
     */
    record RunRateCase(String name, int daysOld, String stated, String factor, String plan, String runRate,
                       boolean current, String vsPlan) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<RunRateCase> runRates() {
        return Stream.of(
                new RunRateCase("199 days old: current, compared with the plan", 199, "26.3", "1", "100", "105.2", true, "0.0520"),
                new RunRateCase("200 days old: still current", 200, "26.3", "1", "100", "105.2", true, "0.0520"),
                new RunRateCase("201 days old: history, not compared", 201, "26.3", "1", "100", "105.2", false, null),
                new RunRateCase("the day the quarter ends", 0, "25", "1", "125", "100", true, "-0.2000"),
                new RunRateCase("current without a plan", 30, "26.3", "1", null, "105.2", true, null),
                new RunRateCase("a plan of zero is not divided by", 30, "26.3", "1", "0", "105.2", true, null),
                new RunRateCase("a quarter stated in another currency is converted", 30, "100", "0.14", "28", "56", true, "1.0000"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("runRates")
    void theRunRateIsComparedWithThePlanOnlyWhileCurrent(RunRateCase c) {
        QuarterActual older = quarter(new Period.FiscalQuarter(2024, 3), "Jul\u2013Sep 2024",
                LocalDate.of(2024, 9, 30), "999", "1", "q3");
        QuarterActual latest = quarter(new Period.FiscalQuarter(2024, 4), "Oct\u2013Dec 2024", Q4_END,
                c.stated(), c.factor(), "q4");

        QuarterSeries q = ActualSeries.quarterSeries(ALPHA, List.of(older, latest), plan(c.plan()),
                Q4_END.plusDays(c.daysOld()));

        assertThat(q.latest()).isEqualTo(latest);
        assertThat(q.runRate()).isEqualByComparingTo(c.runRate());
        assertThat(q.current()).isEqualTo(c.current());
        assertThat(q.runRateVsGuidance() == null ? null : q.runRateVsGuidance().setScale(4, RoundingMode.HALF_UP).toPlainString())
                .isEqualTo(c.vsPlan());
    }

    /** A verified quarter stated in billions, {@code factor} turning it into report-currency billions. */
    private static QuarterActual quarter(Period.FiscalQuarter q, String months, LocalDate end, String stated,
                                         String factor, String source) {
        Figure figure = new Figure(1, ALPHA.company(), "capex", Kind.ACTUAL, q,
                new Amount.Point(new BigDecimal(stated), Qualifier.EXACT), "USD", Unit.BILLIONS, end, true, source, "",
                "", "", "", Confidence.VERIFIED, "");
        return new QuarterActual(new QuarterActual.Months(q, months, end), figure, new BigDecimal(factor));
    }

    private static GuidanceLine plan(String central) {
        if (central == null) {
            return null;
        }
        BigDecimal c = new BigDecimal(central);
        return new GuidanceLine(ALPHA, "capex", new Period.FiscalYear(2025), new Amount.Point(c, Qualifier.EXACT), c,
                CentralKind.STATED, "$" + central + "B", "$" + central + "B", null, null, null, null,
                LocalDate.of(2025, 2, 6), "call", "", null, null, null, Confidence.VERIFIED, null, null, "", null, null, null,
                0, null, 0, null);
    }

    @org.junit.jupiter.api.Test
    void aQuarterTwoOrMoreBehindTheOtherCompaniesLatestIsStaleAndNeverCurrent() {
        Fixture.Sorted s = Fixture.Sorted.of(List.of(
                actual("A", "capex", "FY2026Q2", "40", "2026-07-30"),
                actual("B", "capex", "FY2025Q4", "30", "2026-02-01"),
                actual("C", "capex", "FY2026Q1", "20", "2026-04-30"),
                guide("B", "capex", "FY2026", "100", "2026-02-01")), "2026-07-31");
        FocusPlans plans = FocusPlans.of(s.plans(), s.figures().chains(), 2026, "USD", s.profiles());

        ActualSeries series = new ActualSeries(s.profiles(), s.figures().actuals(), plans.guidance(), s.asOf());

        // B's Oct-Dec 2025 ends 181 days before A's Apr-Jun 2026; C's Jan-Mar 2026, 91 days
        assertThat(series.quarterly()).extracting(q -> q.company().id() + " " + q.stale() + " " + q.current())
                .containsExactly("A false true", "B true false", "C false true");
        QuarterSeries b = series.quarterly().get(1);
        assertThat(b.runRate()).as("still shown, marked").isEqualByComparingTo("120");
        assertThat(b.runRateVsGuidance()).as("never compared with the plan").isNull();
    }

    @org.junit.jupiter.api.Test
    void theCompanyWithTheLatestQuarterIsMeasuredAgainstTheOthersNotItself() {
        Fixture.Sorted s = Fixture.Sorted.of(List.of(
                actual("A", "capex", "FY2026Q2", "40", "2026-07-30"),
                actual("A", "capex", "FY2025Q2", "10", "2025-07-30"),
                actual("B", "capex", "FY2025Q4", "30", "2026-02-01")), "2026-07-31");

        ActualSeries series = new ActualSeries(s.profiles(), s.figures().actuals(), List.of(), s.asOf());

        assertThat(series.quarterly()).extracting(q -> q.company().id() + " " + q.stale())
                .containsExactly("A false", "B true");
    }

    @org.junit.jupiter.api.Test
    void aRunRateComesOnlyFromTheCompanysLatestReportedQuarter() {
        Fixture.Sorted s = Fixture.Sorted.of(List.of(
                actual("A", "capex_net_of_proceeds", "FY2025Q4", "20", "2026-02-01"),
                actual("A", "capex", "FY2026Q1", "25", "2026-04-30"),
                guide("A", "capex_net_of_proceeds", "FY2026", "100", "2026-02-01")), "2026-05-01");
        FocusPlans plans = FocusPlans.of(s.plans(), s.figures().chains(), 2026, "USD", s.profiles());

        QuarterSeries q = new ActualSeries(s.profiles(), s.figures().actuals(), plans.guidance(), s.asOf())
                .quarterly().get(0);

        assertThat(q.latest().quarter().label()).isEqualTo("FY2025Q4");
        assertThat(q.runRate()).as("FY2025Q4 is no longer the latest quarter Alpha reported").isNull();
        assertThat(q.runRateVsGuidance()).isNull();
        assertThat(q.laterOnOtherBasis().quarter().label()).isEqualTo("FY2026Q1");
        assertThat(q.laterBasisLabel()).isEqualTo("capex as reported by the company");
    }

    /**
     * @param history       "id metric [headline] years" per series
     * @param quarterly     "id latest-quarter run-rate" per quarterly series
     * @param calendarYears "id CYyyyy value quarters" per calendar-year view
     */
    record SeriesCase(String name, List<String> figures, List<String> history, List<String> quarterly,
                      List<String> calendarYears) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<SeriesCase> series() {
        return Stream.of(
                new SeriesCase("the headline basis comes first, then the other bases", List.of(
                        actual("A", "capex_net_of_proceeds", "FY2024", "77", "2025-02-01"),
                        actual("A", "capex_purchases_ppe", "FY2023", "50", "2024-02-01"),
                        actual("A", "capex_purchases_ppe", "FY2024", "83", "2025-02-01"),
                        guide("A", "capex_purchases_ppe", "FY2025", "100", "2025-02-01")),
                        List.of("A capex_purchases_ppe headline FY2023,FY2024", "A capex_net_of_proceeds FY2024"),
                        List.of(), List.of()),
                new SeriesCase("quarters give a quarterly series on the headline basis only", List.of(
                        actual("A", "capex", "FY2024Q3", "20", "2024-10-30"),
                        actual("A", "capex", "FY2024Q4", "26.3", "2025-02-01"),
                        actual("A", "capex_purchases_ppe", "FY2024Q4", "27", "2025-02-01"),
                        guide("A", "capex", "FY2025", "100", "2025-02-01")),
                        List.of("A capex headline FY2024", "A capex_purchases_ppe FY2024"),
                        List.of("A FY2024Q4 105.2"), List.of()),
                new SeriesCase("a company without a capex basis has no series", List.of(
                        move("A", "-4.2", "2025-02-02"),
                        actual("B", "capex", "FY2024", "5", "2025-02-01")),
                        List.of("B capex headline FY2024"), List.of(), List.of()),
                new SeriesCase("a June year's four quarters in one calendar year give a calendar-year view", List.of(
                        actual("J", "capex", "FY2025Q2", "0.5", "2025-01-29"),
                        actual("J", "capex", "FY2025Q3", "1", "2025-04-30"),
                        actual("J", "capex", "FY2025Q4", "2", "2025-07-30"),
                        actual("J", "capex", "FY2026Q1", "3", "2025-10-29"),
                        actual("J", "capex", "FY2026Q2", "4", "2026-01-28")),
                        List.of("J capex headline FY2025,FY2026"), List.of("J FY2026Q2 16"),
                        List.of("J CY2025 10 FY2025Q3,FY2025Q4,FY2026Q1,FY2026Q2")),
                new SeriesCase("a December year has no calendar-year view", List.of(
                        actual("A", "capex", "FY2025Q1", "1", "2025-04-30"),
                        actual("A", "capex", "FY2025Q2", "2", "2025-07-30"),
                        actual("A", "capex", "FY2025Q3", "3", "2025-10-29"),
                        actual("A", "capex", "FY2025Q4", "4", "2026-01-28")),
                        List.of("A capex headline FY2025"), List.of("A FY2025Q4 16"), List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("series")
    void seriesFollowTheHeadlineBasis(SeriesCase c) {
        Fixture.Sorted s = Fixture.Sorted.of(c.figures(), "2026-06-30");
        FocusPlans plans = FocusPlans.of(s.plans(), s.figures().chains(), 2025, "USD", s.profiles());

        ActualSeries series = new ActualSeries(s.profiles(), s.figures().actuals(), plans.guidance(), s.asOf());

        assertThat(series.history()).extracting(h -> h.company().id() + " " + h.metric() + (h.headline() ? " headline " : " ")
                + String.join(",", h.years().stream().map(y -> y.year().label()).toList()))
                .containsExactlyElementsOf(c.history());
        assertThat(series.quarterly()).extracting(q -> q.company().id() + " " + q.latest().quarter().label() + " "
                + q.runRate().stripTrailingZeros().toPlainString()).containsExactlyElementsOf(c.quarterly());
        assertThat(series.calendarYears()).extracting(y -> y.company().id() + " CY" + y.year() + " "
                + y.value().stripTrailingZeros().toPlainString() + " " + String.join(",", y.quarters()))
                .containsExactlyElementsOf(c.calendarYears());
        assertThat(s.figures().actuals()).as("each company's actuals are let go once read").isEmpty();
    }
}
