package dev.capexbrief.render.model;

import dev.capexbrief.analysis.AnalysisOptions;
import dev.capexbrief.analysis.Analyzer;
import dev.capexbrief.dataset.Dataset;
import dev.capexbrief.dataset.DatasetReader;
import dev.capexbrief.render.text.BriefingSection;
import dev.capexbrief.render.text.TemplateSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.awt.Color;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The quarterly exhibit is a trend or nothing: it is drawn only when some company's line has three
 * quarters or more (two points are a step, a line of one a dot), with at least two companies to
 * compare; otherwise the run-rate section says the quarters in a sentence instead.
 */
class QuarterlyExhibitTest {
    private static final TemplateSet TEMPLATES = TemplateSet.load(null);

    @ParameterizedTest(name = "{0} as of {1}")
    @CsvSource({
            // Alfa Jan-Mar and Apr-Jun 2025, Beta Apr-Jun 2025: two quarters at most
            "cash-coverage.yaml, 2025-07-29, false",
            // Alfa's third quarter, Jul-Sep 2025
            "cash-coverage.yaml, 2025-10-25, true",
            // JuneCo two quarters, Amazon and ThreeQuarterCo one each
            "analysis-cases.yaml, 2025-05-10, false",
            "analysis-cases.yaml, 2025-08-09, true",
            // Alphabet Oct-Dec 2025 and Jan-Mar 2026, Amazon Jan-Mar 2026, Tencent Oct-Dec 2025
            "stale.yaml, 2026-04-30, false",
            // Alphabet's third quarter, Apr-Jun 2026
            "stale.yaml, 2026-07-17, true",
            // Alphabet's long line and Microsoft's first quarter
            "bundled, 2023-04-25, true",
            "bundled, latest, true",
    })
    void isDrawnOnlyWhereACompanyHasThreeQuarters(String data, String day, boolean drawn) throws Exception {
        BriefingModel model = model(data, day);
        List<Exhibit> quarterly = model.exhibits().stream().filter(e -> e.kind() == ChartKind.QUARTER_LINES).toList();
        assertThat(quarterly).as("a quarterly exhibit is drawn").hasSize(drawn ? 1 : 0);
        for (Exhibit e : quarterly) {
            assertThat(e.series()).as("a line of three quarters or more")
                    .anyMatch(s -> s.values().stream().filter(v -> v != null).count() >= Drawable.MIN_QUARTERS);
        }
        if (!drawn) {
            assertThat(model.section(BriefingSection.RUN_RATE).blocks()).filteredOn(b -> b instanceof Block.Prose)
                    .extracting(b -> ((Block.Prose) b).paragraphs().get(0)).anyMatch(p -> p.contains("no chart"));
        }
    }

    @Test
    void aSentenceGivesEachCompanysQuartersAndMarksAStaleOne() {
        // one quarter each, in different quarters: dots, not lines
        Exhibit dots = exhibit(line("TCEHY", "Tencent", 60.0, null, null), line("AMZN", "Amazon", null, 44.2, null));
        assertThat(Drawable.enough(dots)).isFalse();
        assertThat(Drawable.sentence(dots, figures(), "FY2026")).isEqualTo("Each company has reported one quarter so "
                + "far: Tencent $60B in Oct\u2013Dec 2025; Amazon $44.2B in Jan\u2013Mar 2026. One quarter each makes no "
                + "line, so there is no chart.");
        // two quarters at most, one company's two behind: the sentence says it is stale, as its line's label would
        Exhibit steps = exhibit(line("GOOGL", "Alphabet", null, 35.7, 44.9), line("TCEHY", "Tencent", 60.0, null, null));
        assertThat(Drawable.enough(steps)).isFalse();
        assertThat(Drawable.sentence(steps, figures("TCEHY"), "FY2026")).isEqualTo("No company has reported more than "
                + "two quarters yet: Alphabet $35.7B in Jan\u2013Mar 2026 and $44.9B in Apr\u2013Jun 2026; Tencent $60B in "
                + "Oct\u2013Dec 2025 (stale). Two quarters make a step, not a trend, so there is no chart.");
        Exhibit trend = exhibit(line("GOOGL", "Alphabet", 27.9, 35.7, 44.9), line("TCEHY", "Tencent", 60.0, null, null));
        assertThat(Drawable.enough(trend)).as("a line of three quarters").isTrue();
    }

    /** The quarters as the tables print them ("$60B" for Tencent's Oct-Dec 2025); the companies named stale. */
    private static Drawable.Figures figures(String... stale) {
        return new Drawable.Figures() {
            @Override
            public String latestYear(String companyId) {
                return "";
            }

            @Override
            public String quarter(String companyId, int ordinal) {
                return switch (companyId + " " + TimeExhibits.label(ordinal)) {
                    case "TCEHY Oct\u2013Dec 2025" -> "$60B";
                    case "AMZN Jan\u2013Mar 2026" -> "$44.2B";
                    case "GOOGL Oct\u2013Dec 2025" -> "$27.9B";
                    case "GOOGL Jan\u2013Mar 2026" -> "$35.7B";
                    case "GOOGL Apr\u2013Jun 2026" -> "$44.9B";
                    default -> "";
                };
            }

            @Override
            public boolean stale(String companyId) {
                return List.of(stale).contains(companyId);
            }
        };
    }

    /** The lines over Oct-Dec 2025, Jan-Mar 2026 and Apr-Jun 2026. */
    private static Exhibit exhibit(Series... lines) {
        int first = TimeExhibits.ordinal(LocalDate.of(2025, 12, 31));
        List<Category> quarters = List.of(new Category(TimeExhibits.label(first), first),
                new Category(TimeExhibits.label(first + 1), first + 1),
                new Category(TimeExhibits.label(first + 2), first + 2));
        return new Exhibit(2, "quarterly", "Quarterly capex", List.of(), ChartKind.QUARTER_LINES, "USD billions", "USD",
                quarters, List.of(lines), List.of(), List.of(), "");
    }

    /** A company's line over the three quarters, null where it has none. */
    private static Series line(String id, String name, Double... values) {
        return new Series(id, name, Series.Role.ACTUAL, Color.BLACK, 0, Arrays.asList(values), List.of(), List.of(),
                List.of());
    }

    private static BriefingModel model(String data, String day) throws Exception {
        DatasetReader reader = new DatasetReader();
        Dataset d = data.equals("bundled") ? reader.readBundled()
                : reader.read(Path.of("src/test/resources/datasets", data));
        LocalDate asOf = day.equals("latest") ? d.latestAnnouncement().orElseThrow() : LocalDate.parse(day);
        return ModelBuilder.of(TEMPLATES).build(new Analyzer().analyze(d, new AnalysisOptions(asOf, "USD", null)));
    }
}
