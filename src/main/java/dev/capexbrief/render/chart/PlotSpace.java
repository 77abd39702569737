package dev.capexbrief.render.chart;

import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;

/**
 * Where a data point lands on the page, whichever way the plot is turned: x is the domain value
 * (a year, a date, a row) and y the amount.
 */
final class PlotSpace {
    private final XYPlot plot;
    private final Rectangle2D area;
    private final ValueAxis domain;
    private final ValueAxis range;

    PlotSpace(XYPlot plot, Rectangle2D area, ValueAxis domain, ValueAxis range) {
        this.plot = plot;
        this.area = area;
        this.domain = domain;
        this.range = range;
    }

    Point2D point(double x, double y) {
        double dx = domain.valueToJava2D(x, area, plot.getDomainAxisEdge());
        double ry = range.valueToJava2D(y, area, plot.getRangeAxisEdge());
        return horizontal() ? new Point2D.Double(ry, dx) : new Point2D.Double(dx, ry);
    }

    /** True when amounts run left to right (horizontal bars). */
    boolean horizontal() {
        return plot.getOrientation() == PlotOrientation.HORIZONTAL;
    }

    Rectangle2D area() {
        return area;
    }
}
