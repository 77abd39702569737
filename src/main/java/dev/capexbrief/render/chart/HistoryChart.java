package dev.capexbrief.render.chart;

import dev.capexbrief.render.model.Annotation;
import dev.capexbrief.render.model.Category;
import dev.capexbrief.render.model.Exhibit;
import dev.capexbrief.render.model.Series;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.SeriesRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import java.awt.Font;
import java.util.ArrayList;
import java.util.List;

/**
 * Exhibit: annual capex per company over fiscal years — each ACTUAL series a solid line with filled
 * markers (a missing year a gap, not a false line), each PLAN series the dashed step from the last
 * actual to the hollow marker at the plan, with the plan's range or floor drawn over it.
 */
final class HistoryChart {
    /** Up to this many years on the axis, each is labelled; beyond, every other one. */
    private static final int LABEL_EVERY_YEAR = 8;

    private HistoryChart() {
    }

    static JFreeChart create(Exhibit e, ChartTheme theme) {
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = LineSeries.renderer();
        List<DirectLabels.Label> labels = new ArrayList<>();
        double max = 1;
        for (Series s : drawingOrder(e.series())) {
            boolean plan = s.role() == Series.Role.PLAN;
            XYSeries points = LineSeries.points(s, e.categories(), !plan, x -> x);
            if (points.isEmpty()) {
                continue;
            }
            LineSeries.style(renderer, data.getSeriesCount(), s.color(), theme.marker(s.marker()), plan, theme.ink());
            data.addSeries(points);
            max = Math.max(max, points.getMaxY());
            labels.addAll(DirectLabels.of(s, e.categories(), theme.marker(s.marker()), 8, x -> x, Category::label));
        }
        List<RangeMarks.Mark> marks = new ArrayList<>();
        for (Annotation a : e.annotations()) {
            marks.add(new RangeMarks.Mark(e.categories().get(a.category()).x(), a.low(), a.high(), a.floor(),
                    a.tick() == null ? 0 : a.tick(), null, 0));
            max = Math.max(max, a.high() == null ? 0 : a.high());
        }
        XYPlot plot = new XYPlot(data, years(e.categories(), theme), theme.moneyAxis(e), renderer);
        plot.getRangeAxis().setRange(0, max * 1.12);
        plot.setSeriesRenderingOrder(SeriesRenderingOrder.FORWARD);
        plot.addAnnotation(new RangeMarks(marks, theme.ink()), false);
        Font font = theme.font(ChartTheme.LABEL_SIZE);
        plot.addAnnotation(new DirectLabels(labels, font, theme.ink(), theme.grid(), true), false);
        return theme.chart(plot, e, DirectLabels.margin(labels, font));
    }

    /** Each company's plan step before its actuals, so the filled marker of the last actual stays on top. */
    private static List<Series> drawingOrder(List<Series> series) {
        List<Series> out = new ArrayList<>(series.size());
        for (Series s : series) {
            int actual = -1;
            for (int i = 0; i < out.size() && s.role() == Series.Role.PLAN; i++) {
                if (out.get(i).key().equals(s.key()) && out.get(i).role() == Series.Role.ACTUAL) {
                    actual = i;
                }
            }
            out.add(actual < 0 ? out.size() : actual, s);
        }
        return out;
    }

    /** The fiscal-year axis, labelled with the categories, ending at the last year (the labels are in the margin). */
    private static NumberAxis years(List<Category> years, ChartTheme theme) {
        NumberAxis axis = new NumberAxis(null);
        theme.style(axis);
        double first = years.get(0).x();
        double last = years.get(years.size() - 1).x();
        axis.setTickUnit(new NumberTickUnit(1, last - first < LABEL_EVERY_YEAR ? AxisLabels.of(years, 1)
                : AxisLabels.of(years, 2)));
        axis.setRange(first - 0.4, last + 0.4);
        return axis;
    }
}
