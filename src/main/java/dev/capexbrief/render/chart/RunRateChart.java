package dev.capexbrief.render.chart;

import dev.capexbrief.analysis.Briefing;
import dev.capexbrief.analysis.GuidanceLine;
import dev.capexbrief.analysis.MoneyFormat;
import dev.capexbrief.analysis.QuarterSeries;
import dev.capexbrief.render.text.TextBlock;
import dev.capexbrief.render.text.TopCompanies;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.XYPlot;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Exhibit: each company's annualised run rate (latest quarter × 4, from the briefing) as a bar,
 * with a tick at its focus-year plan and the gap to the plan written after the bar; the top
 * companies by plan when there are more than the theme shows, sorted by run rate.
 */
public final class RunRateChart {
    private RunRateChart() {
    }

    public static Optional<JFreeChart> create(Briefing b, TextBlock title, ChartTheme theme) {
        return create(b, new TopCompanies(b, theme.topCompanies()), title, theme);
    }

    /** As {@link #create(Briefing, TextBlock, ChartTheme)}, with the document's selection of companies. */
    public static Optional<JFreeChart> create(Briefing b, TopCompanies top, TextBlock title, ChartTheme theme) {
        List<QuarterSeries> all = b.quarterly().stream().filter(q -> q.runRate() != null && q.current()).toList();
        List<QuarterSeries> series = top.select(all, id -> b.quarterlyFor(id).filter(q -> q.runRate() != null && q.current())).stream()
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
            rows.add(new HorizontalBars.Row(q.company().name(), theme.companyColor(q.company().id()),
                    q.runRate().doubleValue(), null, null, false,
                    plan.map(g -> g.central().doubleValue()).orElse(null), label));
        }
        LegendItemCollection legend = new LegendItemCollection();
        legend.add(Legends.bar("annualised run rate", theme.muted()));
        if (anyPlan) {
            legend.add(Legends.tick("FY" + b.focusYear() + " plan", theme.ink()));
        }
        boolean plansOnly = series.stream().allMatch(q -> b.guidanceFor(q.company().id()).isPresent());
        XYPlot plot = HorizontalBars.plot(rows, theme, MoneyFormat.prefix(b.currency()));
        return Optional.of(theme.chart(plot, title, legend,
                series.size() < all.size() ? top.scope(series.size(), all.size(), plansOnly) : null));
    }
}
