package dev.capexbrief.render.chart;

import dev.capexbrief.render.model.Category;
import dev.capexbrief.render.model.Series;
import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

/**
 * Labels written next to the data instead of in a legend: after a bar's end, or after a line's last
 * point with the series' marker in front (so a label identifies its line in black and white too).
 * Labels that would overlap are moved apart vertically and joined to their point by a hairline.
 */
final class DirectLabels extends AbstractXYAnnotation {
    private static final long serialVersionUID = 1L;

    /**
     * @param offset  points between the data point and the label
     * @param swatch  marker drawn before the text, or null
     */
    record Label(double x, double y, String text, Color color, Shape swatch, double offset) {
    }

    private final List<Label> labels;
    private final Font font;
    private final Color ink;
    private final Color leader;

    DirectLabels(List<Label> labels, Font font, Color ink, Color leader) {
        this.labels = List.copyOf(labels);
        this.font = font;
        this.ink = ink;
        this.leader = leader;
    }

    /** A line series' direct labels ({@link Series#labels()}), each at its point with the series' marker before it. */
    static List<Label> of(Series s, List<Category> categories, Shape marker, double offset, DoubleUnaryOperator x) {
        List<Label> out = new ArrayList<>();
        for (int i = 0; i < categories.size(); i++) {
            String text = s.label(i);
            Double y = i < s.values().size() ? s.values().get(i) : null;
            if (text != null && y != null) {
                out.add(new Label(x.applyAsDouble(categories.get(i).x()), y, text, s.color(), marker, offset));
            }
        }
        return out;
    }

    /** The widest label's reach past its point, in points: offset, marker and text. */
    static double reach(List<Label> labels, Font font) {
        FontRenderContext frc = new FontRenderContext(null, true, true);
        double reach = 0;
        for (Label l : labels) {
            double text = font.getStringBounds(l.text(), frc).getWidth();
            reach = Math.max(reach, l.offset() + (l.swatch() == null ? 0 : 9) + text + 4);
        }
        return reach;
    }

    /**
     * How far past the last data point (in axis units) a line chart's axis must run so the labels
     * there fit: at least {@code minimum}, more when the labels are wide. {@code span} is the data's
     * width in axis units, {@code plotWidth} the plot's in points.
     */
    static double room(List<Label> labels, Font font, double span, double plotWidth, double minimum) {
        double need = Math.min(reach(labels, font), plotWidth * 0.6);
        return Math.max(minimum, need * span / (plotWidth - need));
    }

    @Override
    public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis, ValueAxis rangeAxis,
                     int rendererIndex, PlotRenderingInfo info) {
        PlotSpace space = new PlotSpace(plot, dataArea, domainAxis, rangeAxis);
        g2.setFont(font);
        FontMetrics fm = g2.getFontMetrics();
        double gap = fm.getAscent() + fm.getDescent() * 0.6;
        List<Placed> placed = new ArrayList<>();
        for (Label l : labels) {
            Point2D p = space.point(l.x(), l.y());
            placed.add(new Placed(l, p, p.getY()));
        }
        spread(placed, gap, dataArea);
        for (Placed p : placed) {
            draw(g2, fm, p);
        }
    }

    private void draw(Graphics2D g2, FontMetrics fm, Placed p) {
        double x = p.anchor.getX() + p.label.offset();
        if (Math.abs(p.y - p.anchor.getY()) > 1.5) {
            g2.setPaint(leader);
            g2.setStroke(new BasicStroke(0.4f));
            g2.draw(new Line2D.Double(p.anchor.getX() + 3, p.anchor.getY(), x - 1, p.y));
        }
        if (p.label.swatch() != null) {
            Shape s = AffineTransform.getTranslateInstance(x + 3, p.y).createTransformedShape(
                    AffineTransform.getScaleInstance(0.85, 0.85).createTransformedShape(p.label.swatch()));
            g2.setPaint(p.label.color());
            g2.fill(s);
            g2.setPaint(ink);
            g2.setStroke(new BasicStroke(0.3f));
            g2.draw(s);
            x += 9;
        }
        g2.setPaint(ink);
        float baseline = (float) (p.y + (fm.getAscent() - fm.getDescent()) / 2.0);
        g2.drawString(p.label.text(), (float) x, baseline);
    }

    /** Moves labels apart so that no two are closer than {@code gap}, keeping them inside the plot. */
    private static void spread(List<Placed> placed, double gap, Rectangle2D area) {
        placed.sort(Comparator.comparingDouble((Placed p) -> p.y).thenComparing(p -> p.label.text()));
        for (int i = 1; i < placed.size(); i++) {
            Placed prev = placed.get(i - 1);
            Placed cur = placed.get(i);
            if (cur.y - prev.y < gap) {
                cur.y = prev.y + gap;
            }
        }
        double bottom = area.getMaxY() - gap / 2;
        for (int i = placed.size() - 1; i >= 0; i--) {
            Placed cur = placed.get(i);
            double limit = i == placed.size() - 1 ? bottom : placed.get(i + 1).y - gap;
            if (cur.y > limit) {
                cur.y = limit;
            }
        }
    }

    /** A label and where it ends up. */
    private static final class Placed {
        final Label label;
        final Point2D anchor;
        double y;

        Placed(Label label, Point2D anchor, double y) {
            this.label = label;
            this.anchor = anchor;
            this.y = y;
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DirectLabels d && d.labels.equals(labels);
    }

    @Override
    public int hashCode() {
        return labels.hashCode();
    }
}
