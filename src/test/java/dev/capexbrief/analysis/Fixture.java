package dev.capexbrief.analysis;

import dev.capexbrief.dataset.Dataset;
import dev.capexbrief.dataset.Figure;
import dev.capexbrief.dataset.YamlDatasetReader;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Small datasets for the stage specs, written as one line per figure, and the real stages run in
 * order up to the one a spec looks at. Companies: A Alpha, B Beta, C Gamma (December years),
 * J JuneCo (June), M MarchCo (March).
 */
final class Fixture {
    private static final String COMPANIES = """
            companies:
              - {id: A, name: Alpha, fiscal_year_end: 12}
              - {id: B, name: Beta, fiscal_year_end: 12}
              - {id: C, name: Gamma, fiscal_year_end: 12}
              - {id: J, name: JuneCo, fiscal_year_end: 6}
              - {id: M, name: MarchCo, fiscal_year_end: 3}
            """;

    private Fixture() {
    }

    /**
     * A guidance figure; {@code amount} is "80", "~80" (about), "60-65" (range), "&gt;=100" (at least)
     * or "&lt;=50" (at most).
     */
    static String guide(String company, String metric, String period, String amount, String announced) {
        return "{company: " + company + ", metric: " + metric + ", kind: guidance, period: " + period + ", "
                + amount(amount) + ", announced: " + announced + ", source: call " + company + "}";
    }

    /** An actual figure cited to "filing {company}"; {@code announced} null leaves the date to the filing deadline. */
    static String actual(String company, String metric, String period, String value, String announced) {
        return actual(company, metric, period, value, announced, "filing " + company);
    }

    static String actual(String company, String metric, String period, String value, String announced, String source) {
        return "{company: " + company + ", metric: " + metric + ", kind: actual, period: " + period + ", value: " + value
                + (announced == null ? "" : ", announced: " + announced) + ", source: '" + source + "'}";
    }

    /** A share-price move in percent, reported on {@code day}. */
    static String move(String company, String percent, String day) {
        return "{company: " + company + ", metric: share_price_move, kind: actual, period: FY2025Q4, value: " + percent
                + ", unit: '%', announced: " + day + ", source: market}";
    }

    private static String amount(String amount) {
        if (amount.startsWith(">=")) {
            return "value: " + amount.substring(2) + ", qualifier: at_least";
        }
        if (amount.startsWith("<=")) {
            return "value: " + amount.substring(2) + ", qualifier: at_most";
        }
        if (amount.startsWith("~")) {
            return "value: " + amount.substring(1) + ", qualifier: about";
        }
        int dash = amount.indexOf('-');
        return dash > 0 ? "low: " + amount.substring(0, dash) + ", high: " + amount.substring(dash + 1)
                : "value: " + amount;
    }

    static Dataset dataset(List<String> figures) {
        StringBuilder yaml = new StringBuilder(COMPANIES).append("figures:\n");
        figures.forEach(f -> yaml.append("  - ").append(f).append('\n'));
        try {
            return new YamlDatasetReader().read(new ByteArrayInputStream(yaml.toString().getBytes(StandardCharsets.UTF_8)),
                    "fixture.yaml");
        } catch (Exception e) {
            throw new IllegalArgumentException("fixture does not read: " + e + "\n" + yaml, e);
        }
    }

    static Briefing analyze(List<String> figures, String asOf) {
        return new Analyzer().analyze(dataset(figures), new AnalysisOptions(LocalDate.parse(asOf), "USD", null));
    }

    /** The stages up to and including the sorting of figures, as {@link Analyzer} runs them. */
    record Sorted(LocalDate asOf, Map<String, List<Figure>> byCompany, List<CompanyProfile> profiles,
                  Map<String, CompanyProfile> profileById, Converter convert, CompanyFigures figures) {

        static Sorted of(List<String> lines, String asOf) {
            Dataset dataset = dataset(lines);
            LocalDate day = LocalDate.parse(asOf);
            Map<String, List<Figure>> byCompany = VisibleFigures.byCompany(dataset, day);
            List<CompanyProfile> profiles = Profiles.of(dataset, byCompany);
            Converter convert = new Converter(new FxTable(dataset, "USD"));
            return new Sorted(day, byCompany, profiles, Profiles.byId(profiles), convert,
                    new CompanyFigures(profiles, byCompany, convert));
        }

        GuidancePlans plans() {
            return new GuidancePlans(convert, "USD", profileById, figures.actuals(), figures.reactions(), null);
        }
    }
}
