package dev.capexbrief.render.model;

import dev.capexbrief.render.text.BriefingSection;

import dev.capexbrief.analysis.AnalysisOptions;
import dev.capexbrief.analysis.Analyzer;
import dev.capexbrief.analysis.Briefing;
import dev.capexbrief.dataset.Dataset;
import dev.capexbrief.dataset.YamlDatasetReader;
import dev.capexbrief.render.text.TemplateSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fill step, case by case: for a small dataset, which cell of which table says what, with
 * which marks and derivation; which exhibits exist and how they are numbered; how a table is cut.
 * Every expected label was written by hand from the figures below.
 */
class ModelBuilderTest {
    static final String YAML = """
            companies:
              - {id: AMZN, name: Amazon}
              - {id: MSFT, name: Microsoft, fiscal_year_end: 6}
              - {id: META, name: Meta}
              - {id: BABA, name: Alibaba, fiscal_year_end: 3}
            fx:
              - {currency: CNY, usd_per_unit: 0.14, as_of: 2025-02-20, source: "PBOC"}
            figures:
              - {company: AMZN, metric: capex_net_of_proceeds, kind: guidance, period: FY2025, value: 100, qualifier: at_least, announced: 2025-02-06, source: "Amazon Q4 call"}
              - {company: AMZN, metric: capex_purchases_ppe, kind: actual, period: FY2024, value: 83, announced: 2025-02-06, source: "Amazon 10-K"}
              - {company: AMZN, metric: ppe_sale_proceeds_incentives, kind: actual, period: FY2024, value: 5, announced: 2025-02-06, source: "Amazon 10-K"}
              - {company: MSFT, metric: capex_incl_finance_leases, kind: guidance, period: FY2025, value: 80, qualifier: about, announced: 2025-01-03, source: "Microsoft blog"}
              - {company: MSFT, metric: capex_incl_finance_leases, kind: actual, period: FY2023, value: 28.1, announced: 2023-07-27, source: "Microsoft 10-K"}
              - {company: MSFT, metric: capex_incl_finance_leases, kind: actual, period: FY2024, value: 55.7, announced: 2024-07-30, source: "Microsoft 10-K"}
              - {company: META, metric: capex_incl_finance_leases, kind: guidance, period: FY2025, low: 60, high: 65, announced: 2025-01-24, source: "Meta post"}
              - {company: META, metric: capex_incl_finance_leases, kind: guidance, period: FY2025, low: 64, high: 72, announced: 2025-04-30, source: "Meta Q1 call"}
              - {company: META, metric: capex_incl_finance_leases, kind: actual, period: FY2024Q1, value: 6.7, announced: 2024-04-24, source: "Meta Q1"}
              - {company: META, metric: capex_incl_finance_leases, kind: actual, period: FY2024Q2, value: 8.5, announced: 2024-07-31, source: "Meta Q2"}
              - {company: META, metric: capex_incl_finance_leases, kind: actual, period: FY2024Q3, value: 9.2, announced: 2024-10-30, source: "Meta Q3"}
              - {company: META, metric: capex_incl_finance_leases, kind: actual, period: FY2024Q4, value: 14.8, announced: 2025-01-29, source: "Meta Q4"}
              - {company: META, metric: capex_incl_finance_leases, kind: actual, period: FY2025Q1, value: 13.7, announced: 2025-04-30, source: "Meta Q1 call"}
              - {company: META, metric: capex_incl_finance_leases, kind: actual, period: FY2024Q4, value: 15.1, announced: 2025-04-30, source: "Meta 10-K/A"}
              - {company: AMZN, metric: revenue, kind: actual, period: FY2024, value: 638, announced: 2025-02-06, source: "Amazon 10-K"}
              - {company: META, metric: revenue, kind: actual, period: FY2024, value: 164.5, announced: 2025-01-29, source: "Meta Q4"}
              - {company: BABA, metric: capex, kind: guidance, period: FY2026, value: 50, currency: CNY, announced: 2025-02-24, source: "Alibaba call"}
            """;

    @TempDir
    static Path dir;
    static BriefingModel model;
    static BriefingModel cut;

    @BeforeAll
    static void build() throws Exception {
        Dataset d = new YamlDatasetReader().read(new ByteArrayInputStream(YAML.getBytes(StandardCharsets.UTF_8)), "t.yaml");
        Briefing b = new Analyzer().analyze(d, new AnalysisOptions(LocalDate.of(2025, 5, 2), "USD", null));
        model = ModelBuilder.of(TemplateSet.load(null)).build(b);
        Path templates = Files.createDirectories(dir.resolve("templates"));
        Files.writeString(templates.resolve("theme.yaml"), "top_companies: 2\n");
        cut = ModelBuilder.of(TemplateSet.load(templates)).build(b);
    }

    record CellCase(String table, String row, String column, String text, Set<Mark> marks, Class<?> derivation) {
        @Override
        public String toString() {
            return table + "/" + row + "/" + column + " = " + text;
        }
    }

    static Stream<CellCase> cells() {
        return Stream.of(
                // a floor says "over" and counts at the floor; the label already says so, so no "+"
                new CellCase("guidance", "AMZN", "plan", "over $100B", Set.of(Mark.PLAN, Mark.FLOOR), Derivation.Link.class),
                new CellCase("guidance", "AMZN", "low", "$100B", Set.of(), null),
                // Amazon's net basis is derived: 83 − 5
                new CellCase("guidance", "AMZN", "prior", "$78.0B\u2020", Set.of(Mark.DERIVED), null),
                new CellCase("guidance", "AMZN", "growth", "at least +28.2%", null, Derivation.Growth.class),
                // a range counts at its midpoint, a live formula over low and high
                new CellCase("guidance", "META", "plan", "$64\u201372B", Set.of(Mark.PLAN, Mark.RANGE), Derivation.Midpoint.class),
                // Meta's FY2024 is four quarters summed: 6.7 + 8.5 + 9.2 + 15.1 (Q4 as restated)
                new CellCase("guidance", "META", "prior", "$39.5Bq", Set.of(Mark.SUMMED_FROM_QUARTERS), null),
                new CellCase("guidance", "MSFT", "plan", "~$80B (FY ends June)", Set.of(Mark.PLAN), null),
                new CellCase("guidance", "MSFT", "share", "32.3%", null, Derivation.Ratio.class),
                // 100 + 80 + 68 = 248, with a floor in it; like for like on 78 + 55.7 + 39.5 = 173.2, a minimum too
                new CellCase("guidance", "total", "plan", "$248B+", Set.of(Mark.PLAN, Mark.FLOOR), Derivation.Sum.class),
                new CellCase("guidance", "total", "growth", "at least +43.2%", null, Derivation.SumGrowth.class),
                // the partial year 2025 (one quarter) is marked and never a growth rate
                new CellCase("history", "META", "FY2025", "$13.7B*", Set.of(Mark.PARTIAL_YEAR), null),
                new CellCase("history", "META", "plan", "$64\u201372B", Set.of(Mark.PLAN, Mark.RANGE), Derivation.Link.class),
                new CellCase("revisions", "META|FY2025|2025-04-30", "change", "+$5.5B", Set.of(), Derivation.Difference.class),
                new CellCase("revisions", "META|FY2025|2025-04-30", "changePct", "+8.8%", null, Derivation.Ratio.class),
                new CellCase("run-rate", "META", "runRate", "$54.8B", Set.of(), Derivation.Scaled.class),
                new CellCase("run-rate", "META", "vsPlan", "-19.4%", null, Derivation.Growth.class),
                // capex ÷ revenue of the latest complete year: 78 / 638 and 39.5 / 164.5 (Q4 as restated), a live ratio
                new CellCase("cash-year", "AMZN", "intensity", "12.2%", null, Derivation.Ratio.class),
                new CellCase("cash-year", "META", "intensity", "24.0%", null, Derivation.Ratio.class),
                new CellCase("cash-year", "META", "revenue", "$165B", Set.of(), null),
                // the group adds both companies' capex and revenue: 117.5 / 802.5, as sums over the named rows
                new CellCase("cash-year", "group", "intensity", "14.6%", null, Derivation.SumRatio.class),
                new CellCase("cash-year", "group", "revenue", "$803B", Set.of(), Derivation.SumOf.class),
                // no operating cash flow in the data: the cover and free cash flow say so
                new CellCase("cash-year", "META", "cover", "\u2013", null, null),
                // a later filing's new value for a reported quarter is a restatement, kept with both dates
                new CellCase("restatements", "META|capex_incl_finance_leases|FY2024Q4|2025-04-30", "change", "+$0.3B",
                        Set.of(), Derivation.Difference.class),
                new CellCase("restatements", "META|capex_incl_finance_leases|FY2024Q4|2025-04-30", "was", "$14.8B",
                        Set.of(), null),
                // stated in CNY, shown converted and marked
                new CellCase("other-plans", "BABA|capex|FY2026", "plan", "$7B (FY ends March)\u2021", Set.of(Mark.PLAN, Mark.CONVERTED), null));
    }

    @ParameterizedTest
    @MethodSource("cells")
    void eachCellSaysWhatTheFiguresSay(CellCase c) {
        Table t = model.table(c.table()).orElseThrow(() -> new AssertionError("no table " + c.table()));
        Row row = t.rows().stream().filter(r -> r.key().equals(c.row())).findFirst()
                .orElseThrow(() -> new AssertionError(c.table() + ": no row " + c.row() + " in "
                        + t.rows().stream().map(Row::key).toList()));
        Cell cell = row.cell(t.column(c.column()));
        assertThat(cell.text()).as(c.toString()).isEqualTo(c.text());
        if (c.marks() != null) {
            assertThat(((Cell.Money) cell).marks()).as(c + " marks").isEqualTo(c.marks());
        }
        Derivation d = cell instanceof Cell.Money m ? m.derivation() : cell instanceof Cell.Percent p ? p.derivation()
                : cell instanceof Cell.Multiple x ? x.derivation() : null;
        if (c.derivation() == null) {
            assertThat(d).as(c + " derivation").isNull();
        } else {
            assertThat(d).as(c + " derivation").isInstanceOf(c.derivation());
        }
    }

    @Test
    void exhibitsAreNumberedInReadingOrderAndKeyedByCompany() {
        // only Meta reports quarters: one line and one bar are sentences, not exhibits, and take no number
        assertThat(model.exhibits()).extracting(Exhibit::number).containsExactly(1, 2, 3, 4);
        assertThat(model.exhibits()).extracting(Exhibit::kind).containsExactly(ChartKind.RANGE_BARS,
                ChartKind.ANNUAL_LINES, ChartKind.COMPANY_BARS, ChartKind.STEP_LADDER);
        assertThat(model.section(dev.capexbrief.render.text.BriefingSection.RUN_RATE).blocks())
                .filteredOn(b -> b instanceof Block.Prose).hasSize(2);
        Exhibit intensity = model.exhibits().get(2);
        assertThat(intensity.format()).isEqualTo(Exhibit.Format.PERCENT);
        assertThat(intensity.title()).isEqualTo("Capex intensity: Meta spends 24.0% of its FY2024 revenue on capex");
        assertThat(intensity.categories()).extracting(Category::label).containsExactly("Meta", "Amazon");
        Exhibit bars = model.exhibits().get(0);
        assertThat(bars.categories()).extracting(Category::label).containsExactly("Amazon", "Microsoft", "Meta");
        assertThat(bars.series().get(0).values()).containsExactly(100.0, 80.0, 68.0);
        assertThat(bars.annotations().get(2).low()).isEqualTo(64.0);
        assertThat(bars.annotations().get(2).high()).isEqualTo(72.0);
        assertThat(bars.annotations().get(0).floor()).isTrue();
        // a partial year is left out of the annual exhibit: Meta's only point is FY2024
        Exhibit annual = model.exhibits().get(1);
        Series meta = annual.series().stream().filter(s -> s.key().equals("META") && s.role() == Series.Role.ACTUAL)
                .findFirst().orElseThrow();
        assertThat(meta.values().stream().filter(java.util.Objects::nonNull).toList()).containsExactly(39.5);
        // the ladder steps Meta from the midpoint of $60–65B to that of $64–72B
        Exhibit ladder = model.exhibits().get(3);
        Series steps = ladder.series().stream().filter(s -> s.key().equals("META") && s.role() == Series.Role.PLAN)
                .findFirst().orElseThrow();
        assertThat(steps.values().stream().filter(java.util.Objects::nonNull).distinct().toList()).containsExactly(62.5, 68.0);
    }

    @Test
    void aCutTableShowsTheLargestAndSumsTheRest() {
        Table t = cut.table("guidance").orElseThrow();
        assertThat(t.shortRendering()).extracting(Row::key).containsExactly("AMZN", "MSFT", "others", "total");
        assertThat(t.remainder().cell(1).text()).isEqualTo("$68.0B");
        assertThat(t.body()).hasSize(3);
        assertThat(t.scope()).isEqualTo("Top 2 of 3 companies by FY2025 plan");
        assertThat(cut.exhibits().get(0).categories()).hasSize(2);
    }

    @Test
    void sourcesAreNumberedOnceForTheWholeBriefing() {
        Table guidance = model.table("guidance").orElseThrow();
        Table revisions = model.table("revisions").orElseThrow();
        Cell.Sources inGuidance = (Cell.Sources) guidance.rows().stream().filter(r -> r.key().equals("META")).findFirst()
                .orElseThrow().cell(guidance.column("sources"));
        Cell.Sources inRevisions = (Cell.Sources) revisions.rows().get(0).cell(revisions.column("sources"));
        assertThat(inGuidance.numbers()).isEqualTo(inRevisions.numbers()).hasSize(1);
        Source meta = model.sources().get(inGuidance.numbers().get(0) - 1);
        assertThat(meta.text()).isEqualTo("Meta Q1 call");
        assertThat(meta.cited()).isTrue();
    }

    @Test
    void theLegendListsTheMarksInUseOnce() {
        assertThat(model.legend()).containsExactly(Mark.DERIVED, Mark.SUMMED_FROM_QUARTERS, Mark.PARTIAL_YEAR,
                Mark.FLOOR, Mark.CONVERTED);
        Block.Bullets marks = model.section(BriefingSection.METHODOLOGY).blocks().stream()
                .filter(b -> b instanceof Block.Bullets l && l.title().equals("Marks")).map(b -> (Block.Bullets) b)
                .findFirst().orElseThrow();
        assertThat(marks.items()).contains("* partial year: the quarters reported so far, left out of charts and growth rates");
    }

    @Test
    void twoBuildsOfTheSameBriefingAreEqual() throws Exception {
        Dataset d = new YamlDatasetReader().read(new ByteArrayInputStream(YAML.getBytes(StandardCharsets.UTF_8)), "t.yaml");
        Briefing b = new Analyzer().analyze(d, new AnalysisOptions(LocalDate.of(2025, 5, 2), "USD", null));
        BriefingModel again = ModelBuilder.of(TemplateSet.load(null)).build(b);
        assertThat(again).isEqualTo(model);
        assertThat(List.of(again.hashCode())).containsExactly(model.hashCode());
    }
    @Test
    void aQuarterReportedLaterOnAnotherBasisLeavesTheRunRateBlankAndSaysWhy() throws Exception {
        String yaml = """
                companies:
                  - {id: AMZN, name: Amazon}
                figures:
                  - {company: AMZN, metric: capex_net_of_proceeds, kind: actual, period: FY2025Q4, value: 37.5, announced: 2026-02-05, source: release}
                  - {company: AMZN, metric: capex, kind: actual, period: FY2026Q1, value: 44.2, announced: 2026-04-30, source: press}
                  - {company: AMZN, metric: capex_net_of_proceeds, kind: guidance, period: FY2026, value: 200, qualifier: about, announced: 2026-02-05, source: call}
                """;
        Dataset d = new YamlDatasetReader().read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "l.yaml");
        Briefing b = new Analyzer().analyze(d, new AnalysisOptions(LocalDate.of(2026, 5, 1), "USD", null));
        Table runRates = ModelBuilder.of(TemplateSet.load(null)).build(b).table("run-rate").orElseThrow();

        Row amazon = runRates.rows().get(0);
        assertThat(amazon.cell(runRates.column("quarter")).text()).isEqualTo("FY2025Q4");
        assertThat(amazon.cell(runRates.column("runRate")).text()).isEqualTo("\u2013");
        assertThat(runRates.notes()).containsExactly("Amazon's latest quarter, FY2026Q1 (Jan\u2013Mar 2026, $44.2B), is on"
                + " another basis (capex as reported by the company) than the one it guides on (cash capex net of"
                + " proceeds & incentives): no run rate until that quarter is reported on its guidance basis.");
    }
}
