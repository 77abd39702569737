package dev.capexbrief.render.chart;

import dev.capexbrief.render.model.Exhibit;
import dev.capexbrief.render.model.LegendEntry;
import dev.capexbrief.render.model.Series;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.HashSet;
import java.util.Set;

/**
 * An exhibit's key, each entry drawn like the mark it explains and only in colours the plot draws
 * with: a bar in its bars' colour when they share one, else as an outline in ink (the bars are in
 * company colours and named on the axis; a grey swatch would match no bar); a marker filled or
 * hollow in ink (the lines carry company colours, the key explains the mark's style).
 */
final class Legends {
    private Legends() {
    }

    static LegendItemCollection key(Exhibit exhibit, ChartTheme theme) {
        LegendItemCollection out = new LegendItemCollection();
        Color bars = barColour(exhibit);
        for (LegendEntry e : exhibit.legend()) {
            out.add(item(e, theme, bars));
        }
        return out;
    }

    /** The one colour the exhibit's bars share, or null when they have several. */
    private static Color barColour(Exhibit exhibit) {
        if (exhibit.series().isEmpty()) {
            return null;
        }
        Series s = exhibit.series().get(0);
        Set<Color> colours = new HashSet<>(s.pointColors());
        if (colours.isEmpty()) {
            colours.add(s.color());
        }
        return colours.size() == 1 ? colours.iterator().next() : null;
    }

    private static LegendItem item(LegendEntry e, ChartTheme theme, Color bars) {
        return switch (e.symbol()) {
            case BAR -> bar(e.text(), bars, theme.ink());
            case RANGE -> range(e.text(), theme.ink());
            case ARROW -> arrow(e.text(), theme.ink());
            case TICK -> tick(e.text(), theme.ink());
            case MARKER -> marker(e.text(), theme.marker(0), theme.ink(), theme.ink(), true);
            case HOLLOW_MARKER -> marker(e.text(), theme.marker(0), Color.WHITE, theme.ink(), true);
        };
    }

    private static LegendItem bar(String label, Color fill, Color ink) {
        Rectangle2D box = new Rectangle2D.Double(-5, -3.5, 10, 7);
        if (fill != null) {
            return new LegendItem(label, null, null, null, box, fill);
        }
        return new LegendItem(label, null, null, null, true, box, false, Color.WHITE, true, ink,
                new BasicStroke(0.9f), false, new Line2D.Double(), new BasicStroke(1), ink);
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
