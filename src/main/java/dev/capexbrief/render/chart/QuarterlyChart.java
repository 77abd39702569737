package dev.capexbrief.render.chart;

import dev.capexbrief.analysis.Briefing;
import dev.capexbrief.analysis.MoneyFormat;
import dev.capexbrief.analysis.QuarterActual;
import dev.capexbrief.analysis.QuarterSeries;
import dev.capexbrief.render.text.TextBlock;
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
 * Microsoft's fiscal Q2, October–December, sits beside the others' Q4), labelled at the latest quarter.
 */
public final class QuarterlyChart {
    private QuarterlyChart() {
    }

    public static Optional<JFreeChart> create(Briefing b, TextBlock title, ChartTheme theme) {
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = LineSeries.renderer();
        List<DirectLabels.Label> labels = new ArrayList<>();
        int first = Integer.MAX_VALUE;
        int last = Integer.MIN_VALUE;
        double max = 1;
        for (QuarterSeries q : b.quarterly()) {
            if (q.quarters().isEmpty()) {
                continue;
            }
            XYSeries s = new XYSeries(q.company().name(), true, false);
            int prev = Integer.MIN_VALUE;
            for (QuarterActual a : q.quarters()) {
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
            var color = theme.companyColor(q.company().colorIndex());
            var marker = theme.marker(q.company().colorIndex());
            LineSeries.style(renderer, data.getSeriesCount(), color, marker, false, theme.ink());
            data.addSeries(s);
            QuarterActual latest = q.quarters().get(q.quarters().size() - 1);
            labels.add(new DirectLabels.Label(ordinal(latest.end()), latest.value().doubleValue(),
                    q.company().name() + " " + MoneyFormat.billions(latest.value(), b.currency()), color, marker, 8));
        }
        if (data.getSeriesCount() == 0) {
            return Optional.empty();
        }
        NumberAxis quarters = new NumberAxis(null);
        theme.style(quarters);
        quarters.setTickUnit(new NumberTickUnit(1, AxisLabels.quarters(first, last)));
        double span = Math.max(3, last - first);
        quarters.setRange(first - 0.4, last + 0.4 + span * 0.45);
        NumberAxis amounts = theme.moneyAxis(MoneyFormat.prefix(b.currency()));
        amounts.setRange(0, max * 1.15);
        XYPlot plot = new XYPlot(data, quarters, amounts, renderer);
        plot.addAnnotation(new DirectLabels(labels, theme.font(ChartTheme.LABEL_SIZE), theme.ink(), theme.grid()), false);
        return Optional.of(theme.chart(plot, title, null));
    }

    /** Calendar quarter of a quarter-end date as year × 4 + quarter − 1. */
    private static int ordinal(LocalDate end) {
        return end.getYear() * 4 + (end.getMonthValue() - 1) / 3;
    }
}
