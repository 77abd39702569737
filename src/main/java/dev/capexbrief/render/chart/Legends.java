package dev.capexbrief.render.chart;

import org.jfree.chart.LegendItem;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;

/** Legend keys for the guidance marks, drawn like the marks themselves. */
final class Legends {
    private Legends() {
    }

    static LegendItem bar(String label, Color color) {
        return new LegendItem(label, null, null, null, new Rectangle2D.Double(-5, -3.5, 10, 7), color);
    }

    static LegendItem range(String label, Color ink) {
        Path2D whisker = new Path2D.Double();
        whisker.moveTo(-6, 0);
        whisker.lineTo(6, 0);
        whisker.moveTo(-6, -3);
        whisker.lineTo(-6, 3);
        whisker.moveTo(6, -3);
        whisker.lineTo(6, 3);
        return new LegendItem(label, null, null, null, false, new Rectangle2D.Double(), false, ink, false, ink,
                new BasicStroke(1.1f), true, whisker, new BasicStroke(1.1f), ink);
    }

    static LegendItem tick(String label, Color ink) {
        return new LegendItem(label, null, null, null, new Rectangle2D.Double(-0.9, -5, 1.8, 10), ink);
    }

    static LegendItem arrow(String label, Color ink) {
        Path2D a = new Path2D.Double();
        a.moveTo(-6, -0.55);
        a.lineTo(1, -0.55);
        a.lineTo(1, -3.2);
        a.lineTo(6, 0);
        a.lineTo(1, 3.2);
        a.lineTo(1, 0.55);
        a.lineTo(-6, 0.55);
        a.closePath();
        return new LegendItem(label, null, null, null, a, ink);
    }

    static LegendItem marker(String label, Shape shape, Color fill, Color outline, boolean filled) {
        return new LegendItem(label, null, null, null, true, shape, filled, fill, true, outline,
                new BasicStroke(0.8f), false, new Line2D.Double(), new BasicStroke(1), outline);
    }
}
