package dev.capexbrief.render.chart;

import dev.capexbrief.render.model.LegendEntry;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

/** An exhibit's key, each entry drawn like the mark it explains. */
final class Legends {
    private Legends() {
    }

    static LegendItemCollection key(List<LegendEntry> entries, ChartTheme theme) {
        LegendItemCollection out = new LegendItemCollection();
        for (LegendEntry e : entries) {
            out.add(item(e, theme));
        }
        return out;
    }

    private static LegendItem item(LegendEntry e, ChartTheme theme) {
        return switch (e.symbol()) {
            case BAR -> bar(e.text(), theme.muted());
            case RANGE -> range(e.text(), theme.ink());
            case ARROW -> arrow(e.text(), theme.ink());
            case TICK -> tick(e.text(), theme.ink());
            case MARKER -> marker(e.text(), theme.marker(0), theme.muted(), theme.ink(), true);
            case HOLLOW_MARKER -> marker(e.text(), theme.marker(0), Color.WHITE, theme.muted(), true);
        };
    }

    private static LegendItem bar(String label, Color color) {
        return new LegendItem(label, null, null, null, new Rectangle2D.Double(-5, -3.5, 10, 7), color);
    }

    private static LegendItem range(String label, Color ink) {
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

    private static LegendItem tick(String label, Color ink) {
        return new LegendItem(label, null, null, null, new Rectangle2D.Double(-0.9, -5, 1.8, 10), ink);
    }

    private static LegendItem arrow(String label, Color ink) {
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

    private static LegendItem marker(String label, Shape shape, Color fill, Color outline, boolean filled) {
        return new LegendItem(label, null, null, null, true, shape, filled, fill, true, outline,
                new BasicStroke(0.8f), false, new Line2D.Double(), new BasicStroke(1), outline);
    }
}
