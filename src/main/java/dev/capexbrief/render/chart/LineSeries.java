package dev.capexbrief.render.chart;

import dev.capexbrief.render.model.Category;
import dev.capexbrief.render.model.Series;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Shape;
import java.awt.Stroke;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

/**
 * One series of a line chart: its points from the exhibit (a missing value a gap in the line, or
 * skipped so the line joins its neighbours) and its style: company colour, company marker, solid or
 * dashed, filled or hollow.
 */
final class LineSeries {
    static final Stroke SOLID = new BasicStroke(1.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    static final Stroke DASHED = new BasicStroke(1.3f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 4f,
            new float[]{3.5f, 2.5f}, 0f);

    private LineSeries() {
    }

    /**
     * The series' points from its first value to its last at each category's x (through {@code x},
     * e.g. days to milliseconds); a missing value between them breaks the line when {@code gaps},
     * else is left out so the line runs on to the next value.
     */
    static XYSeries points(Series s, List<Category> categories, boolean gaps, DoubleUnaryOperator x) {
        XYSeries out = new XYSeries(s.name(), false, true);
        int first = -1;
        int last = -1;
        for (int i = 0; i < s.values().size(); i++) {
            if (s.values().get(i) != null) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        for (int i = Math.max(first, 0); i <= last; i++) {
            Double v = s.values().get(i);
            if (v != null || gaps) {
                out.add(x.applyAsDouble(categories.get(i).x()), v);
            }
        }
        return out;
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
