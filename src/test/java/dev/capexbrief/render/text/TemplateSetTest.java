package dev.capexbrief.render.text;

import dev.capexbrief.analysis.Briefing;
import dev.capexbrief.analysis.GuidanceLine;
import dev.capexbrief.analysis.MoneyFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TemplateSetTest {
    private final Briefing seed = TextFixtures.seed();

    @Test
    void theBundledSetWritesTheSeedStory() {
        BriefingText text = TemplateSet.load(null).text(seed);
        assertThat(text.title().heading()).isEqualTo("Hyperscaler Capex Weekly 2025-W06");
        assertThat(text.title().body()).startsWith("Amazon guides over $100B for FY2025; Big Four FY2025 capex plans now total $318B+, at least +41.0% on FY2024");
        assertThat(text.takeaways()).hasSizeBetween(3, 5);
        assertThat(String.join(" ", text.takeaways())).contains(
                "Amazon guided over $100B for FY2025 on 2025-02-06 \u2014 the largest plan, 31.5% of the $318B+ total",
                "its shares moved -4.2% (2025-02-06)",
                "+41.0% on their FY2024 actuals of $225B");
        assertThat(text.section(BriefingSection.CHANGES).body()).startsWith("No new guidance in this period");
        assertThat(text.section(BriefingSection.THIS_WEEK).heading()).isEqualTo("This week");
        assertThat(text.exhibit("guidance").heading()).isEqualTo("Big Four FY2025 capex plans: $318B+, at least +41.0% on FY2024");
        for (BriefingSection s : BriefingSection.values()) {
            assertThat(text.section(s).heading()).as(s.template()).isNotBlank();
        }
        for (String e : List.of("guidance", "history", "quarterly", "run-rate", "ladder")) {
            assertThat(text.exhibit(e).heading()).as(e).isNotBlank();
            assertThat(text.exhibit(e).body()).as(e).contains("Source:");
        }
    }

    @Test
    void theModelCarriesTheSameLabelsAsMoneyFormat() {
        Map<String, Object> model = NarrativeModel.of(seed, "Firm");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> guidance = (List<Map<String, Object>>) model.get("guidance");
        assertThat(guidance).hasSize(seed.guidance().size());
        for (int i = 0; i < guidance.size(); i++) {
            GuidanceLine g = seed.guidance().get(i);
            assertThat(guidance.get(i)).containsEntry("label", g.label())
                    .containsEntry("priorActual", MoneyFormat.billions(g.priorActual(), "USD"))
                    .containsEntry("growth", g.growthLabel());
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> total = (Map<String, Object>) model.get("total");
        assertThat(total).containsEntry("label", "$318B+").containsEntry("growth", "at least +41.0%")
                .containsEntry("companiesText", "Amazon, Microsoft, Alphabet and Meta");
        assertThat(model).doesNotContainKey("biggestRevision");
    }

    @Test
    void theEmailSummarySaysWhatPageOneSays() {
        String summary = TemplateSet.load(null).emailSummary(seed);
        assertThat(summary).startsWith("Hyperscaler Capex Weekly 2025-W06\n")
                .contains("- Meta: $60\u201365B (FY2024 actual $39.2B, +59.3% (+52.9% to +65.7%)), announced 2025-01-29")
                .contains("Not investment advice.");
    }

    @Test
    void aLargeUniverseIsCountedAndSummedNotListed(@TempDir Path dir) {
        Briefing many = ManyCompanies.briefing(dir, 500);
        Map<String, Object> model = NarrativeModel.of(many, "Firm", 12);
        assertThat(model).containsEntry("companiesText", "the 500 companies").containsEntry("top", 12);
        assertThat((List<?>) model.get("leaders")).hasSize(12);
        @SuppressWarnings("unchecked")
        Map<String, Object> others = (Map<String, Object>) model.get("others");
        assertThat(others).containsEntry("count", 488).containsEntry("label", many.remainder(12).label());
        @SuppressWarnings("unchecked")
        Map<String, Object> total = (Map<String, Object>) model.get("total");
        assertThat(total).containsEntry("companiesText", "the 500 companies").containsEntry("countText", "500");
        @SuppressWarnings("unchecked")
        Map<String, Object> week = (Map<String, Object>) model.get("week");
        assertThat((List<?>) week.get("guidance")).hasSize(100);
        assertThat((List<?>) week.get("guidanceTop")).hasSize(TopCompanies.LIST_ROWS);

        TemplateSet set = TemplateSet.load(null);
        BriefingText text = set.text(many);
        assertThat(text.title().body()).startsWith("Company C005 Holdings raises its FY2025 plan to $100\u2013105B; "
                + "500-company CY2025 capex plans now total " + many.total().label());
        assertThat(String.join(" ", text.takeaways())).contains("Combined CY2025 capex plans of the 500 companies reach",
                "the 488 companies beyond the 12 largest plan " + many.remainder(12).label());
        String summary = set.emailSummary(many);
        assertThat(summary).contains("(the 12 largest of 500)", "- Other companies (488): " + many.remainder(12).label(),
                "- Group total (500): " + many.total().label());
        assertThat(summary.lines().count()).isLessThan(40);
    }

    @Test
    void anEditedFolderChangesTheTextAndMissingFilesFallBackToTheBundledOnes(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("title.ftl"), "Capex Monitor ${isoWeek}\nFor ${firm}.\n");
        Files.writeString(dir.resolve("theme.yaml"), "firm_name: Northwind Capital\n");
        TemplateSet set = TemplateSet.load(dir);
        BriefingText text = set.text(seed);
        assertThat(text.title().heading()).isEqualTo("Capex Monitor 2025-W06");
        assertThat(text.title().body()).isEqualTo("For Northwind Capital.");
        assertThat(text.section(BriefingSection.GUIDANCE).heading()).isEqualTo("Guidance by company");
        assertThat(set.describe("title.ftl")).isEqualTo(dir.resolve("title.ftl").toString());
        assertThat(set.describe("takeaways.ftl")).isEqualTo("templates/takeaways.ftl (bundled)");
        assertThat(set.file("logo.png")).isNotEmpty();
    }

    @Test
    void tooManyTakeawaysAreRefused(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("takeaways.ftl"), "- a\n- b\n- c\n- d\n- e\n- f\n");
        TemplateSet set = TemplateSet.load(dir);
        assertThatThrownBy(() -> set.text(seed)).isInstanceOf(TemplateProblemException.class)
                .hasMessageContaining("takeaways.ftl: wrote 6 takeaways");
    }

    @Test
    void aMissingFolderIsAUsageError(@TempDir Path dir) {
        assertThatThrownBy(() -> TemplateSet.load(dir.resolve("nope"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("template folder not found");
    }

    @Test
    void indexListsEveryFileOfTheTemplateSet() throws IOException {
        Path root = Path.of("templates");
        List<String> index = Files.readAllLines(root.resolve("INDEX"), StandardCharsets.UTF_8).stream()
                .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).sorted().toList();
        List<String> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        }
        assertThat(index).containsExactlyElementsOf(files);
        for (String f : index) {
            assertThat(TemplateSet.class.getResource(TemplateSet.BUNDLED_ROOT + f)).as("packaged " + f).isNotNull();
        }
    }

    @Test
    void everyTemplateRendersForEveryWeekOfTheBundledData() {
        TemplateSet set = TemplateSet.load(null);
        for (String date : List.of("2024-06-01", "2025-01-03", "2025-02-07", "2025-07-31", "2025-11-07", "2026-02-05")) {
            Briefing b = TextFixtures.briefing(java.time.LocalDate.parse(date));
            BriefingText text = set.text(b);
            assertThat(text.takeaways()).as(date).isNotEmpty();
            assertThat(set.emailSummary(b)).as(date).contains(b.isoWeek());
        }
    }

    /** Two or three companies in the headline total are named, not counted ("2-company" reads as jargon). */
    @Test
    void twoCompaniesInTheTotalAreNamed() throws Exception {
        dev.capexbrief.dataset.Dataset d = new dev.capexbrief.dataset.DatasetReader().read(
                Path.of(TemplateSetTest.class.getResource("/datasets/six-weeks.csv").toURI()));
        Briefing b = new dev.capexbrief.analysis.Analyzer().analyze(d,
                new dev.capexbrief.analysis.AnalysisOptions(java.time.LocalDate.of(2025, 4, 10), "USD", null));
        BriefingText text = TemplateSet.load(null).text(b);
        assertThat(text.title().body()).contains("Alpha Cloud and Beta Compute CY2025 capex plans now total $94.0B")
                .doesNotContain("2-company");
    }
}
