package dev.capexbrief.render.model;

import dev.capexbrief.analysis.AnalysisOptions;
import dev.capexbrief.analysis.Analyzer;
import dev.capexbrief.dataset.Dataset;
import dev.capexbrief.dataset.DatasetReader;
import dev.capexbrief.render.text.TemplateSet;
import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A bar's label is kept in its parts, the figure and what qualifies it (growth, period or
 * comparison): the charts print them apart on one line as they always have, and a sentence that
 * stands in for a one-bar chart quotes each part, never a piece cut from the printed line, so the
 * line's spacing is no part of what the sentence says.
 */
class BarLabelsTest {
    private static final TemplateSet TEMPLATES = TemplateSet.load(null);

    @Test
    void everyBarKeepsItsFigureAndDetailAndPrintsThemApart() {
        Dataset d = new DatasetReader().readBundled();
        BriefingModel m = ModelBuilder.of(TEMPLATES).build(new Analyzer().analyze(d,
                new AnalysisOptions(d.latestAnnouncement().orElseThrow(), "USD", null)));
        List<Exhibit> bars = m.exhibits().stream()
                .filter(e -> e.kind() == ChartKind.RANGE_BARS || e.kind() == ChartKind.COMPANY_BARS).toList();
        assertThat(bars).extracting(Exhibit::id).contains("guidance", "run-rate", RatioExhibits.INTENSITY_ID,
                RatioExhibits.COVER_ID, RatioExhibits.FREE_CASH_FLOW_ID);
        for (Exhibit e : bars) {
            Series s = e.series().get(0);
            for (int i = 0; i < e.categories().size(); i++) {
                BarLabel label = s.barLabel(i);
                assertThat(label).as("%s: %s's label in parts", e.id(), e.categories().get(i).label()).isNotNull();
                assertThat(label.figure()).isNotBlank();
                assertThat(s.label(i)).as("the printed label").isEqualTo(label.text());
            }
        }
        Exhibit guidance = bars.stream().filter(e -> e.id().equals("guidance")).findFirst().orElseThrow();
        assertThat(guidance.series().get(0).barLabel(0)).isEqualTo(new BarLabel("~$220B", "+71.4%"));
        assertThat(guidance.series().get(0).label(0)).isEqualTo("~$220B   +71.4%");
        // a plan without a prior year has no growth: the figure alone, nothing after it
        assertThat(guidance.series().get(0).barLabel(5)).isEqualTo(BarLabel.of("$30\u201335B"));
        assertThat(guidance.series().get(0).label(5)).isEqualTo("$30\u201335B");
    }

    @Test
    void aOneBarSentenceQuotesTheFigureAndTheDetailAsTheyAre() {
        // parts with spaces of their own, wide ones included: nothing is cut at a gap
        assertThat(sentence("run-rate", new BarLabel("$105.2B", "+5.2%   vs plan"))).isEqualTo("Only Amazon has a "
                + "current quarter to annualise: a run rate of $105.2B a year, +5.2%   vs plan." + WHY);
        assertThat(sentence("guidance", new BarLabel("reported $55.7B   vs plan ~$50B (FY ends May)", "+162.4%")))
                .isEqualTo("Only Amazon has stated its FY2026 plan so far: reported $55.7B   vs plan ~$50B (FY ends May)."
                        + WHY);
        assertThat(sentence(RatioExhibits.COVER_ID, new BarLabel("43.2%", "TTM to Dec 2019"))).isEqualTo("Only Amazon "
                + "reports operating cash flow beside capex: capex was 43.2% of it (TTM to Dec 2019)." + WHY);
        assertThat(sentence("run-rate", BarLabel.of("$105.2B"))).isEqualTo("Only Amazon has a current quarter to "
                + "annualise: a run rate of $105.2B a year." + WHY);
    }

    private static final String WHY = " With one company there is nothing to compare, so there is no chart.";

    /** The sentence of a one-bar exhibit {@code id} for Amazon, its bar labelled {@code label}. */
    private static String sentence(String id, BarLabel label) {
        Series bar = Series.bars(id, "FY2026 plan", Series.Role.PLAN, List.of(105.2), List.of(Color.ORANGE),
                List.of(label), List.of());
        Exhibit e = new Exhibit(1, id, "", List.of(), id.equals("guidance") ? ChartKind.RANGE_BARS
                : ChartKind.COMPANY_BARS, "USD billions", "USD", List.of(new Category("Amazon", 0)), List.of(bar),
                List.of(), List.of(), "");
        assertThat(Drawable.enough(e)).isFalse();
        return Drawable.sentence(e, null, "FY2026");
    }
}
