package dev.capexbrief.render.chart;

import dev.capexbrief.render.model.Exhibit;
import dev.capexbrief.render.model.Series;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import java.awt.Font;
import java.util.ArrayList;
import java.util.List;

/**
 * Exhibit: quarterly capex per company over calendar quarters (the model places each fiscal quarter
 * at the calendar quarter it ends in, so Microsoft's fiscal Q2, October–December, sits beside the
 * others' Q4), one solid line per company with a gap for a missing quarter, labelled where the
 * exhibit labels it (the latest quarter).
 */
final class QuarterlyChart {
    private QuarterlyChart() {
    }

    static JFreeChart create(Exhibit e, ChartTheme theme) {
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = LineSeries.renderer();
        List<DirectLabels.Label> labels = new ArrayList<>();
        int first = (int) Math.round(e.categories().get(0).x());
        int last = (int) Math.round(e.categories().get(e.categories().size() - 1).x());
        AxisLabels ticks = AxisLabels.quarters(first, last);
        double max = 1;
        for (Series s : e.series()) {
            XYSeries points = LineSeries.points(s, e.categories(), true, x -> x);
            if (points.isEmpty()) {
                continue;
            }
            LineSeries.style(renderer, data.getSeriesCount(), s.color(), theme.marker(s.marker()), false, theme.ink());
            data.addSeries(points);
            max = Math.max(max, points.getMaxY());
            // a line that ends early says where, as the axis writes the quarter ("3Q25")
            labels.addAll(DirectLabels.of(s, e.categories(), theme.marker(s.marker()), 8, x -> x,
                    c -> ticks.format(c.x())));
        }
        NumberAxis quarters = new NumberAxis(null);
        theme.style(quarters);
        quarters.setTickUnit(new NumberTickUnit(1, ticks));
        // ends with the last quarter (the one the as-of date is in at the latest): the labels are in the margin
        quarters.setRange(first - 0.4, last + 0.4);
        NumberAxis amounts = theme.moneyAxis(e);
        amounts.setRange(0, max * 1.15);
        XYPlot plot = new XYPlot(data, quarters, amounts, renderer);
        Font font = theme.font(ChartTheme.LABEL_SIZE);
        plot.addAnnotation(new DirectLabels(labels, font, theme.ink(), theme.grid(), true), false);
        return theme.chart(plot, e, DirectLabels.margin(labels, font));
    }
}
