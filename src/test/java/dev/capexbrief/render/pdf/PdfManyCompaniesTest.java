package dev.capexbrief.render.pdf;

import dev.capexbrief.analysis.Briefing;
import dev.capexbrief.analysis.GroupRemainder;
import dev.capexbrief.analysis.GuidanceLine;
import dev.capexbrief.render.text.Labels;
import dev.capexbrief.render.text.ManyCompanies;
import dev.capexbrief.render.text.TemplateSet;
import dev.capexbrief.render.text.TopCompanies;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A briefing on 500 companies reads like one on nine: conclusion first, the twelve largest plans
 * in detail, the rest summed so the totals still add up, long lists cut with a count, and a file
 * small enough to email.
 */
class PdfManyCompaniesTest {
    private static final int COMPANIES = 500;

    @TempDir
    static Path dir;

    private static Briefing briefing;
    private static byte[] pdf;
    private static String text;
    private static String lines;

    @BeforeAll
    static void render() {
        briefing = ManyCompanies.briefing(dir, COMPANIES);
        pdf = PdfFixtures.render(briefing, TemplateSet.load(null));
        text = PdfFixtures.flatText(pdf);
        lines = PdfFixtures.layoutText(pdf);
    }

    @Test
    void theGuidanceTableShowsTheTwelveLargestPlansThenTheOthersThenTheGroupTotal() {
        String table = guidanceTable(lines);
        assertThat(table.lines().filter(l -> l.startsWith("\u25A0 ")).count()).isEqualTo(12);
        int previous = -1;
        for (GuidanceLine g : briefing.leaders(12)) {
            int at = table.indexOf("\u25A0 " + g.company().name() + " " + g.label());
            assertThat(at).as(g.company().name()).isGreaterThan(previous);
            previous = at;
        }
        assertThat(table).doesNotContain(briefing.leaders(13).get(12).company().name());
        GroupRemainder rest = briefing.remainder(12);
        assertThat(rest.companies()).isEqualTo(488);
        assertThat(table).contains("Other companies (488) " + rest.label() + " " + Labels.share(rest.share()) + "\n");
        assertThat(lines).contains("Group total (500) " + briefing.total().label() + " ");
    }

    @Test
    void isSmallEnoughToEmailAndShort() {
        assertThat(pdf.length).isLessThanOrEqualTo(300 * 1024);
        assertThat(PdfFixtures.pages(pdf)).isLessThanOrEqualTo(10);
    }

    @Test
    void everyCutChartSaysWhatItShows() {
        GroupRemainder rest = briefing.remainder(12);
        assertThat(text).contains("Top 12 of 500 companies by FY2025 plan; the other 488 plan " + rest.label() + ", "
                + Labels.share(rest.share()) + " of the total");
        assertThat(count(text, "Top 12 of 500 companies by FY2025 plan")).as("guidance, history, quarterly, run rate")
                .isGreaterThanOrEqualTo(4);
        assertThat(text).contains("Top 12 of the 100 companies that revised their FY2025 plan, by plan");
    }

    @Test
    void longListsShowTheLargestCompaniesAndCountTheRest() {
        assertThat(text).containsPattern("\u2026 and \\d+ more in the workbook's Changes sheet\\.");
        assertThat(text).contains("\u2026 and " + (briefing.revisions().size() - TopCompanies.LIST_ROWS)
                + " more revisions in the workbook's Changes sheet.");
        assertThat(text).contains("\u2026 and " + (briefing.reactions().size() - TopCompanies.LIST_ROWS)
                + " more share-price moves in the workbook's Changes sheet.");
        assertThat(text).contains("\u2026 and " + (briefing.otherPlans().size() - TopCompanies.LIST_ROWS)
                + " more plans in the workbook's Guidance sheet.");
        assertThat(text).as("this week's news of the largest company that raised")
                .contains("Company C005 Holdings FY2025 $100\u2013105B raised");
        assertThat(text).as("a small company is only in the workbook").doesNotContain("Company C400 Holdings");
    }

    @Test
    void everyCitedSourceIsListedAndTheRestAreCounted() {
        Set<Integer> cited = new TreeSet<>();
        Matcher refs = Pattern.compile("\\[(\\d+(?:, \\d+)*)]").matcher(text);
        while (refs.find()) {
            for (String n : refs.group(1).split(", ")) {
                cited.add(Integer.parseInt(n));
            }
        }
        Set<Integer> listed = new TreeSet<>();
        // each company's sources are listed under its name once: "Company C007 Holdings: [7] example.com, ... · [8] ..."
        assertThat(text).containsPattern("Company C\\d+ Holdings: \\[\\d+] ?example\\.com");
        Matcher entries = Pattern.compile("\\[(\\d+)] ?example\\.com").matcher(text);
        while (entries.find()) {
            listed.add(Integer.parseInt(entries.group(1)));
        }
        assertThat(cited).isNotEmpty();
        assertThat(listed).containsAll(cited);
        assertThat(listed.size()).isLessThan(briefing.sources().size());
        assertThat(text).contains("\u2026 and " + TopCompanies.count(briefing.sources().size() - listed.size())
                + " more sources in the workbook's Sources sheet.");
    }

    @Test
    void theNarrativeCountsCompaniesInsteadOfNamingThemAll() {
        assertThat(text).contains("Combined CY2025 capex plans of the 500 companies reach " + briefing.total().label(),
                "the 488 companies beyond the 12 largest plan " + briefing.remainder(12).label(),
                "COMPANIES COVERED 500 companies; largest FY2025 plans: Company C001 Holdings, Company C002 Holdings,",
                "500-company CY2025 capex plans");
    }

    @Test
    void rendersTheSameBytesTwice() {
        assertThat(PdfFixtures.render(briefing, TemplateSet.load(null))).isEqualTo(pdf);
    }

    @Test
    void theThemeSetsHowManyCompaniesAreShown(@TempDir Path folder) throws IOException {
        Path templates = PdfFixtures.copyOfTemplates(folder.resolve("templates"));
        Path theme = templates.resolve("theme.yaml");
        Files.writeString(theme, Files.readString(theme, StandardCharsets.UTF_8)
                .replace("top_companies: 12", "top_companies: 5"), StandardCharsets.UTF_8);
        byte[] five = PdfFixtures.render(briefing, TemplateSet.load(templates));
        String table = guidanceTable(PdfFixtures.layoutText(five));
        assertThat(table.lines().filter(l -> l.startsWith("\u25A0 ")).count()).isEqualTo(5);
        assertThat(table).contains("Other companies (495) " + briefing.remainder(5).label());
        assertThat(PdfFixtures.flatText(five)).contains("Top 5 of 500 companies by FY2025 plan");
    }

    /** The guidance table, from its header to its total row. */
    private static String guidanceTable(String layout) {
        int start = layout.indexOf("Company and capex basis");
        int end = layout.indexOf("Group total (");
        assertThat(start).isNotNegative();
        assertThat(end).isGreaterThan(start);
        return layout.substring(start, end);
    }

    private static int count(String s, String part) {
        int n = 0;
        for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
