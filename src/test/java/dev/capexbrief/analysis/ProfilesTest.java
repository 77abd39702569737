package dev.capexbrief.analysis;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static dev.capexbrief.analysis.Fixture.actual;
import static dev.capexbrief.analysis.Fixture.guide;
import static dev.capexbrief.analysis.Fixture.move;
import static org.assertj.core.api.Assertions.assertThat;

/** Stage 2, the companies presented: headline basis, colour slot, fiscal note. */
class ProfilesTest {

    /** {@code profiles}: "id | basis | fiscal note" per company, in dataset order. */
    record Case(String name, List<String> figures, String asOf, List<String> profiles) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
                new Case("the basis is that of the latest guidance", List.of(
                        actual("A", "capex_purchases_ppe", "FY2024", "50", "2025-02-01"),
                        guide("A", "capex_purchases_ppe", "FY2025", "60", "2025-02-01"),
                        guide("A", "capex_incl_finance_leases", "FY2025", "65", "2025-04-30")),
                        "2025-06-30", List.of("A | capex_incl_finance_leases | ")),
                new Case("time travel: before the later guidance, the earlier basis", List.of(
                        guide("A", "capex_purchases_ppe", "FY2025", "60", "2025-02-01"),
                        guide("A", "capex_incl_finance_leases", "FY2025", "65", "2025-04-30")),
                        "2025-03-01", List.of("A | capex_purchases_ppe | ")),
                new Case("a plan restated as plain capex keeps the named basis it guides on", List.of(
                        actual("J", "capex", "FY2024", "44.5", "2024-07-30"),
                        actual("J", "capex_incl_finance_leases", "FY2024", "55.7", "2024-07-30"),
                        guide("J", "capex_incl_finance_leases", "FY2025", "~80", "2025-01-03"),
                        guide("J", "capex", "FY2025", "~80", "2025-01-29")),
                        "2025-02-01", List.of("J | capex_incl_finance_leases | FY ends June")),
                new Case("plain capex is the basis of a company that guides on no named basis", List.of(
                        actual("A", "capex_purchases_ppe", "FY2024", "50", "2025-02-01"),
                        guide("A", "capex", "FY2025", "60", "2025-02-01")),
                        "2025-06-30", List.of("A | capex | ")),
                new Case("without guidance, the basis with the longest history", List.of(
                        actual("A", "capex_net_of_proceeds", "FY2024", "40", "2025-02-01"),
                        actual("A", "capex_purchases_ppe", "FY2023", "45", "2024-02-01"),
                        actual("A", "capex_purchases_ppe", "FY2024", "50", "2025-02-01")),
                        "2025-06-30", List.of("A | capex_purchases_ppe | ")),
                new Case("equal histories go to the preferred basis", List.of(
                        actual("A", "capex_net_of_proceeds", "FY2024", "40", "2025-02-01"),
                        actual("A", "capex_purchases_ppe", "FY2024", "50", "2025-02-01")),
                        "2025-06-30", List.of("A | capex_purchases_ppe | ")),
                new Case("a company not yet public has no profile", List.of(
                        actual("A", "capex", "FY2024", "50", "2025-08-01"),
                        actual("B", "capex", "FY2024", "50", "2025-02-01"),
                        actual("C", "capex", "FY2024", "50", "2025-02-01")),
                        "2025-06-30", List.of("B | capex | ", "C | capex | ")),
                new Case("off-calendar years carry their fiscal note", List.of(
                        actual("J", "capex", "FY2024", "50", "2024-07-30"),
                        actual("M", "capex", "FY2025", "50", "2025-05-15")),
                        "2025-06-30", List.of("J | capex | FY ends June", "M | capex | FY ends March")),
                new Case("share-price moves alone give no basis", List.of(move("A", "-4.2", "2025-02-06")),
                        "2025-06-30", List.of("A |  | ")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void profilesCarryTheHeadlineBasis(Case c) {
        Fixture.Sorted s = Fixture.Sorted.of(c.figures(), c.asOf());

        assertThat(s.profiles()).extracting(p -> p.id() + " | " + p.basis() + " | " + p.fiscalNote())
                .containsExactlyElementsOf(c.profiles());
        assertThat(s.profiles()).allSatisfy(p -> assertThat(p.basisLabel())
                .isEqualTo(p.basis().isEmpty() ? "" : CapexBasis.label(p.basis())));
    }
}
