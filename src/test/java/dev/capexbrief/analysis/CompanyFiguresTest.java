package dev.capexbrief.analysis;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static dev.capexbrief.analysis.Fixture.actual;
import static dev.capexbrief.analysis.Fixture.guide;
import static dev.capexbrief.analysis.Fixture.move;
import static org.assertj.core.api.Assertions.assertThat;

/** Stage 3, actuals per company and basis: where each year's number comes from. */
class CompanyFiguresTest {
    private static final String NET_HOW = "derived: purchases of property & equipment minus proceeds & incentives";
    private static final String LEASES_HOW = "derived: purchases of property & equipment plus principal payments on finance leases";

    /** {@code years}: "metric year value provenance [yoy]" for every year of company A, metric by metric. */
    record Case(String name, List<String> figures, List<String> years) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
                new Case("an annual figure is reported", List.of(actual("A", "capex", "FY2024", "50", "2025-02-01")),
                        List.of("capex FY2024 50 Reported[source=filing A]")),
                new Case("four quarters are summed and cite the latest", List.of(
                        actual("A", "capex", "FY2024Q1", "10", "2024-04-30", "q1"),
                        actual("A", "capex", "FY2024Q2", "11", "2024-07-30", "q2"),
                        actual("A", "capex", "FY2024Q3", "12", "2024-10-30", "q3"),
                        actual("A", "capex", "FY2024Q4", "13", "2025-02-01", "q4")),
                        List.of("capex FY2024 46 SummedFromQuarters[source=q4]")),
                new Case("three quarters are a partial year without growth", List.of(
                        actual("A", "capex", "FY2024", "40", "2025-02-01"),
                        actual("A", "capex", "FY2025Q1", "10", "2025-04-30", "q1"),
                        actual("A", "capex", "FY2025Q2", "11", "2025-07-30", "q2"),
                        actual("A", "capex", "FY2025Q3", "12", "2025-10-30", "q3")),
                        List.of("capex FY2024 40 Reported[source=filing A]",
                                "capex FY2025 33 PartialYear[quarters=3, source=q3]")),
                new Case("an annual figure wins over its quarters, and growth follows", List.of(
                        actual("A", "capex", "FY2023", "40", "2024-02-01"),
                        actual("A", "capex", "FY2024Q1", "10", "2024-04-30"),
                        actual("A", "capex", "FY2024", "50", "2025-02-01")),
                        List.of("capex FY2023 40 Reported[source=filing A]",
                                "capex FY2024 50 Reported[source=filing A] yoy 0.250")),
                new Case("a restatement replaces the earlier figure", List.of(
                        actual("A", "capex", "FY2024", "50", "2025-02-01", "10-K"),
                        actual("A", "capex", "FY2024", "52", "2025-08-01", "10-K/A")),
                        List.of("capex FY2024 52 Reported[source=10-K/A]")),
                new Case("net capex is derived from purchases minus proceeds", List.of(
                        actual("A", "capex_purchases_ppe", "FY2024", "83", "2025-02-01"),
                        actual("A", "ppe_sale_proceeds_incentives", "FY2024", "5.34", "2025-02-01")),
                        List.of("capex_purchases_ppe FY2024 83 Reported[source=filing A]",
                                "capex_net_of_proceeds FY2024 77.66 Derived[how=" + NET_HOW + "]")),
                new Case("a reported net figure wins over the derived one", List.of(
                        actual("A", "capex_purchases_ppe", "FY2024", "83", "2025-02-01"),
                        actual("A", "ppe_sale_proceeds_incentives", "FY2024", "5.34", "2025-02-01"),
                        actual("A", "capex_net_of_proceeds", "FY2024", "77", "2025-02-01")),
                        List.of("capex_purchases_ppe FY2024 83 Reported[source=filing A]",
                                "capex_net_of_proceeds FY2024 77 Reported[source=filing A]")),
                new Case("capex incl. finance leases adds lease principal to purchases", List.of(
                        actual("A", "capex_purchases_ppe", "FY2024", "37.26", "2025-02-01"),
                        actual("A", "finance_lease_principal_payments", "FY2024", "1.97", "2025-02-01")),
                        List.of("capex_purchases_ppe FY2024 37.26 Reported[source=filing A]",
                                "capex_incl_finance_leases FY2024 39.23 Derived[how=" + LEASES_HOW + "]")),
                new Case("a partial purchases year derives nothing", List.of(
                        actual("A", "capex_purchases_ppe", "FY2025Q1", "20", "2025-04-30"),
                        actual("A", "ppe_sale_proceeds_incentives", "FY2025", "1", "2026-02-01")),
                        List.of("capex_purchases_ppe FY2025 20 PartialYear[quarters=1, source=filing A]")),
                new Case("guidance and share-price moves are not actuals", List.of(
                        guide("A", "capex", "FY2025", "60", "2025-02-01"),
                        move("A", "-4.2", "2025-02-02")),
                        List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachYearKnowsWhereItComesFrom(Case c) {
        Map<String, AnnualCapex> perMetric = Fixture.Sorted.of(c.figures(), "2026-06-30").figures().actuals().get("A");

        assertThat(perMetric.entrySet().stream().flatMap(e -> e.getValue().years().stream()
                .map(y -> e.getKey() + " " + y.year().label() + " " + y.value().stripTrailingZeros().toPlainString()
                        + " " + y.provenance() + (y.yoy() == null ? "" : " yoy " + y.yoy().setScale(3, RoundingMode.HALF_UP)))))
                .containsExactlyElementsOf(c.years());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theConvenienceFlagsAgreeWithTheProvenance(Case c) {
        Fixture.Sorted.of(c.figures(), "2026-06-30").figures().actuals().get("A").values().stream()
                .flatMap(a -> a.years().stream()).forEach(y -> {
                    assertThat(y.partial()).isEqualTo(y.provenance() instanceof Provenance.PartialYear);
                    assertThat(y.fromQuarters()).isEqualTo(y.provenance() instanceof Provenance.SummedFromQuarters);
                    assertThat(y.derived()).isEqualTo(y.provenance() instanceof Provenance.Derived);
                    assertThat(y.quarters()).isEqualTo(y.partial() || y.fromQuarters() ? y.provenance().quarters() : 0);
                });
    }
}
