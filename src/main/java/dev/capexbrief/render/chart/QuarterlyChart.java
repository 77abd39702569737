package dev.capexbrief.render.chart;

import dev.capexbrief.analysis.Briefing;
import dev.capexbrief.analysis.MoneyFormat;
import dev.capexbrief.analysis.QuarterActual;
import dev.capexbrief.analysis.QuarterSeries;
import dev.capexbrief.render.text.TextBlock;
import dev.capexbrief.render.text.TopCompanies;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Exhibit: quarterly capex per company, each quarter placed at the calendar quarter it ends in (so
 * Microsoft's fiscal Q2, October–December, sits beside the others' Q4), labelled at the latest quarter;
 * the top companies by plan when there are more than the theme shows, and the last
 * {@value #MAX_QUARTERS} quarters of a long history.
 */
public final class QuarterlyChart {
    static final int MAX_QUARTERS = 12;

    private final Briefing b;
    private final ChartTheme theme;
    private final XYSeriesCollection data = new XYSeriesCollection();
    private final XYLineAndShapeRenderer renderer = LineSeries.renderer();
    private final List<DirectLabels.Label> labels = new ArrayList<>();
    private int first = Integer.MAX_VALUE;
    private int last = Integer.MIN_VALUE;
    private double max = 1;

    private QuarterlyChart(Briefing b, ChartTheme theme) {
        this.b = b;
        this.theme = theme;
    }

    public static Optional<JFreeChart> create(Briefing b, TextBlock title, ChartTheme theme) {
        return create(b, new TopCompanies(b, theme.topCompanies()), title, theme);
    }

    /** As {@link #create(Briefing, TextBlock, ChartTheme)}, with the document's selection of companies. */
    public static Optional<JFreeChart> create(Briefing b, TopCompanies top, TextBlock title, ChartTheme theme) {
        List<QuarterSeries> all = b.quarterly().stream().filter(q -> !q.quarters().isEmpty()).toList();
        List<QuarterSeries> shown = top.select(all, id -> b.quarterlyFor(id).filter(q -> !q.quarters().isEmpty()));
        int from = shown.stream().mapToInt(q -> ordinal(latest(q).end())).max().orElse(0) - MAX_QUARTERS + 1;
        QuarterlyChart chart = new QuarterlyChart(b, theme);
        for (QuarterSeries q : shown) {
            List<QuarterActual> window = q.quarters().stream().filter(a -> ordinal(a.end()) >= from).toList();
            if (!window.isEmpty()) {
                chart.company(q, window);
            }
        }
        if (chart.data.getSeriesCount() == 0) {
            return Optional.empty();
        }
        boolean plansOnly = shown.stream().allMatch(q -> b.guidanceFor(q.company().id()).isPresent());
        return Optional.of(chart.finish(title,
                shown.size() < all.size() ? top.scope(shown.size(), all.size(), plansOnly) : null));
    }

    /** One company's line, with a gap for a missing quarter, labelled at its latest quarter. */
    private void company(QuarterSeries q, List<QuarterActual> window) {
        XYSeries s = new XYSeries(q.company().name(), true, false);
        int prev = Integer.MIN_VALUE;
        for (QuarterActual a : window) {
            int ordinal = ordinal(a.end());
            for (int gap = prev + 1; prev != Integer.MIN_VALUE && gap < ordinal; gap++) {
                s.add(gap, null);
            }
            s.add(ordinal, a.value().doubleValue());
            prev = ordinal;
            first = Math.min(first, ordinal);
            last = Math.max(last, ordinal);
            max = Math.max(max, a.value().doubleValue());
        }
        var color = theme.companyColor(q.company().id());
        var marker = theme.marker(q.company().id());
        LineSeries.style(renderer, data.getSeriesCount(), color, marker, false, theme.ink());
        data.addSeries(s);
        QuarterActual latest = latest(q);
        labels.add(new DirectLabels.Label(ordinal(latest.end()), latest.value().doubleValue(),
                q.company().name() + " " + MoneyFormat.billions(latest.value(), b.currency()), color, marker, 8));
    }

    private JFreeChart finish(TextBlock title, String scope) {
        NumberAxis quarters = new NumberAxis(null);
        theme.style(quarters);
        quarters.setTickUnit(new NumberTickUnit(1, AxisLabels.quarters(first, last)));
        double span = Math.max(3, last - first);
        quarters.setRange(first - 0.4, last + DirectLabels.room(labels, theme.font(ChartTheme.LABEL_SIZE),
                last - first + 0.4, ChartTheme.LINE_PLOT_WIDTH, 0.4 + span * 0.45));
        NumberAxis amounts = theme.moneyAxis(MoneyFormat.prefix(b.currency()));
        amounts.setRange(0, max * 1.15);
        XYPlot plot = new XYPlot(data, quarters, amounts, renderer);
        plot.addAnnotation(new DirectLabels(labels, theme.font(ChartTheme.LABEL_SIZE), theme.ink(), theme.grid()), false);
        return theme.chart(plot, title, null, scope);
    }

    private static QuarterActual latest(QuarterSeries q) {
        return q.quarters().get(q.quarters().size() - 1);
    }

    /** Calendar quarter of a quarter-end date as year × 4 + quarter − 1. */
    private static int ordinal(LocalDate end) {
        return end.getYear() * 4 + (end.getMonthValue() - 1) / 3;
    }
}
