package dev.capexbrief.render.pdf;

import dev.capexbrief.analysis.AnalysisOptions;
import dev.capexbrief.analysis.Analyzer;
import dev.capexbrief.analysis.Briefing;
import dev.capexbrief.dataset.Dataset;
import dev.capexbrief.dataset.YamlDatasetReader;
import dev.capexbrief.render.text.TemplateSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cash coverage section as a reader finds it in the PDF (text read back with PDFBox), for the
 * made-up figures of {@code datasets/cash-coverage.yaml}: its heading, its two exhibits' findings, each
 * table's rows with the hand-computed ratios, the group rows and what they add, and the takeaway on
 * the largest move.
 */
class CashSectionPdfTest {
    private static String text;
    private static String rows;

    @BeforeAll
    static void render() throws Exception {
        Dataset d;
        try (InputStream in = CashSectionPdfTest.class.getResourceAsStream("/datasets/cash-coverage.yaml")) {
            d = new YamlDatasetReader().read(in, "cash-coverage.yaml");
        }
        Briefing b = new Analyzer().analyze(d, new AnalysisOptions(LocalDate.of(2026, 8, 15), "USD", null));
        byte[] pdf = PdfFixtures.render(b, TemplateSet.load(null));
        text = PdfFixtures.flatText(pdf);
        rows = PdfFixtures.layoutText(pdf).replaceAll("[ \\t]+", " ");
    }

    @Test
    void theSectionHasItsHeadingAndTwoExhibits() {
        assertThat(text).contains("Cash coverage", "Can operating cash flow fund the build-out?",
                "Exhibit 6: Cash cover: capex outruns operating cash flow at Gama (125.0%)",
                "Exhibit 7: Free cash flow after capex: negative at Gama (-$6.0B)");
    }

    @Test
    void eachSpanHasItsTableWithTheRatiosWorkedOutByHand() {
        assertThat(text).containsSubsequence("Latest quarter", "Trailing twelve months", "Latest fiscal year");
        // Alfa FY2026Q2: 30 / 24 = 125% (60% a year earlier), 24 - 30 = -6, its own -6, 30 / 125 = 24%, 30 / 6 = 5.0×
        assertThat(rows).contains("Alfa FY2026Q2 $30B $24B 125.0% -$6.0B -$6B 24.0% 5.0×");
        // Beta FY2026Q4: 15 / 20 on a single-source cash flow, no revenue, 15 / 4 D&A
        assertThat(rows).contains("Beta FY2026Q4 $15B $20B§ 75.0%§ $5.0B§ – – 3.8×");
        // the twelve months: 80 / 95, 80 / 475, 80 / 22; Beta 48 / 68
        assertThat(rows).contains("$80.0B $95.0B 84.2% $15.0B $15.0B 16.8% 3.6×", "$48.0B $68.0B§ 70.6%§ $20.0B§");
        // the years: a stated year as stated (Alfa $52B), Beta's FY2026 four quarters summed (q, computed); Gama 30 / 24
        assertThat(rows).contains("Alfa FY2025 $52B $86B 60.5% $34.0B $34B 12.1% 2.9×",
                "Gama FY2025 $30B $24B 125.0% -$6.0B – 15.0% 5.0×", "Beta FY2026 $48.0Bq $68.0Bq§ 70.6%§ $20.0B§");
        assertThat(text).contains("from 60.0%", "from 50.0%", "from 80.0%");
        // Gama reports years only: no row of twelve months, and the note says so
        assertThat(text).contains("No twelve months for Gama: a quarter of capex or of the other lines is missing.");
    }

    @Test
    void groupRowsAddOnlyTheCompaniesWithBothLinesAndSayWhich() {
        // quarter: (30 + 15) / (24 + 20); year: 130 / 178, revenue (52 + 30) / (430 + 200), PP&E 82 / 24
        assertThat(rows).contains("Group (2) $45.0B§ $44.0B§ 102.3%§ -$1.0B§", "Group (3) $130B§ $178B§ 73.0%§ $48.0B§ 13.0% 3.4×");
        assertThat(text).contains("capex, operating cash flow, capex ÷ OCF and FCF: Alfa and Beta.",
                "capex ÷ revenue: Alfa and Gama; capex ÷ depreciation: Alfa and Gama (depreciation of PP&E only)");
    }

    @Test
    void theNotesNameTheDepreciationLinesAndTheCompanysOwnDefinition() {
        assertThat(text).contains("capex as a multiple of depreciation of PP&E (Alfa and Gama); or of depreciation"
                + " & amortization, a wider line marked D&A (Beta). The two lines are not comparable.");
        assertThat(text).contains("Company-defined FCF as published: Alfa-defined free cash flow (operating cash flow"
                + " less purchases of property and equipment).");
    }

    @Test
    void theTakeawaysNameTheLargestMove() {
        assertThat(text).contains("Alfa's capex rose to 125.0% of its operating cash flow in the quarter to 2026-06-30"
                + " (FY2026Q2), from 60.0% a year earlier (+65.0 points), the largest move of any company; its free"
                + " cash flow after capex turned negative, at -$6.0B.");
    }
}
