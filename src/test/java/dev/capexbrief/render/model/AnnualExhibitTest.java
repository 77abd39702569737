package dev.capexbrief.render.model;

import dev.capexbrief.analysis.AnalysisOptions;
import dev.capexbrief.analysis.Analyzer;
import dev.capexbrief.dataset.Dataset;
import dev.capexbrief.dataset.DatasetReader;
import dev.capexbrief.render.text.BriefingSection;
import dev.capexbrief.render.text.TemplateSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The annual exhibit has no empty half: it is drawn only over three or more fiscal years, and its
 * axis starts and ends at a year with a figure (it runs on to the focus year only for a plan drawn
 * there); with fewer years the history section says its figures in a sentence instead.
 */
class AnnualExhibitTest {
    private static final TemplateSet TEMPLATES = TemplateSet.load(null);

    @ParameterizedTest(name = "{0} as of {1}")
    @CsvSource({
            // Microsoft alone has FY2020; FY2021 is the focus year, with no plan for it yet
            "bundled, 2020-09-01, false",
            "bundled, 2021-01-05, false",
            // three complete years for Microsoft, two for the others; no FY2022 plan
            "bundled, 2021-08-31, true",
            // FY2022 is the focus year before any company has a plan for it: the axis ends at FY2021
            "bundled, 2022-01-04, true",
            "bundled, 2026-02-05, true",
            // each company's FY2024 actual and its FY2025 plan: two points
            "src/test/resources/datasets/six-weeks.csv, latest, false",
            "src/test/resources/datasets/stale.yaml, 2026-02-11, false",
            // Tencent FY2023-FY2024, Oracle FY2025 and its FY2026 plan
            "src/test/resources/datasets/next-tier.yaml, latest, true",
    })
    void isDrawnOverThreeYearsOrMoreFromAFigureToAFigure(String data, String day, boolean drawn) throws Exception {
        BriefingModel model = model(data, day);
        List<Exhibit> annual = model.exhibits().stream().filter(e -> e.kind() == ChartKind.ANNUAL_LINES).toList();
        assertThat(annual).as("an annual exhibit is drawn").hasSize(drawn ? 1 : 0);
        for (Exhibit e : annual) {
            assertThat(e.categories()).as("fiscal years drawn").hasSizeGreaterThanOrEqualTo(Drawable.MIN_YEARS);
            assertThat(hasFigure(e, 0)).as("a figure in the first year, %s", e.categories().get(0).label()).isTrue();
            int last = e.categories().size() - 1;
            assertThat(hasFigure(e, last)).as("a figure in the last year, %s", e.categories().get(last).label())
                    .isTrue();
        }
        if (!drawn) {
            assertThat(model.section(BriefingSection.HISTORY).blocks()).filteredOn(b -> b instanceof Block.Prose)
                    .extracting(b -> ((Block.Prose) b).paragraphs().get(0)).anyMatch(p -> p.contains("no chart"));
        }
    }

    private static boolean hasFigure(Exhibit e, int category) {
        return e.series().stream().anyMatch(s -> category < s.values().size() && s.values().get(category) != null);
    }

    private static BriefingModel model(String data, String day) throws Exception {
        DatasetReader reader = new DatasetReader();
        Dataset d = data.equals("bundled") ? reader.readBundled() : reader.read(Path.of(data));
        LocalDate asOf = day.equals("latest") ? d.latestAnnouncement().orElseThrow() : LocalDate.parse(day);
        return ModelBuilder.of(TEMPLATES).build(new Analyzer().analyze(d, new AnalysisOptions(asOf, "USD", null)));
    }
}
