package dev.capexbrief.render.chart;

import dev.capexbrief.render.model.Exhibit;
import dev.capexbrief.render.model.Series;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

/**
 * Exhibit: the revision ladder over days — each company's PLAN series (the plan carried forward from
 * each statement to the as-of date) drawn as a step line, and its ACTUAL series (the statements) as
 * a marker on each day the plan was stated, labelled at the as-of date.
 */
final class RevisionLadderChart {
    private static final DoubleUnaryOperator MILLIS = day -> day * TimeAxis.DAY;

    private RevisionLadderChart() {
    }

    static JFreeChart create(Exhibit e, ChartTheme theme) {
        XYSeriesCollection steps = new XYSeriesCollection();
        XYSeriesCollection statements = new XYSeriesCollection();
        XYStepRenderer stepRenderer = new XYStepRenderer();
        stepRenderer.setDefaultShapesVisible(false);
        stepRenderer.setDefaultToolTipGenerator(null);
        XYLineAndShapeRenderer pointRenderer = LineSeries.renderer();
        List<DirectLabels.Label> labels = new ArrayList<>();
        double max = 1;
        double start = Double.MAX_VALUE;
        for (Series s : e.series()) {
            XYSeries points = LineSeries.points(s, e.categories(), false, MILLIS);
            if (points.isEmpty()) {
                continue;
            }
            max = Math.max(max, points.getMaxY());
            start = Math.min(start, points.getMinX());
            if (s.role() == Series.Role.PLAN) {
                stepRenderer.setSeriesPaint(steps.getSeriesCount(), s.color());
                stepRenderer.setSeriesStroke(steps.getSeriesCount(), LineSeries.SOLID);
                steps.addSeries(points);
                labels.addAll(DirectLabels.of(s, e.categories(), theme.marker(s.marker()), 6, MILLIS));
            } else {
                int i = statements.getSeriesCount();
                LineSeries.style(pointRenderer, i, s.color(), theme.marker(s.marker()), false, theme.ink());
                pointRenderer.setSeriesLinesVisible(i, false);
                statements.addSeries(points);
            }
        }
        double end = MILLIS.applyAsDouble(e.categories().get(e.categories().size() - 1).x());
        XYPlot plot = new XYPlot(steps, TimeAxis.of(start, end, theme), theme.moneyAxis(e), stepRenderer);
        plot.getRangeAxis().setRange(0, max * 1.15);
        plot.setDataset(1, statements);
        plot.setRenderer(1, pointRenderer);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        Font font = theme.font(ChartTheme.LABEL_SIZE);
        plot.addAnnotation(new DirectLabels(labels, font, theme.ink(), theme.grid(), true), false);
        return theme.chart(plot, e, DirectLabels.margin(labels, font));
    }
}
