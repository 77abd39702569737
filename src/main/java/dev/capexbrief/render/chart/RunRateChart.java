package dev.capexbrief.render.chart;

import dev.capexbrief.analysis.Briefing;
import dev.capexbrief.analysis.GuidanceLine;
import dev.capexbrief.analysis.MoneyFormat;
import dev.capexbrief.analysis.QuarterSeries;
import dev.capexbrief.render.text.TextBlock;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Exhibit: each company's annualised run rate (latest quarter × 4, from the briefing) as a bar,
 * with a tick at its focus-year plan and the gap to the plan written after the bar.
 */
public final class RunRateChart {
    private RunRateChart() {
    }

    public static Optional<JFreeChart> create(Briefing b, TextBlock title, ChartTheme theme) {
        List<QuarterSeries> series = b.quarterly().stream().filter(q -> q.runRate() != null)
                .sorted(Comparator.comparing(QuarterSeries::runRate).reversed()
                        .thenComparing(q -> q.company().name()))
                .toList();
        if (series.isEmpty()) {
            return Optional.empty();
        }
        List<HorizontalBars.Row> rows = new ArrayList<>();
        boolean anyPlan = false;
        for (QuarterSeries q : series) {
            Optional<GuidanceLine> plan = b.guidanceFor(q.company().id());
            anyPlan |= plan.isPresent();
            String label = MoneyFormat.billions(q.runRate(), b.currency())
                    + (q.runRateVsGuidance() == null ? "" : "   " + MoneyFormat.percentChange(q.runRateVsGuidance()) + " vs plan");
            rows.add(new HorizontalBars.Row(q.company().name(), theme.companyColor(q.company().colorIndex()),
                    q.runRate().doubleValue(), null, null, false,
                    plan.map(g -> g.central().doubleValue()).orElse(null), label));
        }
        LegendItemCollection legend = new LegendItemCollection();
        legend.add(Legends.bar("annualised run rate", theme.muted()));
        if (anyPlan) {
            legend.add(Legends.tick("FY" + b.focusYear() + " plan", theme.ink()));
        }
        return Optional.of(theme.chart(HorizontalBars.plot(rows, theme, MoneyFormat.prefix(b.currency())), title, legend));
    }
}
