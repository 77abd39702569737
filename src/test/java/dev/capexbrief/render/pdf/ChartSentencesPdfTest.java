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
 * What the reader finds where an exhibit has too little to draw: a sentence that says what there
 * is, with its figures, and why there is no chart, never the exhibit's title alone.
 */
class ChartSentencesPdfTest {
    private static final TemplateSet TEMPLATES = TemplateSet.load(null);
    private static final String WHY = " With one company there is nothing to compare, so there is no chart.";

    @Test
    void oneCompanysPlanQuarterAndRevisionsAreSentencesWithTheirFigures() throws Exception {
        String text = text("src/test/resources/datasets/next-tier.yaml", null);
        assertThat(text).contains("Only Oracle has stated its FY2026 plan so far: ~$50B (FY ends May)." + WHY,
                "Only Tencent has reported a quarter: $5.1B in Oct\u2013Dec 2024." + WHY,
                "Only Oracle has stated an FY2026 plan: ~$50B now, after 3 statements; each change is in the table below." + WHY);
        assertThat(text).doesNotContain("Quarterly capex by company", "1-company", "plans over time: 2 revisions",
                "Combined FY2026 capex plans of Oracle", "100.0% of");
        // one company's plan is no group total: the title and takeaways name it and say it once (its growth on
        // a prior year of "more than $21 billion" is a maximum)
        assertThat(text).contains("Oracle raises its FY2026 plan to ~$50B, at most +138.1% on FY2025.",
                "Oracle guided ~$50B (FY ends May) for FY2026 on 2025-12-10 \u2014 the only FY2026 plan in the table, "
                        + "at most +138.1% on its FY2025 actual of over $21B.", "Annual capex: Oracle $21B+ in FY2025");
    }

    @Test
    void anAnnualHistoryOfTwoYearsIsASentenceNotAChart() throws Exception {
        String text = text("src/test/resources/datasets/six-weeks.csv", null);
        assertThat(text).contains("Two fiscal years so far, FY2024 and FY2025: Alpha Cloud $40B in FY2024, ~$60B "
                + "planned for FY2025; Beta Compute $25B in FY2024, $32\u201336B planned for FY2025. Two years make "
                + "no history to draw, so there is no chart; the table below has each company's years.");
        assertThat(text).doesNotContain("Annual capex: 2-company");
    }

    @Test
    void quartersWithNoLineOfThreeAreASentenceNotAChart() throws Exception {
        // July 2025: Alfa has reported Jan-Mar and Apr-Jun, Beta Apr-Jun
        String text = text("src/test/resources/datasets/cash-coverage.yaml", LocalDate.of(2025, 7, 29));
        assertThat(text).contains("No company has reported more than two quarters yet: Beta $9B in Apr\u2013Jun 2025; "
                + "Alfa $10B in Jan\u2013Mar 2025 and $12B in Apr\u2013Jun 2025. Two quarters make a step, not a trend, "
                + "so there is no chart.");
        assertThat(text).doesNotContain("Quarterly capex: Alfa spent").contains("Exhibit 1: Annualised run rates");
    }

    @Test
    void aSentencesQuartersAreNeverBrokenAcrossLines() throws Exception {
        // the sentence runs over two lines: "Jan\u2013Mar" ended the first, "2025" began the second
        DatasetReader reader = new DatasetReader();
        Dataset d = reader.read(Path.of("src/test/resources/datasets/cash-coverage.yaml"));
        String raw = PdfFixtures.text(PdfFixtures.render(new Analyzer().analyze(d,
                new AnalysisOptions(LocalDate.of(2025, 7, 29), "USD", null)), TEMPLATES));
        int start = raw.indexOf("No company has reported more than two quarters");
        String sentence = raw.substring(start, raw.indexOf("so there is no chart.", start));
        assertThat(sentence).as("the sentence wraps").contains("\n");
        java.util.regex.Matcher quarter = java.util.regex.Pattern.compile("[A-Z][a-z]{2}\u2013[A-Z][a-z]{2}\\s+\\d{4}")
                .matcher(sentence);
        int found = 0;
        while (quarter.find()) {
            found++;
            assertThat(quarter.group()).as("a quarter on one line").doesNotContain("\n");
        }
        assertThat(found).isEqualTo(3);
        // and never between the months either
        assertThat(sentence).doesNotContainPattern("[A-Z][a-z]{2}\u2013\\s*\\n");
    }

    @Test
    void oneCompanysRatiosAndQuartersAreSentencesWithTheirFigures() throws Exception {
        // February 2020: Alphabet alone reports revenue and operating cash flow, Microsoft only complete years
        String text = text(null, LocalDate.of(2020, 2, 4));
        assertThat(text).contains("One fiscal year so far, FY2019: Alphabet $23.5B; Meta $15.7B; Microsoft $13.9B. One "
                        + "year makes no history to draw, so there is no chart",
                "Only Alphabet reports revenue beside capex: capex was 14.5% of its FY2019 revenue." + WHY,
                "Only Alphabet reports quarterly capex: $6.1B in Oct\u2013Dec 2019, its latest." + WHY,
                "Only Alphabet reports operating cash flow beside capex: capex was 43.2% of it (TTM to Dec 2019)." + WHY,
                "Only Alphabet reports operating cash flow beside capex: free cash flow after capex was $31.0B (TTM "
                        + "to Dec 2019)." + WHY);
        assertThat(text).doesNotContain("Exhibit 1", "Cash cover:", "Capex intensity:");
    }

    private static String text(String data, LocalDate day) throws Exception {
        DatasetReader reader = new DatasetReader();
        Dataset d = data == null ? reader.readBundled() : reader.read(Path.of(data));
        LocalDate asOf = day != null ? day : d.latestAnnouncement().orElseThrow();
        byte[] pdf = PdfFixtures.render(new Analyzer().analyze(d, new AnalysisOptions(asOf, "USD", null)), TEMPLATES);
        return PdfFixtures.text(pdf).replaceAll("\\s+", " ");
    }
}
