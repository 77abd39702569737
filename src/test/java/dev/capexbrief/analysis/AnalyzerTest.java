package dev.capexbrief.analysis;

import dev.capexbrief.dataset.Dataset;
import dev.capexbrief.dataset.YamlDatasetReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Hand-computed expectations; every number below was worked out on paper from analysis-cases.yaml. */
class AnalyzerTest {
    static Dataset dataset;

    @BeforeAll
    static void read() throws Exception {
        try (InputStream in = AnalyzerTest.class.getResourceAsStream("/datasets/analysis-cases.yaml")) {
            dataset = new YamlDatasetReader().read(in, "analysis-cases.yaml");
        }
    }

    static Briefing asOf(String date) {
        return new Analyzer().analyze(dataset, new AnalysisOptions(LocalDate.parse(date), "USD", null));
    }

    static BigDecimal ratio(String a, String b) {
        return new BigDecimal(a).divide(new BigDecimal(b), MathContext.DECIMAL64).subtract(BigDecimal.ONE);
    }

    @Test
    void juneFiscalYearIsLabelledAndComparedWithItsOwnPriorYear() {
        GuidanceLine msft = asOf("2025-11-01").guidanceFor("MSFT").orElseThrow();
        assertThat(msft.label()).isEqualTo("~$80B (FY ends June)");
        assertThat(msft.priorPeriod().label()).isEqualTo("FY2024");
        assertThat(msft.priorActual()).isEqualByComparingTo("55.7");
        assertThat(msft.impliedGrowth()).isEqualByComparingTo(ratio("80", "55.7"));
        assertThat(asOf("2025-11-01").footnotes())
                .contains("Microsoft FY2025 = Jul 2024 \u2013 Jun 2025 (fiscal year ends June); its fiscal years are shown as reported, not converted to calendar years.");
    }

    @Test
    void aPlanWhoseYearHasClosedCountsItsReportedActualAndSaysSo() throws Exception {
        String yaml = """
                companies:
                  - {id: AMZN, name: Amazon, fiscal_year_end: 12}
                  - {id: MSFT, name: Microsoft, fiscal_year_end: 6}
                figures:
                  - {company: AMZN, metric: capex, kind: guidance, period: FY2025, value: 100, announced: 2025-02-06, source: call}
                  - {company: MSFT, metric: capex, kind: actual, period: FY2024, value: 55.7, announced: 2024-07-30, source: 10-K}
                  - {company: MSFT, metric: capex, kind: guidance, period: FY2025, value: 80, qualifier: about, announced: 2025-01-03, source: blog}
                  - {company: MSFT, metric: capex, kind: actual, period: FY2025, value: 88.2, announced: 2025-07-30, source: 10-K}
                """;
        Dataset closed = new YamlDatasetReader().read(new java.io.ByteArrayInputStream(
                yaml.getBytes(java.nio.charset.StandardCharsets.UTF_8)), "closed.yaml");
        Briefing before = new Analyzer().analyze(closed, new AnalysisOptions(LocalDate.parse("2025-07-29"), "USD", null));
        Briefing after = new Analyzer().analyze(closed, new AnalysisOptions(LocalDate.parse("2025-12-05"), "USD", null));

        assertThat(before.guidanceFor("MSFT").orElseThrow().outturn()).isNull();
        assertThat(before.footnotes()).noneMatch(n -> n.contains("has closed"));

        GuidanceLine msft = after.guidanceFor("MSFT").orElseThrow();
        assertThat(msft.outturn()).isEqualByComparingTo("88.2");
        assertThat(before.total().total()).as("while the year is open: 100 + 80").isEqualByComparingTo("180");
        assertThat(after.total().total()).as("the reported actual replaces the plan: 100 + 88.2").isEqualByComparingTo("188.2");
        assertThat(msft.displayLabel("USD")).isEqualTo("reported $88.2B vs plan ~$80B (FY ends June)");
        assertThat(msft.impliedGrowth()).as("88.2 / 55.7 - 1").isEqualByComparingTo(
                new java.math.BigDecimal("88.2").divide(new java.math.BigDecimal("55.7"), java.math.MathContext.DECIMAL64)
                        .subtract(java.math.BigDecimal.ONE));
        assertThat(after.footnotes()).contains("Microsoft's FY2025 has closed: it reported $88.2B on this basis against "
                + "its last plan of ~$80B (FY ends June); totals, shares, growth and charts count the reported actual.");
        assertThat(after.guidanceFor("AMZN").orElseThrow().outturn()).isNull();
    }

    @Test
    void rangeCountsAtItsMidpointAndBoundAtItsFloor() {
        Briefing b = asOf("2025-02-07");
        GuidanceLine meta = b.guidanceFor("META").orElseThrow();
        assertThat(meta.label()).isEqualTo("$60\u201365B");
        assertThat(meta.central()).isEqualByComparingTo("62.5");
        assertThat(meta.centralKind()).isEqualTo(CentralKind.MIDPOINT);
        GuidanceLine amzn = b.guidanceFor("AMZN").orElseThrow();
        assertThat(amzn.label()).isEqualTo("over $100B");
        assertThat(amzn.central()).isEqualByComparingTo("100");
        assertThat(amzn.centralKind()).isEqualTo(CentralKind.AT_LEAST);
        assertThat(amzn.impliedGrowth()).isEqualByComparingTo(ratio("100", "77.66"));
    }

    @Test
    void revisionChainOfThreeGivesTwoRevisionsAndTheLatestWins() {
        Briefing b = asOf("2025-11-01");
        assertThat(b.guidanceFor("META").orElseThrow().label()).isEqualTo("$70\u201372B");
        assertThat(b.guidanceFor("META").orElseThrow().previous().label()).isEqualTo("$64\u201372B");
        assertThat(b.revisions()).hasSize(2);
        Revision latest = b.revisions().get(0);
        assertThat(latest.fromLabel()).isEqualTo("$64\u201372B");
        assertThat(latest.toLabel()).isEqualTo("$70\u201372B");
        assertThat(latest.change()).isEqualByComparingTo("3");
        assertThat(latest.changePct()).isEqualByComparingTo(new BigDecimal("3").divide(new BigDecimal("68"), MathContext.DECIMAL64));
        Revision first = b.revisions().get(1);
        assertThat(first.change()).isEqualByComparingTo("5.5");
        assertThat(first.fromDate()).isEqualTo(LocalDate.of(2025, 1, 24));
        assertThat(first.toDate()).isEqualTo(LocalDate.of(2025, 4, 30));
    }

    @Test
    void timeTravelSeesOnlyWhatWasPublic() {
        Briefing feb = asOf("2025-02-07");
        assertThat(feb.revisions()).isEmpty();
        assertThat(feb.guidanceFor("META").orElseThrow().label()).isEqualTo("$60\u201365B");
        assertThat(feb.otherPlans()).noneMatch(g -> g.company().id().equals("BABA"));
    }

    @Test
    void groupTotalAddsCentralsAndGrowthIsLikeForLike() {
        GroupTotal t = asOf("2025-11-01").total();
        assertThat(t.year()).isEqualTo(2025);
        assertThat(t.total()).isEqualByComparingTo("251");
        assertThat(t.label()).isEqualTo("$251B+");
        assertThat(t.priorTotal()).isEqualByComparingTo("172.59");
        assertThat(t.growth()).isEqualByComparingTo(ratio("251", "172.59"));
        assertThat(t.basisNote()).contains("Microsoft FY ends June");
        GuidanceLine amzn = asOf("2025-11-01").guidanceFor("AMZN").orElseThrow();
        assertThat(amzn.share()).isEqualByComparingTo(new BigDecimal("100").divide(new BigDecimal("251"), MathContext.DECIMAL64));
    }

    @Test
    void cnyMultiYearPlanIsConvertedAveragedAndKeptOutOfAnnualTotals() {
        Briefing b = asOf("2025-11-01");
        GuidanceLine baba = b.otherPlans().stream().filter(g -> g.company().id().equals("BABA")).findFirst().orElseThrow();
        assertThat(baba.central()).isEqualByComparingTo("53.2");
        assertThat(baba.annualAverage()).isEqualByComparingTo(new BigDecimal("53.2").divide(new BigDecimal("3"), MathContext.DECIMAL64));
        assertThat(baba.statedLabel()).isEqualTo("over RMB 380B");
        assertThat(baba.label()).isEqualTo("over $53B for FY2026\u2013FY2028, over $17.7B a year");
        assertThat(b.total().companies()).doesNotContain("BABA");
        assertThat(b.fxRates()).singleElement().satisfies(r -> assertThat(r.usdPerUnit()).isEqualByComparingTo("0.14"));
        assertThat(b.footnotes()).anyMatch(f -> f.startsWith("CNY converted at 0.14 USD per CNY (as of 2025-02-24"));
    }

    @Test
    void threeQuartersMakeAPartialYearThatIsNotUsedForGrowth() {
        AnnualSeries tco = asOf("2025-12-31").headlineHistory("TCO").orElseThrow();
        AnnualActual fy2025 = tco.years().get(1);
        assertThat(fy2025.year().label()).isEqualTo("FY2025");
        assertThat(fy2025.value()).isEqualByComparingTo("6");
        assertThat(fy2025.quarters()).isEqualTo(3);
        assertThat(fy2025.partial()).isTrue();
        assertThat(fy2025.yoy()).isNull();
    }

    @Test
    void runRateIsLatestQuarterTimesFourAgainstGuidance() {
        QuarterSeries amzn = asOf("2025-02-07").quarterly().stream()
                .filter(q -> q.company().id().equals("AMZN")).findFirst().orElseThrow();
        assertThat(amzn.runRate()).isEqualByComparingTo("105.2");
        assertThat(amzn.runRateVsGuidance()).isEqualByComparingTo("0.052");
    }

    @Test
    void aQuarterFromLastYearIsNotACurrentRunRate() {
        QuarterSeries amzn = asOf("2025-11-01").quarterly().stream()
                .filter(q -> q.company().id().equals("AMZN")).findFirst().orElseThrow();
        assertThat(amzn.current()).as("Q4 2024 ended 305 days before the as-of date").isFalse();
        assertThat(amzn.runRateVsGuidance()).isNull();
        assertThat(asOf("2025-02-07").quarterly().stream().filter(q -> q.company().id().equals("AMZN")).findFirst()
                .orElseThrow().current()).isTrue();
    }

    @Test
    void weekListsNewAndRevisedGuidance() {
        Briefing b = asOf("2025-11-01");
        assertThat(b.isoWeek()).isEqualTo("2025-W44");
        assertThat(b.thisWeek()).singleElement().satisfies(w -> {
            assertThat(w.company().id()).isEqualTo("META");
            assertThat(w.status()).isEqualTo(WeekItem.Status.REVISED);
            assertThat(w.revision().fromLabel()).isEqualTo("$64\u201372B");
        });
        assertThat(asOf("2025-02-07").thisWeek()).extracting(w -> w.company().id() + " " + w.status().code())
                .contains("AMZN new");
    }

    @Test
    void juneYearCompanyGetsACalendarYearViewFromItsFiscalQuarters() {
        Briefing b = asOf("2026-03-01");
        assertThat(b.calendarYears()).singleElement().satisfies(c -> {
            assertThat(c.company().id()).isEqualTo("JUNCO");
            assertThat(c.year()).isEqualTo(2025);
            assertThat(c.value()).isEqualByComparingTo("10");
            assertThat(c.quarters()).containsExactly("FY2025Q3", "FY2025Q4", "FY2026Q1", "FY2026Q2");
        });
        assertThat(b.footnotes()).anyMatch(f -> f.startsWith("JuneCo FY") && f.endsWith("a calendar-year view from fiscal quarters is given for CY2025."));
    }
}
