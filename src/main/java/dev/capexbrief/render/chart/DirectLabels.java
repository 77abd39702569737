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
import java.awt.geom.Area;
import java.awt.geom.Line2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import java.util.function.Function;

/**
 * Labels written next to the data instead of in a legend: after a bar's end, or, for lines, in a
 * column in the plot's right margin at the height of the line's labelled point with the series'
 * marker in front (so a label identifies its line in black and white too). The margin column keeps
 * labels off the gridlines and lets the time axis end at the as-of period. Labels that would overlap
 * are moved apart vertically by a full line and joined to their point by a hairline. A line that
 * ends before the axis does (a company's last year two years back, a stale quarter) gets no leader:
 * running on across the later periods it would read as the value carried on, so its label says
 * where the line ends instead ("Tencent $10.7B in FY2024").
 */
final class DirectLabels extends AbstractXYAnnotation {
    private static final long serialVersionUID = 1L;
    /** A leader from a line's point to its margin label: dotted, in the line's colour, so it is no gridline. */
    private static final BasicStroke DOTTED = new BasicStroke(0.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND,
            1f, new float[]{0.5f, 2f}, 0f);

    /**
     * @param offset  points between the data point and the label
     * @param swatch  marker drawn before the text, or null
     * @param leader  whether a leader may join the label to its point (not for a line that ends early)
     */
    record Label(double x, double y, String text, Color color, Shape swatch, double offset, boolean leader) {
        /** A label joined to its point by a leader where it has to be moved off it. */
        Label(double x, double y, String text, Color color, Shape swatch, double offset) {
            this(x, y, text, color, swatch, offset, true);
        }
    }

    /** Points between the data area's right edge and a margin label. */
    static final double COLUMN_GAP = 6;
    /** Space between two labels' boxes, in points, on top of the text's height. */
    private static final double LEADING = 2;

    private final List<Label> labels;
    private final Font font;
    private final Color ink;
    private final Color leader;
    private final boolean column;

    /** Labels after their points (bars). */
    DirectLabels(List<Label> labels, Font font, Color ink, Color leader) {
        this(labels, font, ink, leader, false);
    }

    /**
     * @param column true to write the labels in a column in the plot's right margin (lines): reserve
     *               it with {@link #margin}
     */
    DirectLabels(List<Label> labels, Font font, Color ink, Color leader, boolean column) {
        this.labels = List.copyOf(labels);
        this.font = font;
        this.ink = ink;
        this.leader = leader;
        this.column = column;
    }

    /** The plot's right inset that holds a margin column of these labels, in points. */
    static double margin(List<Label> labels, Font font) {
        // measured with and without fractional metrics: a raster draws glyphs at whole-pixel advances
        List<FontRenderContext> contexts = List.of(new FontRenderContext(null, true, true),
                new FontRenderContext(null, true, false));
        double widest = 0;
        for (Label l : labels) {
            for (FontRenderContext frc : contexts) {
                widest = Math.max(widest, (l.swatch() == null ? 0 : 9) + font.getStringBounds(l.text(), frc).getWidth()
                        + 4);
            }
        }
        return COLUMN_GAP + widest;
    }

    /** A line series' direct labels ({@link Series#labels()}), each at its point with the series' marker before it. */
    static List<Label> of(Series s, List<Category> categories, Shape marker, double offset, DoubleUnaryOperator x) {
        return of(s, categories, marker, offset, x, null);
    }

    /**
     * Like {@link #of(Series, List, Shape, double, DoubleUnaryOperator)}, for a time axis: a label at a
     * point before the last category has no leader and ends with where its line ends, in the axis's
     * words ({@code when}: "FY2024", "3Q25").
     */
    static List<Label> of(Series s, List<Category> categories, Shape marker, double offset, DoubleUnaryOperator x,
                          Function<Category, String> when) {
        List<Label> out = new ArrayList<>();
        for (int i = 0; i < categories.size(); i++) {
            String text = s.label(i);
            Double y = i < s.values().size() ? s.values().get(i) : null;
            if (text != null && y != null) {
                // one period short (the quarter before the as-of quarter) is the latest most lines
                // have: a short leader; two or more and the leader would carry the value on
                boolean early = when != null && i < categories.size() - 2;
                out.add(new Label(x.applyAsDouble(categories.get(i).x()), y,
                        early ? text + " in " + when.apply(categories.get(i)) : text, s.color(), marker, offset,
                        !early));
            }
        }
        return out;
    }

    @Override
    public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis, ValueAxis rangeAxis,
                     int rendererIndex, PlotRenderingInfo info) {
        PlotSpace space = new PlotSpace(plot, dataArea, domainAxis, rangeAxis);
        g2.setFont(font);
        FontMetrics fm = g2.getFontMetrics();
        double gap = fm.getAscent() + fm.getDescent() + LEADING;
        List<Placed> placed = new ArrayList<>();
        for (Label l : labels) {
            Point2D p = space.point(l.x(), l.y());
            placed.add(new Placed(l, p, p.getY()));
        }
        spread(placed, gap, dataArea);
        Shape clip = g2.getClip();
        if (column && clip != null) {
            // the plot clips its annotations to the data area; the column is in the margin beside it
            Area widened = new Area(clip);
            widened.add(new Area(new Rectangle2D.Double(dataArea.getX(), dataArea.getY() - gap,
                    dataArea.getWidth() + margin(labels, font) + 1, dataArea.getHeight() + 2 * gap)));
            g2.setClip(widened);
        }
        for (Placed p : placed) {
            draw(g2, fm, p, dataArea);
        }
        g2.setClip(clip);
    }

    private void draw(Graphics2D g2, FontMetrics fm, Placed p, Rectangle2D area) {
        double x = column ? area.getMaxX() + COLUMN_GAP : p.anchor.getX() + p.label.offset();
        if (p.label.leader() && (Math.abs(p.y - p.anchor.getY()) > 1.5
                || x - p.anchor.getX() > p.label.offset() + COLUMN_GAP + 1)) {
            g2.setPaint(column ? p.label.color() : leader);
            g2.setStroke(column ? DOTTED : new BasicStroke(0.4f));
            g2.draw(new Line2D.Double(p.anchor.getX() + 4, p.anchor.getY(), x - 1, p.y));
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
        for (int i = 0; i < placed.size(); i++) {
            Placed cur = placed.get(i);
            double limit = i == 0 ? area.getMinY() + gap / 2 : placed.get(i - 1).y + gap;
            if (cur.y < limit) {
                cur.y = limit;
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
        return o instanceof DirectLabels d && d.labels.equals(labels) && d.column == column;
    }

    @Override
    public int hashCode() {
        return labels.hashCode();
    }
}
