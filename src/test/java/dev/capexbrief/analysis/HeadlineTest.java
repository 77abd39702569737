package dev.capexbrief.analysis;

import dev.capexbrief.dataset.Dataset;
import dev.capexbrief.dataset.YamlDatasetReader;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one group number page one quotes, on hand-built datasets: a total is only ever paired with a
 * growth rate over the same companies, calendar-year guidance stands in for a fiscal year that does
 * not end in December, closed and reported years count their actual, and floors and ranges carry
 * into the growth. Every expected number is worked out by hand in the test.
 */
class HeadlineTest {
    private static final String COMPANIES = """
            companies:
              - {id: AMZN, name: Amazon, fiscal_year_end: 12, cik: 1018724}
              - {id: GOOGL, name: Alphabet, fiscal_year_end: 12, cik: 1652044}
              - {id: META, name: Meta, fiscal_year_end: 12, cik: 1326801}
              - {id: MSFT, name: Microsoft, fiscal_year_end: 6, cik: 789019}
              - {id: ORCL, name: Oracle, fiscal_year_end: 5}
              - {id: BABA, name: Alibaba, fiscal_year_end: 3}
              - {id: CRWV, name: CoreWeave, fiscal_year_end: 12}
            figures:
            """;

    private static Briefing brief(String figures, String asOf) throws Exception {
        Dataset d = new YamlDatasetReader().read(new ByteArrayInputStream((COMPANIES + figures)
                .getBytes(StandardCharsets.UTF_8)), "headline.yaml");
        return new Analyzer().analyze(d, new AnalysisOptions(LocalDate.parse(asOf), "USD", null));
    }

    private static BigDecimal growth(String total, String prior) {
        return new BigDecimal(total).divide(new BigDecimal(prior), MathContext.DECIMAL64).subtract(BigDecimal.ONE);
    }

    /** The Big Four with Microsoft's calendar-year plan; CoreWeave has no prior year, Oracle's year ends in May. */
    private static final String BIG_FOUR_CY = """
              - {company: AMZN, metric: capex, kind: actual, period: FY2025, value: 128, announced: 2026-02-05}
              - {company: AMZN, metric: capex, kind: guidance, period: FY2026, value: 200, qualifier: about, announced: 2026-02-05}
              - {company: GOOGL, metric: capex, kind: actual, period: FY2025, value: 91, announced: 2026-02-04}
              - {company: GOOGL, metric: capex, kind: guidance, period: FY2026, low: 175, high: 185, announced: 2026-02-04}
              - {company: META, metric: capex, kind: actual, period: FY2025, value: 72, announced: 2026-01-28}
              - {company: META, metric: capex, kind: guidance, period: FY2026, low: 115, high: 135, announced: 2026-01-28}
              - {company: MSFT, metric: capex, kind: actual, period: FY2025Q3, value: 21, announced: 2025-04-30}
              - {company: MSFT, metric: capex, kind: actual, period: FY2025Q4, value: 24, announced: 2025-07-30}
              - {company: MSFT, metric: capex, kind: actual, period: FY2026Q1, value: 35, announced: 2025-10-29}
              - {company: MSFT, metric: capex, kind: actual, period: FY2026Q2, value: 38, announced: 2026-01-28}
              - {company: MSFT, metric: capex, kind: guidance, period: CY2026, value: 190, qualifier: about, announced: 2026-04-29}
              - {company: ORCL, metric: capex, kind: actual, period: FY2025, value: 21, announced: 2025-07-20}
              - {company: ORCL, metric: capex, kind: guidance, period: FY2026, value: 50, qualifier: about, announced: 2025-12-10}
              - {company: CRWV, metric: capex, kind: guidance, period: FY2026, low: 30, high: 35, announced: 2026-02-26}
            """;

    @Test
    void theBigFoursCalendarYearIsQuotedWithGrowthOverTheSameFour() throws Exception {
        Briefing b = brief(BIG_FOUR_CY, "2026-05-01");
        GroupTotal.Headline h = b.total().headline();
        assertThat(h.companies()).containsExactlyInAnyOrder("AMZN", "GOOGL", "META", "MSFT");
        assertThat(h.period()).isEqualTo("CY2026");
        assertThat(h.priorPeriod()).isEqualTo("CY2025");
        // 200 + 180 + 125 + 190; Microsoft's CY2025 is Jan-Dec 2025 = FY2025Q3 + Q4 + FY2026Q1 + Q2 = 21 + 24 + 35 + 38
        assertThat(h.total()).isEqualByComparingTo("695");
        assertThat(h.prior()).isEqualByComparingTo("409");
        assertThat(h.growth()).isEqualByComparingTo(growth("695", "409"));
        // low 200 + 175 + 115 + 190 = 680, high 200 + 185 + 135 + 190 = 710
        assertThat(h.growthLabel()).isEqualTo(MoneyFormat.percentChange(growth("695", "409")) + " ("
                + MoneyFormat.percentChange(growth("680", "409")) + " to " + MoneyFormat.percentChange(growth("710", "409")) + ")");
        // the table adds every plan (Oracle and CoreWeave too) but pairs that total with no growth,
        // since CoreWeave has no prior year
        assertThat(b.total().total()).as("695 + 50 + 32.5").isEqualByComparingTo("777.5");
        assertThat(b.total().likeForLikeCompanies()).doesNotContain("CRWV");
        GuidanceLine msft = b.guidanceFor("MSFT").orElseThrow();
        assertThat(msft.period().label()).isEqualTo("CY2026");
        assertThat(msft.label()).isEqualTo("~$190B (calendar 2026)");
        assertThat(msft.priorPeriod().label()).isEqualTo("CY2025");
        assertThat(msft.priorActual()).isEqualByComparingTo("118");
    }

    @Test
    void aYearThatHasClosedAndBeenReportedCountsItsActualWithThePlanBesideIt() throws Exception {
        Briefing b = brief(BIG_FOUR_CY + """
                  - {company: ORCL, metric: capex, kind: actual, period: FY2026, value: 55.7, announced: 2026-06-10}
                """, "2026-07-01");
        GuidanceLine orcl = b.guidanceFor("ORCL").orElseThrow();
        assertThat(orcl.reported()).isTrue();
        assertThat(orcl.value()).isEqualByComparingTo("55.7");
        assertThat(orcl.displayLabel("USD")).isEqualTo("reported $55.7B vs plan ~$50B (FY ends May)");
        assertThat(orcl.impliedGrowth()).as("the actual growth, 55.7 / 21 - 1").isEqualByComparingTo(growth("55.7", "21"));
        // 200 + 180 + 125 + 190 + 55.7 + 32.5
        assertThat(b.total().total()).isEqualByComparingTo("783.2");
        assertThat(b.footnotes()).anyMatch(n -> n.startsWith("Oracle's FY2026 has closed: it reported $55.7B")
                && n.endsWith("totals, shares, growth and charts count the reported actual."));
    }

    @Test
    void aYearThatHasEndedButIsNotYetReportedSaysSo() throws Exception {
        // Oracle's FY2026 ended 2026-05-31; on 2026-06-05 its actual is not public yet
        GuidanceLine orcl = brief(BIG_FOUR_CY, "2026-06-05").guidanceFor("ORCL").orElseThrow();
        assertThat(orcl.reported()).isFalse();
        assertThat(orcl.displayLabel("USD")).isEqualTo("~$50B (FY ends May); year ended May 2026, not yet reported");
        assertThat(brief(BIG_FOUR_CY, "2026-05-20").guidanceFor("ORCL").orElseThrow().displayLabel("USD"))
                .as("still open").isEqualTo("~$50B (FY ends May)");
    }

    @Test
    void aJuneYearWithoutCalendarGuidanceJoinsWithItsMonthsStatedAndAFloorMakesTheGrowthAMinimum() throws Exception {
        Briefing b = brief("""
                  - {company: AMZN, metric: capex, kind: actual, period: FY2024, value: 77.7, announced: 2025-02-06}
                  - {company: AMZN, metric: capex, kind: guidance, period: FY2025, value: 100, qualifier: at_least, announced: 2025-02-06}
                  - {company: GOOGL, metric: capex, kind: actual, period: FY2024, value: 52.5, announced: 2025-02-04}
                  - {company: GOOGL, metric: capex, kind: guidance, period: FY2025, value: 75, qualifier: about, announced: 2025-02-04}
                  - {company: META, metric: capex, kind: actual, period: FY2024, value: 39.2, announced: 2025-01-29}
                  - {company: META, metric: capex, kind: guidance, period: FY2025, low: 60, high: 65, announced: 2025-01-29}
                  - {company: MSFT, metric: capex, kind: actual, period: FY2024, value: 55.7, announced: 2024-07-30}
                  - {company: MSFT, metric: capex, kind: guidance, period: FY2025, value: 80, qualifier: about, announced: 2025-01-03}
                """, "2025-02-07");
        GroupTotal.Headline h = b.total().headline();
        assertThat(h.companies()).containsExactlyInAnyOrder("AMZN", "GOOGL", "META", "MSFT");
        assertThat(h.period()).as("Microsoft's FY2025 is not the calendar year").isEqualTo("FY2025");
        assertThat(h.offCalendar()).isEqualTo("Microsoft: FY2025 Jul 2024 \u2013 Jun 2025");
        assertThat(h.total()).isEqualByComparingTo("317.5");
        assertThat(h.label()).isEqualTo("$318B+");
        assertThat(h.growthLabel()).isEqualTo("at least " + MoneyFormat.percentChange(growth("317.5", "225.1")));
        assertThat(b.guidanceFor("AMZN").orElseThrow().growthLabel())
                .isEqualTo("at least " + MoneyFormat.percentChange(growth("100", "77.7")));
        // a range's growth is the midpoint's with the range's beside it: 62.5, 60 and 65 on 39.2
        assertThat(b.guidanceFor("META").orElseThrow().growthLabel()).isEqualTo(MoneyFormat.percentChange(growth("62.5", "39.2"))
                + " (" + MoneyFormat.percentChange(growth("60", "39.2")) + " to " + MoneyFormat.percentChange(growth("65", "39.2")) + ")");
    }

    @Test
    void withoutTheBigFourTheHeadlineIsEveryCompanyWithAPriorYearAndNamesTheMonthsOfMarchAndMayYears() throws Exception {
        Briefing b = brief("""
                  - {company: ORCL, metric: capex, kind: actual, period: FY2025, value: 21, announced: 2025-07-20}
                  - {company: ORCL, metric: capex, kind: guidance, period: FY2026, value: 50, qualifier: about, announced: 2025-12-10}
                  - {company: BABA, metric: capex, kind: actual, period: FY2025, value: 10, announced: 2025-06-01}
                  - {company: BABA, metric: capex, kind: guidance, period: FY2026, value: 12, announced: 2025-06-01}
                  - {company: CRWV, metric: capex, kind: guidance, period: FY2026, low: 30, high: 35, announced: 2026-02-26}
                """, "2026-03-01");
        GroupTotal.Headline h = b.total().headline();
        assertThat(h.companies()).containsExactly("ORCL", "BABA");
        assertThat(h.period()).isEqualTo("FY2026");
        assertThat(h.offCalendar()).isEqualTo("Oracle: FY2026 Jun 2025 \u2013 May 2026; Alibaba: FY2026 Apr 2025 \u2013 Mar 2026");
        assertThat(h.total()).isEqualByComparingTo("62");
        assertThat(h.growth()).isEqualByComparingTo(growth("62", "31"));
        // the table total (with CoreWeave) has a growth only over its like-for-like companies, and
        // page one never pairs 94.5 with it
        assertThat(b.total().total()).isEqualByComparingTo("94.5");
        assertThat(h.total()).isNotEqualByComparingTo(b.total().total());
    }
}
