package dev.capexbrief.analysis;

import dev.capexbrief.dataset.Company;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static dev.capexbrief.analysis.Fixture.actual;
import static dev.capexbrief.analysis.Fixture.guide;
import static org.assertj.core.api.Assertions.assertThat;

/** Stage 8, the methodology notes: each kind from the briefing's parts, in the briefing's order, capped. */
class FootnotesTest {

    /** A kind of note, worked out from the parts of an analysed briefing. */
    enum Kind {
        CALENDARS(b -> Footnotes.calendars(b.companies(), b.focusYear(), b.calendarYears())),
        BASES(b -> Footnotes.bases(b.companies())),
        PARTIAL_YEARS(b -> Footnotes.partialYears(b.history())),
        DERIVED_YEARS(b -> Footnotes.derivedYears(b.history())),
        MULTI_YEAR_PLANS(b -> Footnotes.multiYearPlans(b.otherPlans())),
        CLOSED_YEARS(b -> Footnotes.closedYears(b.guidance(), b.currency())),
        CENTRALS(b -> Footnotes.centrals(b.guidance(), b.currency()));

        final Function<Briefing, List<String>> notes;

        Kind(Function<Briefing, List<String>> notes) {
            this.notes = notes;
        }
    }

    record Case(String name, List<String> figures, String asOf, Kind kind, List<String> lines) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() {
        String shownAsReported = "; its fiscal years are shown as reported, not converted to calendar years";
        return Stream.of(
                new Case("an off-calendar company: its focus year in months", List.of(
                        actual("J", "capex", "FY2024", "55.7", "2024-07-30"),
                        guide("J", "capex", "FY2025", "~80", "2025-01-03")),
                        "2025-03-01", Kind.CALENDARS,
                        List.of("JuneCo FY2025 = Jul 2024 \u2013 Jun 2025 (fiscal year ends June)" + shownAsReported + ".")),
                new Case("an off-calendar company with a calendar year of quarters names its calendar-year view", List.of(
                        actual("J", "capex", "FY2025Q3", "1", "2025-04-30"),
                        actual("J", "capex", "FY2025Q4", "2", "2025-07-30"),
                        actual("J", "capex", "FY2026Q1", "3", "2025-10-29"),
                        actual("J", "capex", "FY2026Q2", "4", "2026-01-28"),
                        guide("J", "capex", "FY2026", "~15", "2026-01-28")),
                        "2026-02-05", Kind.CALENDARS,
                        List.of("JuneCo FY2026 = Jul 2025 \u2013 Jun 2026 (fiscal year ends June)" + shownAsReported
                                + "; a calendar-year view from fiscal quarters is given for CY2025.")),
                new Case("a March year, beside a December one that needs no note", List.of(
                        guide("A", "capex", "FY2025", "100", "2025-02-06"),
                        guide("M", "capex", "FY2025", "50", "2025-02-20")),
                        "2025-03-01", Kind.CALENDARS,
                        List.of("MarchCo FY2025 = Apr 2024 \u2013 Mar 2025 (fiscal year ends March)" + shownAsReported + ".")),
                new Case("each company's basis, in briefing order", List.of(
                        guide("B", "capex_net_of_proceeds", "FY2025", "60", "2025-02-06"),
                        guide("A", "capex_incl_finance_leases", "FY2025", "100", "2025-02-06")),
                        "2025-03-01", Kind.BASES,
                        List.of("Alpha is compared on capex incl. finance leases, the basis of its guidance.",
                                "Beta is compared on cash capex net of proceeds & incentives, the basis of its guidance.")),
                new Case("a partial year says how many quarters it has", List.of(
                        actual("A", "capex", "FY2025Q1", "1", "2025-04-30"),
                        actual("A", "capex", "FY2025Q2", "2", "2025-07-30"),
                        actual("A", "capex", "FY2025Q3", "3", "2025-10-29")),
                        "2025-12-31", Kind.PARTIAL_YEARS,
                        List.of("Alpha FY2025 has 3 of 4 quarters reported; shown as a partial year and left out of growth rates.")),
                new Case("derived years say how they were derived", List.of(
                        actual("A", "capex_purchases_ppe", "FY2023", "48", "2024-02-01"),
                        actual("A", "ppe_sale_proceeds_incentives", "FY2023", "4", "2024-02-01"),
                        actual("A", "capex_purchases_ppe", "FY2024", "83", "2025-02-01"),
                        actual("A", "ppe_sale_proceeds_incentives", "FY2024", "5.34", "2025-02-01"),
                        guide("A", "capex_net_of_proceeds", "FY2025", ">=100", "2025-02-06"),
                        actual("B", "capex_purchases_ppe", "FY2024", "37.26", "2025-02-01"),
                        actual("B", "finance_lease_principal_payments", "FY2024", "1.97", "2025-02-01"),
                        guide("B", "capex_incl_finance_leases", "FY2025", "60-65", "2025-01-29")),
                        "2025-03-01", Kind.DERIVED_YEARS,
                        List.of("Alpha FY2023, FY2024 on its headline basis are derived: purchases of property & equipment"
                                        + " minus proceeds & incentives.",
                                "Beta FY2024 on its headline basis is derived: purchases of property & equipment plus"
                                        + " principal payments on finance leases.")),
                new Case("a multi-year plan is never added to annual totals", List.of(
                        guide("A", "capex", "FY2025", "100", "2025-02-06"),
                        guide("B", "capex", "FY2026-FY2028", ">=300", "2025-02-24")),
                        "2025-03-01", Kind.MULTI_YEAR_PLANS,
                        List.of("Beta's FY2026-FY2028 plan (over $300B for FY2026\u2013FY2028, over $100B a year) is a multi-year"
                                + " total; it is shown with its annual average and never added to annual totals.")),
                new Case("a closed year says what was reported against the plan", List.of(
                        guide("J", "capex", "FY2025", "~80", "2025-01-03"),
                        actual("J", "capex", "FY2025", "88.2", "2025-07-30")),
                        "2025-12-05", Kind.CLOSED_YEARS,
                        List.of("JuneCo's FY2025 has closed: it reported $88.2B on this basis against its last plan of"
                                + " ~$80B (FY ends June); totals, shares, growth and charts count the reported actual.")),
                new Case("ranges count at their midpoint, bounds at the bound, stated values need no note", List.of(
                        guide("A", "capex", "FY2025", ">=100", "2025-02-06"),
                        guide("B", "capex", "FY2025", "60-65", "2025-01-29"),
                        guide("C", "capex", "FY2025", "<=40", "2025-01-29"),
                        guide("M", "capex", "FY2025", "~30", "2025-01-29")),
                        "2025-03-01", Kind.CENTRALS,
                        List.of("Alpha FY2025 guidance over $100B counts at its floor ($100B) in totals.",
                                "Beta FY2025 guidance $60\u201365B counts at its midpoint ($62.5B) in totals.",
                                "Gamma FY2025 guidance up to $40B counts at its ceiling ($40B) in totals.")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachKindOfNoteSaysWhatTheReaderNeeds(Case c) {
        Briefing b = Fixture.analyze(c.figures(), c.asOf());

        assertThat(c.kind().notes.apply(b)).containsExactlyElementsOf(c.lines());
        assertThat(b.footnotes()).as("the briefing prints them, in order").containsSubsequence(c.lines());
    }

    /** {@code count} June companies; {@code shown} is how many get a line of their own. */
    record CapCase(String name, int count, int shown, String summary) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<CapCase> caps() {
        String rest = " more companies have fiscal years that do not end in December; their fiscal years are shown as reported.";
        return Stream.of(
                new CapCase("one company, one line", 1, 1, null),
                new CapCase("twelve companies, twelve lines", 12, 12, null),
                new CapCase("thirteen: twelve lines and one for the rest", 13, 12, "1" + rest),
                new CapCase("twenty thousand stay readable", 20_000, 12, "19,988" + rest));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("caps")
    void perCompanyNotesAreCappedAndTheRestSummarised(CapCase c) {
        List<CompanyProfile> profiles = IntStream.rangeClosed(1, c.count()).mapToObj(i -> new CompanyProfile(
                new Company(String.format("J%05d", i), "June " + i, Month.JUNE), "", "", "FY ends June")).toList();
        GroupTotal total = GroupTotals.of(List.of(), 2025, "USD", profiles);

        List<String> lines = new Footnotes(profiles, List.of(), List.of(), List.of(), total, List.of(), 2025, List.of(), "USD")
                .lines();

        List<String> expected = new ArrayList<>();
        for (int i = 1; i <= c.shown(); i++) {
            expected.add("June " + i + " FY2025 = Jul 2024 \u2013 Jun 2025 (fiscal year ends June); its fiscal years are"
                    + " shown as reported, not converted to calendar years.");
        }
        if (c.summary() != null) {
            expected.add(c.summary());
        }
        expected.add("No company has guidance for FY2025.");
        assertThat(lines).containsExactlyElementsOf(expected);
    }
}
