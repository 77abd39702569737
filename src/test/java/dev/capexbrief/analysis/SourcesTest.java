package dev.capexbrief.analysis;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static dev.capexbrief.analysis.Fixture.actual;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stage 9, the sources: numbered once in order of first use, each with the companies that cite it,
 * and listed under a label ({@link SourceLabels}) that says what the source is.
 */
class SourcesTest {

    /** {@code sources}: "number text [url] companies" per source. */
    record Case(String name, List<String> figures, List<String> sources) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** {@code labels}: each source's label, in number order. */
    record Labels(String name, List<String> figures, List<String> labels) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
                new Case("one source per figure, numbered in order of first use", List.of(
                        actual("A", "capex", "FY2024", "50", "2025-02-01", "10-K 2024"),
                        actual("A", "capex", "FY2023", "40", "2024-02-01", "10-K 2023")),
                        List.of("1 10-K 2024 Alpha", "2 10-K 2023 Alpha")),
                new Case("sources joined with | are split", List.of(
                        actual("A", "capex", "FY2024", "50", "2025-02-01", "https://example.com/a | call transcript")),
                        List.of("1 https://example.com/a url Alpha", "2 call transcript Alpha")),
                new Case("a source cited by two companies is listed once with both", List.of(
                        actual("A", "capex", "FY2024", "50", "2025-02-01", "http://news.example/capex"),
                        actual("B", "capex", "FY2024", "60", "2025-02-01", "http://news.example/capex | 10-K B")),
                        List.of("1 http://news.example/capex url Alpha,Beta", "2 10-K B Beta")),
                new Case("figures not yet public cite nothing", List.of(
                        actual("A", "capex", "FY2024", "50", "2025-02-01", "10-K 2024"),
                        actual("B", "capex", "FY2025", "60", "2026-02-01", "10-K B")),
                        List.of("1 10-K 2024 Alpha")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void sourcesAreNumberedOnce(Case c) {
        Fixture.Sorted s = Fixture.Sorted.of(c.figures(), "2025-06-30");

        assertThat(Sources.of(s.byCompany(), s.profileById())).extracting(r -> r.number() + " " + r.text()
                + (r.url() ? " url " : " ") + String.join(",", r.companies())).containsExactlyElementsOf(c.sources());
    }

    private static final String ALPHA_Q1 = "https://www.sec.gov/Archives/edgar/data/1652044/000165204426000048/"
            + "0001652044-26-000048-index.htm";
    private static final String ALPHA_10K = "https://www.sec.gov/Archives/edgar/data/1652044/000165204426000018/"
            + "0001652044-26-000018-index.htm";
    private static final String JUNE_Q3 = "https://www.sec.gov/Archives/edgar/data/789019/000119312526191507/"
            + "0001193125-26-191507-index.htm";
    private static final String JUNE_10K = "https://www.sec.gov/Archives/edgar/data/789019/000119312526323660/"
            + "0001193125-26-323660-index.htm";

    /** An imported actual: its filing's page on EDGAR as the source, announced on the filing day. */
    static String filed(String company, String period, String filed, String form, String url) {
        String folder = url.split("/")[7];
        String accession = folder.substring(0, 10) + "-" + folder.substring(10, 12) + "-" + folder.substring(12);
        return "{company: " + company + ", metric: capex, kind: actual, period: " + period + ", value: 5, announced: "
                + filed + ", source: '" + url + "', form: " + form + ", accession: " + accession + "}";
    }

    static Stream<Labels> labels() {
        return Stream.of(
                new Labels("a December-year company's 10-Q names its own quarter, the latest it reports", List.of(
                        filed("A", "FY2025Q1", "2026-04-30", "10-Q", ALPHA_Q1),
                        filed("A", "FY2026Q1", "2026-04-30", "10-Q", ALPHA_Q1)),
                        List.of("Alpha 10-Q for Q1 2026, filed 2026-04-30")),
                new Labels("a 10-K is for the year, not the fourth quarter derived from it", List.of(
                        filed("A", "FY2025Q4", "2026-02-05", "10-K", ALPHA_10K),
                        filed("A", "FY2025", "2026-02-05", "10-K", ALPHA_10K)),
                        List.of("Alpha 10-K for FY2025, filed 2026-02-05")),
                new Labels("a June-year company's quarter is named with its fiscal year first", List.of(
                        filed("J", "FY2026Q3", "2026-04-29", "10-Q", JUNE_Q3),
                        filed("J", "FY2026", "2026-07-29", "10-K", JUNE_10K),
                        filed("J", "FY2026Q4", "2026-07-29", "10-K", JUNE_10K)),
                        List.of("JuneCo 10-Q for FY2026 Q3, filed 2026-04-29", "JuneCo 10-K for FY2026, filed 2026-07-29")),
                new Labels("a document inside an imported filing names the filing and the document", List.of(
                        filed("A", "FY2026Q1", "2026-04-30", "10-Q", ALPHA_Q1),
                        actual("A", "revenue", "FY2026Q1", "90", "2026-04-30",
                                ALPHA_Q1.replace("0001652044-26-000048-index.htm", "R4.htm"))),
                        List.of("Alpha 10-Q for Q1 2026, filed 2026-04-30",
                                "Alpha 10-Q for Q1 2026, filed 2026-04-30 (R4.htm)")),
                new Labels("an EDGAR document of a filing not imported: an exhibit 99 as such, else its name", List.of(
                        actual("B", "capex", "FY2019", "15", "2020-01-29", "https://www.sec.gov/Archives/edgar/data/"
                                + "1326801/000132680120000010/fb-12312019xexhibit991.htm"),
                        actual("B", "capex", "FY2018", "13", null,
                                "https://www.sec.gov/Archives/edgar/data/1652044/000165204420000008/R35.htm")),
                        List.of("Beta exhibit 99.1 on EDGAR, 2020-01-29", "Beta EDGAR document R35.htm")),
                new Labels("a web page: the company, the site without www., the latest stated day of its figures", List.of(
                        actual("A", "capex", "FY2024", "50", "2025-02-04", "https://www.observer.com/2025/02/a-story/"),
                        actual("A", "capex", "FY2024Q4", "14", "2025-02-05", "https://www.observer.com/2025/02/a-story/"),
                        actual("A", "capex", "FY2023", "40", null, "https://www.observer.com/2025/02/a-story/")),
                        List.of("Alpha: observer.com, 2025-02-05")),
                new Labels("no day when no figure citing it states one (a filing deadline is not a page's date)",
                        List.of(actual("A", "capex", "FY2023", "40", null, "https://stockanalysis.com/alpha/cash-flow")),
                        List.of("Alpha: stockanalysis.com")),
                new Labels("a company's own release on a newswire reads its title from the address", List.of(
                        actual("B", "capex", "FY2025", "72", "2026-01-28", "https://www.prnewswire.com/news-releases/"
                                + "beta-reports-fourth-quarter-and-full-year-2025-results-302673127.html"),
                        actual("A", "capex", "FY2025", "91", "2026-02-04",
                                "https://investor.alpha.example/news/2026/capex-outlook-for-the-year/default.aspx")),
                        List.of("Beta reports fourth quarter and full year 2025 results, prnewswire.com, 2026-01-28",
                                "Alpha: Capex outlook for the year, investor.alpha.example, 2026-02-04")),
                new Labels("a source several companies cite names them all", List.of(
                        actual("A", "capex", "FY2024", "50", "2025-02-01", "https://news.example/capex"),
                        actual("B", "capex", "FY2024", "60", "2025-02-03", "https://news.example/capex")),
                        List.of("Alpha, Beta: news.example, 2025-02-03")),
                new Labels("two pages that would read the same add the end of their path", List.of(
                        actual("A", "capex", "FY2024", "50", "2025-02-01", "https://site.example/alpha/capex"),
                        actual("A", "revenue", "FY2024", "500", "2025-02-01", "https://site.example/alpha/revenue")),
                        List.of("Alpha: site.example, 2025-02-01 (capex)", "Alpha: site.example, 2025-02-01 (revenue)")),
                new Labels("text stays text, after the company unless it names it, cut at a word past 90 characters",
                        List.of(actual("A", "capex", "FY2024", "50", "2025-02-01", "Alpha Q4 call"),
                                actual("B", "capex", "FY2024", "60", "2025-02-01", "call transcript"),
                                actual("C", "capex", "FY2024", "70", "2025-02-01", "Gamma chief financial officer on the"
                                        + " fourth-quarter call, answering a question from analysts about data centres in 2025")),
                        List.of("Alpha Q4 call", "Beta: call transcript", "Gamma chief financial officer on the"
                                + " fourth-quarter call, answering a question from\u2026")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("labels")
    void eachSourceIsListedUnderALabelThatSaysWhatItIs(Labels c) {
        Fixture.Sorted s = Fixture.Sorted.of(c.figures(), "2026-08-31");

        assertThat(Sources.of(s.byCompany(), s.profileById())).extracting(SourceRef::label)
                .containsExactlyElementsOf(c.labels());
    }
}
