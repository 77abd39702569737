package dev.capexbrief.analysis;

import dev.capexbrief.dataset.Confidence;
import dev.capexbrief.dataset.Dataset;
import dev.capexbrief.dataset.YamlDatasetReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.InputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Capex against operating cash flow, revenue and depreciation, for each company's latest quarter,
 * trailing twelve months and latest fiscal year, on the made-up figures of
 * {@code datasets/cash-coverage.yaml}; every expected value is worked out by hand from that file.
 */
class CashCoverageTest {
    private static final String OCF = CapexRatios.CASH_COVER;
    private static final String REVENUE = "capex-to-revenue";
    private static final String DEPRECIATION = "capex-to-depreciation";
    private static final RatioWindow Q = RatioWindow.QUARTER;
    private static final RatioWindow TTM = RatioWindow.TRAILING_TWELVE_MONTHS;
    private static final RatioWindow FY = RatioWindow.FISCAL_YEAR;

    static CapexRatios ratios;

    @BeforeAll
    static void analyze() throws Exception {
        Dataset d;
        try (InputStream in = CashCoverageTest.class.getResourceAsStream("/datasets/cash-coverage.yaml")) {
            d = new YamlDatasetReader().read(in, "cash-coverage.yaml");
        }
        ratios = new Analyzer().analyze(d, new AnalysisOptions(LocalDate.of(2026, 8, 15), "USD", null)).ratios();
    }

    /**
     * One ratio: its period, capex and other line as the span sums them, and the same a year earlier
     * (null when either line is missing then).
     */
    record Case(String id, RatioWindow window, String company, String period, String months, String capex,
                String base, String capexBefore, String baseBefore) {
        @Override
        public String toString() {
            return company + " " + id + " " + window + " " + period;
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
                // Alfa's latest quarter: 30 / 24; a year earlier (FY2025Q2) 12 / 20
                new Case(OCF, Q, "ALFA", "FY2026Q2", "Apr\u2013Jun 2026", "30", "24", "12", "20"),
                new Case(REVENUE, Q, "ALFA", "FY2026Q2", "Apr\u2013Jun 2026", "30", "125", "12", "100"),
                new Case(DEPRECIATION, Q, "ALFA", "FY2026Q2", "Apr\u2013Jun 2026", "30", "6", "12", "4"),
                // its four quarters to FY2026Q2: 14 + 16 + 20 + 30 against 22 + 24 + 25 + 24; no four quarters a year before
                new Case(OCF, TTM, "ALFA", "FY2026Q2", "Jul 2025\u2013Jun 2026", "80", "95", null, null),
                new Case(REVENUE, TTM, "ALFA", "FY2026Q2", "Jul 2025\u2013Jun 2026", "80", "475", null, null),
                new Case(DEPRECIATION, TTM, "ALFA", "FY2026Q2", "Jul 2025\u2013Jun 2026", "80", "22", null, null),
                // its reported years, FY2025 against FY2024
                new Case(OCF, FY, "ALFA", "FY2025", "Jan\u2013Dec 2025", "52", "86", "30", "60"),
                new Case(REVENUE, FY, "ALFA", "FY2025", "Jan\u2013Dec 2025", "52", "430", "30", "350"),
                new Case(DEPRECIATION, FY, "ALFA", "FY2025", "Jan\u2013Dec 2025", "52", "18", "30", "12"),
                // Beta (June year): FY2026Q4 is Apr–Jun 2026, a year earlier FY2025Q4
                new Case(OCF, Q, "BETA", "FY2026Q4", "Apr\u2013Jun 2026", "15", "20", "9", "15"),
                new Case(DEPRECIATION, Q, "BETA", "FY2026Q4", "Apr\u2013Jun 2026", "15", "4", null, null),
                new Case(OCF, TTM, "BETA", "FY2026Q4", "Jul 2025\u2013Jun 2026", "48", "68", null, null),
                // FY2026 has no annual figure: its four quarters, summed, for both lines
                new Case(OCF, FY, "BETA", "FY2026", "Jul 2025\u2013Jun 2026", "48", "68", "36", "60"),
                new Case(DEPRECIATION, FY, "BETA", "FY2026", "Jul 2025\u2013Jun 2026", "48", "14", null, null),
                // Gama: years only
                new Case(OCF, FY, "GAMA", "FY2025", "Jan\u2013Dec 2025", "30", "24", "20", "25"),
                new Case(REVENUE, FY, "GAMA", "FY2025", "Jan\u2013Dec 2025", "30", "200", null, null),
                new Case(DEPRECIATION, FY, "GAMA", "FY2025", "Jan\u2013Dec 2025", "30", "6", "20", "5"));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void eachRatioIsCapexOverTheOtherLineOfTheSameSpan(Case c) {
        CapexRatio r = ratios.of(c.id(), c.window(), c.company()).orElseThrow(() -> new AssertionError("no " + c));
        assertThat(r.period().label()).isEqualTo(c.period());
        assertThat(r.months()).isEqualTo(c.months());
        assertThat(r.capex().value()).isEqualByComparingTo(c.capex());
        assertThat(r.base().value()).isEqualByComparingTo(c.base());
        assertThat(r.ratio()).isEqualByComparingTo(divide(c.capex(), c.base()));
        assertThat(r.difference()).isEqualByComparingTo(new BigDecimal(c.base()).subtract(new BigDecimal(c.capex())));
        if (c.capexBefore() == null) {
            assertThat(r.yearEarlier()).isNull();
            assertThat(r.change()).isNull();
        } else {
            assertThat(r.yearEarlier().ratio()).isEqualByComparingTo(divide(c.capexBefore(), c.baseBefore()));
            assertThat(r.change()).isEqualByComparingTo(divide(c.capex(), c.base())
                    .subtract(divide(c.capexBefore(), c.baseBefore())));
        }
    }

    @Test
    void aSpanWithoutBothLinesHasNoRatio() {
        // Gama's only quarter has no cash flow beside it; Beta reports no revenue; Alfa had no four quarters a
        // year before its trailing twelve months
        assertThat(ratios.of(OCF, Q, "GAMA")).isEmpty();
        assertThat(ratios.of(OCF, TTM, "GAMA")).isEmpty();
        assertThat(ratios.of(REVENUE, FY, "BETA")).isEmpty();
        assertThat(ratios.of(OCF, Q)).extracting(r -> r.company().id()).containsExactly("ALFA", "BETA");
    }

    @Test
    void theTrailingTwelveMonthsNeedAllFourQuartersOfBothLines() {
        // Beta's D&A has four quarters to FY2026Q4; its capex and cash flow have five: TTM exists for both
        assertThat(ratios.of(DEPRECIATION, TTM, "BETA").orElseThrow().base().value()).isEqualByComparingTo("14");
        // a year before, Beta's capex has only FY2025Q4 of the four quarters to it: no comparison
        assertThat(ratios.of(OCF, TTM, "BETA").orElseThrow().yearEarlier()).isNull();
    }

    @Test
    void depreciationIsPropertyAndEquipmentWhereReportedElseDAndANeverBothInOneGroup() {
        assertThat(ratios.of(DEPRECIATION, FY, "ALFA").orElseThrow().baseMetric()).isEqualTo("depreciation_ppe");
        assertThat(ratios.of(DEPRECIATION, FY, "BETA").orElseThrow().baseMetric()).isEqualTo("depreciation_amortization");
        assertThat(ratios.of(DEPRECIATION, FY, "BETA").orElseThrow().baseLabel()).isEqualTo("depreciation & amortization");
        RatioGroup g = ratios.group(DEPRECIATION, FY).orElseThrow();
        // PP&E depreciation of Alfa and Gama only: (52 + 30) / (18 + 6)
        assertThat(g.baseMetric()).isEqualTo("depreciation_ppe");
        assertThat(g.companies()).extracting(CompanyProfile::id).containsExactly("ALFA", "GAMA");
        assertThat(g.ratio()).isEqualByComparingTo(divide("82", "24"));
        // in the latest quarter one company has each line: no group at all
        assertThat(ratios.group(DEPRECIATION, Q)).isEmpty();
    }

    @Test
    void groupFiguresSumOnlyTheCompaniesWithBothLines() {
        RatioGroup quarter = ratios.group(OCF, Q).orElseThrow();
        // Alfa 30 / 24 and Beta 15 / 20 (Gama has no quarter of cash flow)
        assertThat(quarter.companies()).extracting(CompanyProfile::id).containsExactly("ALFA", "BETA");
        assertThat(quarter.capex()).isEqualByComparingTo("45");
        assertThat(quarter.base()).isEqualByComparingTo("44");
        assertThat(quarter.ratio()).isEqualByComparingTo(divide("45", "44"));
        assertThat(quarter.difference()).isEqualByComparingTo("-1");
        RatioGroup year = ratios.group(OCF, FY).orElseThrow();
        // 52 + 48 + 30 against 86 + 68 + 24
        assertThat(year.capex()).isEqualByComparingTo("130");
        assertThat(year.base()).isEqualByComparingTo("178");
        // capex ÷ revenue: Alfa and Gama, (52 + 30) / (430 + 200); Beta's capex is not in it
        RatioGroup revenue = ratios.group(REVENUE, FY).orElseThrow();
        assertThat(revenue.capex()).isEqualByComparingTo("82");
        assertThat(revenue.ratio()).isEqualByComparingTo(divide("82", "630"));
        // one company alone is no group
        assertThat(ratios.group(REVENUE, Q)).isEmpty();
    }

    @Test
    void theCompanysOwnFreeCashFlowIsReadForTheSameSpansWithItsDefinition() {
        assertThat(ratios.published("ALFA", Q).orElseThrow().value().value()).isEqualByComparingTo("-6");
        // 8 + 8 + 5 - 6
        assertThat(ratios.published("ALFA", TTM).orElseThrow().value().value()).isEqualByComparingTo("15");
        assertThat(ratios.published("ALFA", FY).orElseThrow().value().value()).isEqualByComparingTo("34");
        assertThat(ratios.published("ALFA", FY).orElseThrow().definition())
                .isEqualTo("Alfa-defined free cash flow (operating cash flow less purchases of property and equipment)");
        assertThat(ratios.published("BETA", FY)).isEmpty();
    }

    @Test
    void aRatioIsOnlyAsStrongAsItsWeakestInput() {
        // Beta's FY2026Q4 cash flow is single-source: the quarter, the twelve months and the year built from it
        assertThat(ratios.of(OCF, Q, "BETA").orElseThrow().confidence()).isEqualTo(Confidence.SINGLE_SOURCE);
        assertThat(ratios.of(OCF, TTM, "BETA").orElseThrow().confidence()).isEqualTo(Confidence.SINGLE_SOURCE);
        assertThat(ratios.of(OCF, FY, "BETA").orElseThrow().confidence()).isEqualTo(Confidence.SINGLE_SOURCE);
        assertThat(ratios.group(OCF, Q).orElseThrow().confidence()).isEqualTo(Confidence.SINGLE_SOURCE);
        // its D&A ratio does not rest on the cash flow
        assertThat(ratios.of(DEPRECIATION, Q, "BETA").orElseThrow().confidence().thin()).isFalse();
        assertThat(ratios.of(OCF, Q, "ALFA").orElseThrow().confidence().thin()).isFalse();
    }

    @Test
    void aFiscalYearSummedFromQuartersSaysSo() {
        CapexRatio beta = ratios.of(OCF, FY, "BETA").orElseThrow();
        assertThat(beta.capex().provenance()).isInstanceOf(Provenance.SummedFromQuarters.class);
        assertThat(beta.base().provenance()).isInstanceOf(Provenance.SummedFromQuarters.class);
        assertThat(ratios.of(OCF, FY, "ALFA").orElseThrow().capex().provenance()).isInstanceOf(Provenance.Reported.class);
    }

    @Test
    void theLargestMoveIsAmongTheLatestQuartersAndSaysWhoseFreeCashFlowTurnedNegative() {
        // Alfa 60% → 125% (+65 points), Beta 60% → 75%
        CapexRatio largest = ratios.largestChange().orElseThrow();
        assertThat(largest.company().id()).isEqualTo("ALFA");
        assertThat(largest.window()).isEqualTo(Q);
        assertThat(largest.change()).isEqualByComparingTo("0.65");
        // Alfa's 20 - 12 = 8 a year earlier, 24 - 30 = -6 now; in the years, Gama's 25 - 20 = 5, then 24 - 30 = -6
        assertThat(ratios.turnedNegative(Q)).extracting(r -> r.company().id()).containsExactly("ALFA");
        assertThat(ratios.turnedNegative(FY)).extracting(r -> r.company().id()).containsExactly("GAMA");
    }

    @Test
    void theLatestTwelveMonthsAreTheTrailingTwelveMonthsElseTheFiscalYear() {
        List<CapexRatio> twelve = ratios.latestTwelveMonths(OCF);
        assertThat(twelve).extracting(r -> r.company().id() + " " + r.spanLabel())
                .containsExactlyInAnyOrder("ALFA TTM to Jun 2026", "BETA TTM to Jun 2026", "GAMA FY2025");
    }

    private static BigDecimal divide(String a, String b) {
        return new BigDecimal(a).divide(new BigDecimal(b), MathContext.DECIMAL64);
    }
}
