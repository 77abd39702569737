package dev.capexbrief.render.chart;

import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * How guidance is drawn on top of a bar or a point: the stated range as a whisker with caps, an
 * open-ended floor ("over $100B") as an arrow pointing past the number, and a comparison value
 * (last year's actual, the plan) as a short dark tick across the bar. Works in either orientation.
 */
final class RangeMarks extends AbstractXYAnnotation {
    private static final long serialVersionUID = 1L;
    private static final double CAP = 3.5;
    private static final double ARROW = 13;

    /**
     * One row's marks. {@code low}/{@code high} null = no range; {@code tick} null = no tick.
     *
     * @param halfWidth half the bar's thickness in domain units, for the tick length
     */
    record Mark(double x, Double low, Double high, boolean openEnded, double value, Double tick, double halfWidth) {
    }

    private final List<Mark> marks;
    private final Color ink;

    RangeMarks(List<Mark> marks, Color ink) {
        this.marks = List.copyOf(marks);
        this.ink = ink;
    }

    @Override
    public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis, ValueAxis rangeAxis,
                     int rendererIndex, PlotRenderingInfo info) {
        PlotSpace space = new PlotSpace(plot, dataArea, domainAxis, rangeAxis);
        for (Mark m : marks) {
            if (m.low() != null && m.high() != null && m.high() > m.low()) {
                whisker(g2, space, m);
            }
            if (m.openEnded()) {
                arrow(g2, space, m.x(), m.value());
            }
            if (m.tick() != null) {
                tick(g2, space, m);
            }
        }
    }

    private void whisker(Graphics2D g2, PlotSpace s, Mark m) {
        Point2D a = s.point(m.x(), m.low());
        Point2D b = s.point(m.x(), m.high());
        g2.setPaint(ink);
        g2.setStroke(new BasicStroke(1.1f));
        g2.draw(new Line2D.Double(a, b));
        for (Point2D p : List.of(a, b)) {
            g2.draw(s.horizontal() ? new Line2D.Double(p.getX(), p.getY() - CAP, p.getX(), p.getY() + CAP)
                    : new Line2D.Double(p.getX() - CAP, p.getY(), p.getX() + CAP, p.getY()));
        }
    }

    /** An arrow from the floor outwards: the amount is at least this much, with no stated ceiling. */
    private void arrow(Graphics2D g2, PlotSpace s, double x, double value) {
        Point2D p = s.point(x, value);
        double dx = s.horizontal() ? 1 : 0;
        double dy = s.horizontal() ? 0 : -1;
        double ex = p.getX() + dx * ARROW;
        double ey = p.getY() + dy * ARROW;
        g2.setPaint(ink);
        g2.setStroke(new BasicStroke(1.1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
        g2.draw(new Line2D.Double(p.getX(), p.getY(), ex - dx * 3, ey - dy * 3));
        Path2D head = new Path2D.Double();
        head.moveTo(ex, ey);
        head.lineTo(ex - dx * 5 + dy * 3.2, ey - dy * 5 + dx * 3.2);
        head.lineTo(ex - dx * 5 - dy * 3.2, ey - dy * 5 - dx * 3.2);
        head.closePath();
        g2.fill(head);
    }

    private void tick(Graphics2D g2, PlotSpace s, Mark m) {
        Point2D a = s.point(m.x() - m.halfWidth(), m.tick());
        Point2D b = s.point(m.x() + m.halfWidth(), m.tick());
        g2.setPaint(Color.WHITE);
        g2.setStroke(new BasicStroke(3.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
        g2.draw(new Line2D.Double(a, b));
        g2.setPaint(ink);
        g2.setStroke(new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
        g2.draw(new Line2D.Double(a, b));
    }

    /** How far past its value a mark reaches, in points (for placing a label after it). */
    static double reach(Mark m) {
        return m.openEnded() ? ARROW + 2 : 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RangeMarks r && r.marks.equals(marks) && r.ink.equals(ink);
    }

    @Override
    public int hashCode() {
        return marks.hashCode();
    }
}
