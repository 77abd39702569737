package dev.capexbrief.render.pdf;

import dev.capexbrief.analysis.AnalysisOptions;
import dev.capexbrief.analysis.Analyzer;
import dev.capexbrief.dataset.Dataset;
import dev.capexbrief.dataset.DatasetReader;
import dev.capexbrief.render.text.TemplateSet;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A plan a company states for a calendar year (Microsoft's calendar 2026, its FY2026 plan in the
 * tables) is the focus-year plan everywhere: the revision ladder counts and draws its revisions as
 * the table under it lists them, a plan's qualifier is said once in its cell, and the annual
 * exhibit, drawn by fiscal year under a title of calendar-year totals, says which of the title's
 * figures it does not draw.
 */
class CalendarYearPlanPdfTest {
    private static final TemplateSet TEMPLATES = TemplateSet.load(null);

    private static String latestBundled() {
        Dataset d = new DatasetReader().readBundled();
        return bundled(d.latestAnnouncement().orElseThrow());
    }

    private static String bundled(LocalDate asOf) {
        byte[] pdf = PdfFixtures.render(new Analyzer().analyze(new DatasetReader().readBundled(),
                new AnalysisOptions(asOf, "USD", null)), TEMPLATES);
        return PdfFixtures.text(pdf).replaceAll("\\s+", " ");
    }

    @Test
    void theAnnualExhibitSaysItsTitlesTotalsAreCalendarYearsItDoesNotDraw() {
        String text = latestBundled();
        // the headline stays on calendar years, and so does the exhibit's title
        assertThat(text).contains("Big Four CY2026 capex plans total $733B, +78.7% (+75.6% to +81.7%) on CY2025",
                "Exhibit 2: Annual capex: Big Four $410B in CY2025, $733B planned for CY2026");
        // the chart's points are fiscal years: Microsoft's FY2026 (to June) is drawn, its calendar years are not
        assertThat(text).contains("USD billions, each company on its guidance basis. The title's totals are calendar "
                + "years; the chart draws each company's fiscal years as reported. The title counts Microsoft (FY ends "
                + "June) at its CY2025, $118B, and its plan, ~$175B (calendar 2026): neither is drawn. Hollow marker: "
                + "FY2026 plan.");
        assertThat(text).doesNotContain("USD billions, fiscal years as reported");
        // Microsoft's and Oracle's FY2026 are actuals, drawn and in the table: the plans are the plan column's
        assertThat(text).contains("The FY2026 plan column holds each company's plan, not an actual")
                .doesNotContain("The FY2026 figure is each company's plan");
    }

    @Test
    void aDecemberYearCompanysCalendarYearPlanIsItsFiscalYearPlan() throws Exception {
        // Alfa's fiscal year is the calendar year: its "CY2026" plan is its FY2026 plan, like Beta's
        Dataset d = new DatasetReader().read(Path.of("src/test/resources/datasets/calendar-plans.yaml"));
        byte[] pdf = PdfFixtures.render(new Analyzer().analyze(d, new AnalysisOptions(LocalDate.of(2026, 2, 3),
                "USD", null)), TEMPLATES);
        String text = PdfFixtures.text(pdf).replaceAll("\\s+", " ");
        // in the guidance table beside its FY2025 actual, and in the total
        assertThat(text).contains("Alfa capex as reported by the company ~$60B $40B FY2025 +50.0%",
                "Group total (3) $153B", "Alfa guided ~$60B for FY2026");
        // Exhibit 2 draws it as the others' plans, at FY2026 with its label; the history table has it in the plan column
        String history = text.substring(text.indexOf("Exhibit 2:"), text.indexOf("Quarterly run rate"));
        assertThat(history).contains("Alfa ~$60B", "Alfa December $20B $30B $40B ~$60B");
        // and it is not a plan for another year
        assertThat(text).contains("No other plans on record as of 2026-02-03");
    }

    @Test
    void thePlanBarsKeyAndNoteAreTrueOfACalendarYearPlan() {
        String text = latestBundled();
        // Microsoft's bar is its calendar-2026 plan, its tick its CY2025 actual: the key names no fiscal year
        String exhibit = text.substring(text.indexOf("Exhibit 1:"), text.indexOf("$0B"));
        assertThat(exhibit).contains("on CY2025 plan guided range prior-year actual USD billions, each plan as stated; "
                + "a range counts at its midpoint and a floor at the floor. Microsoft's bar is its CY2026 plan and its "
                + "tick its CY2025 actual. Oracle's FY2026 has closed: its bar is the actual it reported. Source: "
                + "company guidance and filings.").doesNotContain("FY2026 plan", "FY2025 actual");
    }

    @Test
    void thePlanBarsKeyNamesTheYearWhenEveryBarIsOfIt() {
        // February 2025: every plan is for FY2025 and every tick an FY2024 actual
        String text = bundled(LocalDate.of(2025, 2, 7));
        String exhibit = text.substring(text.indexOf("Exhibit 1:"), text.indexOf("$0B"));
        assertThat(exhibit).contains("FY2025 plan", "FY2024 actual", "USD billions, each plan as stated; a range "
                + "counts at its midpoint and a floor at the floor. Source: company guidance and filings.")
                .doesNotContain("prior-year actual", "bar is its");
    }

    @Test
    void anAnnualExhibitTitledOnFiscalYearsSaysNothingMore() {
        // February 2025: Microsoft guides its fiscal 2025, so the title's totals are fiscal years, as drawn
        String text = bundled(LocalDate.of(2025, 2, 7));
        assertThat(text).contains("Exhibit 2: Annual capex: Big Four $225B in FY2024, $318B+ planned for FY2025",
                "USD billions, fiscal years as reported, each company on its guidance basis. Hollow marker: FY2025 plan.")
                .doesNotContain("The title's totals", "neither is drawn");
    }

    @Test
    void theLadderCountsTheCutItsTableLists() {
        String text = latestBundled();
        // the table under the ladder lists Microsoft's calendar-2026 cut among the focus-year plans' revisions,
        // as precise as the two whole figures it is between
        assertThat(text).contains("Microsoft CY2026 ~$190B \u2192 ~$175B -$15B\u00b6")
                .contains("FY2026 plans over time: 8 revisions, 1 of them a cut")
                .doesNotContain("all of them raises");
    }

    @Test
    void aPlansNoteIsPointedToWhereItIsNotAndNotRepeatedWhereItIs() {
        String text = latestBundled();
        String note = "otherwise unchanged.";
        // under the guidance and revisions tables the note itself explains the mark
        assertThat(text).doesNotContain(note + " \u00b6 see the note");
        // page one's scoreboard and the history table carry the mark without the note: they say where it is
        String pageOne = text.substring(0, text.indexOf("Page 1 of"));
        assertThat(pageOne).contains("\u00b6 see the note on this plan under the guidance table.");
        assertThat(text).doesNotContain("see the note under the table");
    }

    @Test
    void aPlansQualifierIsSaidOnceInItsCell() {
        String text = latestBundled();
        assertThat(text).contains("~$175B (calendar 2026)\u00b6 was ~$190B", "(FY ends May) was ~$35B")
                .doesNotContain("was ~$190B (calendar 2026)", "was ~$35B (FY ends May)");
    }
}
