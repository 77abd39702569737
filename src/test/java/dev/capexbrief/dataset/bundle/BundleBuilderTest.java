package dev.capexbrief.dataset.bundle;

import dev.capexbrief.dataset.Dataset;
import dev.capexbrief.dataset.DatasetReader;
import dev.capexbrief.dataset.Figure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The bundle build on small research tables and a hand-written companyfacts payload: what it keeps,
 * what gives way to a filing, what it joins and where it stops and asks for a rule.
 */
class BundleBuilderTest {
    private static final String HEADER = "company,company_name,fiscal_year_end_month,metric,definition,kind,period,value,"
            + "low,high,currency,unit,announced,source,confidence\n";

    @TempDir
    Path dir;

    private static final String RECIPE = """
            header: |
              # test bundle
            research: [facts.csv]
            edgar:
              from_year: 2019
              passes: [[acme.json]]
            primary_hosts: [sec.gov, acme.example]
            companies:
              - {id: ACME, name: Acme, fiscal_year_end: 12, cik: 1000009, basis: capex_net_of_proceeds}
              - {id: BETA, name: Beta, fiscal_year_end: 12}
            rules: []
            """;

    /** Acme's capex for FY2024 (10-K) and Q1 2025 (10-Q), as the SEC serves companyfacts. */
    private static final String PAYLOAD = """
            {"cik":1000009,"entityName":"ACME CORP","facts":{"us-gaap":{
            "PaymentsToAcquirePropertyPlantAndEquipment":{"label":"x","description":"x","units":{"USD":[
            {"start":"2024-01-01","end":"2024-12-31","val":40500000000,"accn":"0001000009-25-000004","fy":2024,"fp":"FY","form":"10-K","filed":"2025-02-03"},
            {"start":"2025-01-01","end":"2025-03-31","val":11250000000,"accn":"0001000009-25-000011","fy":2025,"fp":"Q1","form":"10-Q","filed":"2025-04-29"}
            ]}}}}}
            """;

    private Dataset build(String csv, String recipe) throws Exception {
        Files.writeString(dir.resolve("facts.csv"), HEADER + csv);
        Files.writeString(dir.resolve("acme.json"), PAYLOAD);
        Files.writeString(dir.resolve("bundle.yaml"), recipe);
        BundleBuilder builder = new BundleBuilder(dir, BundleRecipe.load(dir.resolve("bundle.yaml")));
        Path out = dir.resolve("out.yaml");
        Files.deleteIfExists(out);
        builder.build(out);
        return new DatasetReader().read(out, "out.yaml");
    }

    private static List<Figure> of(Dataset d, String company, String metric) {
        return d.figures().stream().filter(f -> f.company().id().equals(company) && f.metric().equals(metric)).toList();
    }

    @Test
    void keepsVerifiedRowsAndSingleSourceOnlyWhereNothingVerifiedStatesTheFigure() throws Exception {
        Dataset d = build("""
                BETA,Beta,12,capex,Q1 capex,actual,FY2025Q1,5.5,,,USD,B,2025-04-30,https://news.example/a,verified
                BETA,Beta,12,capex,Q1 capex per one blog,actual,FY2025Q1,5.6,,,USD,B,2025-04-30,https://blog.example/b,single-source
                BETA,Beta,12,capex,Q2 capex,actual,FY2025Q2,6.1,,,USD,B,2025-07-30,https://blog.example/c,single-source
                BETA,Beta,12,capex,implied Q3,actual,FY2025Q3,7,,,USD,B,2025-10-30,https://blog.example/d,unverified
                """, RECIPE);
        List<Figure> beta = of(d, "BETA", "capex");
        assertThat(beta).extracting(f -> f.period().label()).containsExactly("FY2025Q1", "FY2025Q2");
        assertThat(beta.get(0).amount().central()).isEqualByComparingTo("5.5");
        assertThat(beta.get(0).confidence().code()).isEmpty();
        assertThat(beta.get(1).confidence().code()).isEqualTo("single-source");
        assertThat(beta.get(1).note()).isEqualTo("Q2 capex");
    }

    @Test
    void researchActualsGiveWayToTheFilingWherePayloadsReach() throws Exception {
        Dataset d = build("""
                ACME,Acme,12,capex_purchases_ppe,FY2024 purchases per an aggregator,actual,FY2024,40.4,,,USD,B,2025-02-03,https://agg.example/x,verified
                ACME,Acme,12,capex_purchases_ppe,FY2018 purchases,actual,FY2018,20.1,,,USD,B,,https://agg.example/y,verified
                ACME,Acme,12,capex,Guidance: about $60B,guidance,FY2025,60,,,USD,B,2025-02-03,https://www.acme.example/ir | https://agg.example/z,verified
                """, RECIPE);
        List<Figure> purchases = of(d, "ACME", "capex_purchases_ppe");
        assertThat(purchases).extracting(f -> f.period().label()).containsExactlyInAnyOrder("FY2018", "FY2024", "FY2025Q1");
        Figure fy2024 = purchases.stream().filter(f -> f.period().label().equals("FY2024")).findFirst().orElseThrow();
        assertThat(fy2024.amount().central()).isEqualByComparingTo("40.5");
        assertThat(fy2024.accession()).isEqualTo("0001000009-25-000004");
        assertThat(fy2024.source()).isEqualTo("https://www.sec.gov/Archives/edgar/data/1000009/000100000925000004/0001000009-25-000004-index.htm");
        // the guidance takes Acme's basis, and keeps only the company's own page
        Figure plan = of(d, "ACME", "capex_net_of_proceeds").get(0);
        assertThat(plan.isGuidance()).isTrue();
        assertThat(plan.source()).isEqualTo("https://www.acme.example/ir");
    }

    @Test
    void aQuotedAccessionBecomesTheFilingsPageAndAnAggregatorOnlyRowKeepsItsFirstPage() throws Exception {
        Dataset d = build("""
                ACME,Acme,12,capex_net_of_proceeds,Q2 net capex,actual,FY2025Q2,12,,,USD,B,2025-07-30,Acme 10-Q (accn 0001000009-25-000020) as quoted in a note | https://agg.example/q2,verified
                BETA,Beta,12,capex,Q2 capex,actual,FY2025Q2,6.1,,,USD,B,2025-07-30,https://agg.example/one | https://agg.example/two,verified
                """, RECIPE);
        assertThat(of(d, "ACME", "capex_net_of_proceeds").get(0).source())
                .isEqualTo("https://www.sec.gov/Archives/edgar/data/1000009/000100000925000020/0001000009-25-000020-index.htm");
        assertThat(of(d, "BETA", "capex").get(0).source()).isEqualTo("https://agg.example/one");
    }

    @Test
    void twoReadingsThatAgreeBecomeOneRowWithBothSourcesAndAFloorMetByAPointIsThatPoint() throws Exception {
        Dataset d = build("""
                BETA,Beta,12,capex,Q1 capex,actual,FY2025Q1,5.5,,,USD,B,2025-04-30,https://a.example/1,verified
                BETA,Beta,12,capex,Q1 capex exactly,actual,FY2025Q1,5.512,,,USD,B,2025-04-30,https://b.example/2,verified
                BETA,Beta,12,capex,'more than $21 billion',actual,FY2024,21,21,,USD,B,,https://c.example/3,verified
                BETA,Beta,12,capex,FY2024 from the cash-flow statement,actual,FY2024,21.215,,,USD,B,,https://d.example/4,verified
                """, RECIPE);
        List<Figure> beta = of(d, "BETA", "capex");
        assertThat(beta).hasSize(2);
        Figure q1 = beta.stream().filter(f -> f.period().label().equals("FY2025Q1")).findFirst().orElseThrow();
        assertThat(q1.amount().central()).isEqualByComparingTo("5.512");
        assertThat(q1.source()).isEqualTo("https://b.example/2");
        Figure fy = beta.stream().filter(f -> f.period().label().equals("FY2024")).findFirst().orElseThrow();
        assertThat(fy.amount().central()).isEqualByComparingTo("21.215");
    }

    @Test
    void readingsThatDisagreeStopTheBuildNamingBothLines() {
        assertThatThrownBy(() -> build("""
                BETA,Beta,12,capex,after hours,actual,FY2025Q1,5.5,,,USD,B,2025-04-30,https://a.example/1,verified
                BETA,Beta,12,capex,other outlet,actual,FY2025Q1,5.9,,,USD,B,2025-04-30,https://b.example/2,verified
                """, RECIPE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("facts.csv line 2")
                .hasMessageContaining("facts.csv line 3")
                .hasMessageContaining("add a rule");
    }

    @Test
    void aRuleDecidesAndARuleThatMatchesNothingIsAnError() throws Exception {
        String csv = """
                BETA,Beta,12,capex,after hours,actual,FY2025Q1,5.5,,,USD,B,2025-04-30,https://a.example/1,verified
                BETA,Beta,12,capex,other outlet,actual,FY2025Q1,5.9,,,USD,B,2025-04-30,https://b.example/2,verified
                BETA,Beta,12,capex,Guidance: roughly $30B,guidance,FY2026,30,,,USD,B,2026-02,https://a.example/3,verified
                """;
        String rules = RECIPE.replace("rules: []", """
                rules:
                  - match: {company: BETA, value: "5.9"}
                    drop: the other outlet misread the release
                  - match: {company: BETA, kind: guidance}
                    set: {qualifier: about, announced: "2026-02-26"}
                    why: "'roughly'; the results were published on 2026-02-26"
                """);
        Dataset d = build(csv, rules);
        assertThat(of(d, "BETA", "capex")).extracting(f -> f.amount().central().toPlainString())
                .containsExactlyInAnyOrder("5.5", "30");
        Figure plan = of(d, "BETA", "capex").stream().filter(Figure::isGuidance).findFirst().orElseThrow();
        assertThat(plan.amount().qualifier().code()).isEqualTo("about");
        assertThat(plan.announced()).hasToString("2026-02-26");

        String stale = rules.replace("value: \"5.9\"", "value: \"9.9\"");
        assertThatThrownBy(() -> build(csv, stale)).hasMessageContaining("matches no research row");
    }

    @Test
    void guidanceWithoutADayStopsTheBuild() {
        assertThatThrownBy(() -> build("""
                BETA,Beta,12,capex,Guidance,guidance,FY2026,30,,,USD,B,2026-05,https://a.example/3,verified
                """, RECIPE)).hasMessageContaining("facts.csv line 2").hasMessageContaining("is not a day");
    }

    @Test
    void checkModeTellsWhetherTheCommittedFileIsTheBuild() throws Exception {
        Files.writeString(dir.resolve("facts.csv"), HEADER
                + "BETA,Beta,12,capex,Q1 capex,actual,FY2025Q1,5.5,,,USD,B,2025-04-30,https://a.example/1,verified\n");
        Files.writeString(dir.resolve("acme.json"), PAYLOAD);
        Files.writeString(dir.resolve("bundle.yaml"), RECIPE);
        Path target = dir.resolve("bundled.yaml");
        String[] write = {dir.toString(), dir.resolve("bundle.yaml").toString(), target.toString()};
        String[] check = {"--check", dir.toString(), dir.resolve("bundle.yaml").toString(), target.toString()};
        assertThat(quietly(() -> RebuildBundle.run(check))).isEqualTo(1);
        assertThat(quietly(() -> RebuildBundle.run(write))).isZero();
        assertThat(quietly(() -> RebuildBundle.run(check))).isZero();
        Files.writeString(target, Files.readString(target).replace("5.5", "5.6"));
        assertThat(quietly(() -> RebuildBundle.run(check))).isEqualTo(1);
        assertThat(Files.list(dir).map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".part"))).isEmpty();
    }

    private static int quietly(java.util.function.IntSupplier run) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        try (PrintStream p = new PrintStream(sink, true, StandardCharsets.UTF_8)) {
            System.setOut(p);
            System.setErr(p);
            return run.getAsInt();
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }
}
