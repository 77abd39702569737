package dev.capexbrief.render.pdf;

import dev.capexbrief.analysis.Briefing;
import dev.capexbrief.analysis.CompanyProfile;
import dev.capexbrief.analysis.GuidanceLine;
import dev.capexbrief.analysis.MoneyFormat;
import dev.capexbrief.analysis.Revision;
import dev.capexbrief.render.text.BriefingSection;
import dev.capexbrief.render.text.BriefingText;
import dev.capexbrief.render.text.TemplateSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static dev.capexbrief.render.pdf.PdfFixtures.LATER;
import static dev.capexbrief.render.pdf.PdfFixtures.SEED;
import static org.assertj.core.api.Assertions.assertThat;

/** What a reader finds in the PDF text: every section, every company and the briefing's numbers. */
class PdfBriefingContentTest {
    private final Briefing seed = PdfFixtures.briefing(SEED);
    private final String text = PdfFixtures.flatText(PdfFixtures.pdf(SEED));

    @ParameterizedTest
    @EnumSource(BriefingSection.class)
    void everySectionTitleIsPrinted(BriefingSection section) {
        BriefingText narrative = TemplateSet.load(null).text(seed);
        assertThat(text).contains(narrative.section(section).heading());
    }

    @Test
    void everyCompanyIsNamed() {
        for (CompanyProfile c : seed.companies()) {
            assertThat(text).contains(c.name());
        }
    }

    @Test
    void reproducesTheSeedStoryWithEachPriorYearActual() {
        assertThat(text).contains("over $100B", "~$75B", "$60\u201365B", "~$80B (FY ends June)");
        for (GuidanceLine g : seed.guidance()) {
            assertThat(text).contains(g.label());
            assertThat(text).contains(MoneyFormat.billions(g.priorActual(), "USD"));
            assertThat(text).contains(MoneyFormat.percentChange(g.impliedGrowth()));
        }
        assertThat(text).contains("$77.7B", "$52.5B", "$39.2B", "$55.7B");
    }

    @Test
    void headlineFiguresEqualTheBriefing() {
        assertThat(text).contains("FY2025 GROUP PLAN", seed.total().label());
        assertThat(text).contains(MoneyFormat.percentChange(seed.total().growth()));
        assertThat(text).contains("LARGEST SPENDER", seed.largestSpender().orElseThrow().company().name());
        assertThat(text).contains("BIGGEST REVISION", "none", "no plan revised as of 2025-02-07");
    }

    @Test
    void theSeedsShareMoveIsShownForAmazon() {
        assertThat(seed.reactions()).anyMatch(r -> r.company().name().equals("Amazon") && r.label().equals("-4.2%"));
        assertThat(text).contains("-4.2%");
    }

    @Test
    void runRatesAndQuarterlyActualsAreThere() {
        assertThat(text).contains("$26.3B", "$105B", "+5.2%");
    }

    @Test
    void takeawaysHaveANumberAndADate() {
        BriefingText narrative = TemplateSet.load(null).text(seed);
        assertThat(narrative.takeaways()).hasSizeBetween(3, 5);
        for (String t : narrative.takeaways()) {
            assertThat(t).containsPattern("\\$\\d|\\d%").containsPattern("\\d{4}-\\d{2}-\\d{2}");
            assertThat(text).contains(t.substring(0, 40));
        }
        assertThat(text).contains("Amazon guided over $100B for FY2025 on 2025-02-06 \u2014 the largest plan, 31.5% of the $318B+ total");
    }

    @Test
    void anEmptyPeriodSaysNoNewGuidance() {
        assertThat(text).contains("No new guidance in this period");
    }

    @Test
    void revisionsAreListedWithTheirChange() {
        Briefing later = PdfFixtures.briefing(LATER);
        String laterText = PdfFixtures.flatText(PdfFixtures.pdf(LATER));
        assertThat(later.revisions()).isNotEmpty();
        for (Revision r : later.revisions()) {
            assertThat(laterText).contains(r.fromLabel() + " \u2192 " + r.toLabel());
            assertThat(laterText).contains(r.changeLabel("USD"));
        }
        Revision biggest = later.biggestRevision().orElseThrow();
        // as precise as the two figures it is between, and from a floor at most: over $100B to ~$125B
        assertThat(laterText).contains(biggest.company().name() + " " + biggest.changeLabel("USD"))
                .contains("Amazon at most +$25B").doesNotContain("+$25.0B");
    }

    @Test
    void otherPlansAndSourcesAreListed() {
        Briefing later = PdfFixtures.briefing(LATER);
        String laterText = PdfFixtures.flatText(PdfFixtures.pdf(LATER));
        for (GuidanceLine g : later.otherPlans()) {
            assertThat(laterText).contains(g.company().name(), g.period().label());
        }
        assertThat(laterText).contains("[" + later.sources().size() + "]");
    }

    @Test
    void aPlanWhoseFiscalYearHasClosedIsFootnotedWithWhatWasReported() {
        // bundled data, November 2025: Microsoft's FY2025 ended in June and its actual is public
        GuidanceLine msft = PdfFixtures.briefing(LATER).guidanceFor("MSFT").orElseThrow();
        assertThat(msft.outturn()).isEqualByComparingTo("88.2");
        assertThat(PdfFixtures.flatText(PdfFixtures.pdf(LATER))).contains("Microsoft's FY2025 has closed: it reported "
                + "$88.2B on this basis against its last plan of ~$80B (FY ends June); totals, shares, growth and charts count the reported actual.");
        assertThat(text).as("February 2025: the year is open").doesNotContain("has closed");
    }

    @Test
    void theQuarterlyExhibitIsTitledWithACurrentQuarter() {
        assertThat(text).contains("Quarterly capex: Amazon spent $26.3B in Oct\u2013Dec 2024");
        // a year later the title names the largest plan's latest quarter, Jul-Sep 2025 (Amazon's
        // Oct-Dec 2025 cash capex is not in the data), never last year's Oct-Dec 2024
        String feb2026 = PdfFixtures.flatText(PdfFixtures.pdf(java.time.LocalDate.of(2026, 2, 5)));
        assertThat(feb2026).contains("Quarterly capex: Amazon spent $34.2B in Jul\u2013Sep 2025")
                .doesNotContain("Amazon spent $26.3B");
    }

    @Test
    void everyPageSaysPageXOfY() {
        int pages = PdfFixtures.pages(PdfFixtures.pdf(SEED));
        assertThat(pages).isGreaterThan(2);
        for (int p = 1; p <= pages; p++) {
            assertThat(text).contains("Page " + p + " of " + pages);
        }
    }

    @Test
    void aWeekBeforeAnyGuidanceStillMakesACompleteBriefing() {
        Briefing early = PdfFixtures.briefing(java.time.LocalDate.of(2024, 6, 1));
        assertThat(early.guidance()).isEmpty();
        String earlyText = PdfFixtures.flatText(PdfFixtures.render(early, TemplateSet.load(null)));
        assertThat(earlyText).contains("No new guidance this week", "BIGGEST REVISION none", "Methodology & sources",
                "Disclaimer");
    }

    @Test
    void withNoPlansTheGuidanceSectionSaysSoInsteadOfAZeroTotal() {
        // June 2024: every company has reported FY2023 (Microsoft FY2023 to June 2023), none has guided FY2024
        Briefing early = PdfFixtures.briefing(java.time.LocalDate.of(2024, 6, 1));
        String earlyText = PdfFixtures.flatText(PdfFixtures.render(early, TemplateSet.load(null)));
        assertThat(earlyText).contains("Guidance by company", "No company has guided FY2024 capex as of 2024-06-01, "
                + "so there is no plan to list, add up or compare with FY2023 actuals yet.");
        assertThat(earlyText).doesNotContain("$0.0B", "$0B total", "In the  total");
        // page one's cards and the history say so too, with no count of nobody and no plan column to explain
        assertThat(earlyText).contains("GROUP PLAN none no company has guided FY2024 yet",
                "No company has guided FY2024 yet. Partial years are marked *")
                .doesNotContain("0 companies", "None", "holds each company's plan");
        String summary = TemplateSet.load(null).emailSummary(early);
        assertThat(summary).contains("No company has guided FY2024 capex yet.")
                .doesNotContain("guidance by company:");
    }
}
