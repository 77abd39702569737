package dev.capexbrief.render.chart;

import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Shape;
import java.awt.Stroke;

/** Styles one series of a line chart: company colour, company marker, solid or dashed, filled or hollow. */
final class LineSeries {
    static final Stroke SOLID = new BasicStroke(1.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    static final Stroke DASHED = new BasicStroke(1.3f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 4f,
            new float[]{3.5f, 2.5f}, 0f);

    private LineSeries() {
    }

    static XYLineAndShapeRenderer renderer() {
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, true);
        r.setUseFillPaint(true);
        r.setUseOutlinePaint(true);
        r.setDrawOutlines(true);
        r.setDefaultToolTipGenerator(null);
        r.setDrawSeriesLineAsPath(false);
        return r;
    }

    static void style(XYLineAndShapeRenderer r, int series, Color color, Shape marker, boolean plan, Color ink) {
        r.setSeriesPaint(series, color);
        r.setSeriesShape(series, marker);
        r.setSeriesStroke(series, plan ? DASHED : SOLID);
        r.setSeriesFillPaint(series, plan ? Color.WHITE : color);
        r.setSeriesOutlinePaint(series, plan ? color : ink);
        r.setSeriesOutlineStroke(series, new BasicStroke(plan ? 1.2f : 0.4f));
        r.setSeriesShapesFilled(series, true);
        r.setSeriesShapesVisible(series, true);
        r.setSeriesLinesVisible(series, true);
    }
}
