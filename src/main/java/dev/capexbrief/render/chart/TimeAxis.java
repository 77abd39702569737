package dev.capexbrief.render.chart;

import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.DateTickUnit;
import org.jfree.chart.axis.DateTickUnitType;
import org.jfree.chart.axis.Tick;
import org.jfree.chart.axis.ValueTick;
import org.jfree.chart.ui.RectangleEdge;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.text.SimpleDateFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;

/**
 * A day axis that ends at the as-of date (a few days' padding, never past the end of its month, so a
 * marker on the last day is whole) and ticks in one unit chosen from the span so no two labels read
 * the same: days for a few weeks ("3 Mar"), else every 1, 2, 3, 6 or 12 months ("Mar 25", "2025").
 * No tick is drawn after the as-of date.
 */
final class TimeAxis extends DateAxis {
    private static final long serialVersionUID = 1L;
    static final long DAY = 86_400_000L;
    private static final TimeZone UTC = TimeZone.getTimeZone("UTC");
    /** At most this many ticks fit under a full-width chart less its label margin. */
    private static final int MAX_TICKS = 7;
    private static final int[] MONTH_STEPS = {1, 2, 3, 6, 12};
    private static final int[] DAY_STEPS = {7, 14};

    private final double asOf;

    private TimeAxis(double asOf) {
        super(null, UTC, Locale.ENGLISH);
        this.asOf = asOf;
    }

    /** An axis from {@code start} to {@code asOf}, both in epoch milliseconds. */
    static TimeAxis of(double start, double asOf, ChartTheme theme) {
        TimeAxis axis = new TimeAxis(asOf);
        theme.style(axis);
        double span = Math.max(asOf - start, DAY * 14);
        LocalDate end = LocalDate.ofEpochDay(Math.floorDiv((long) asOf, DAY));
        double monthEnd = end.withDayOfMonth(end.lengthOfMonth()).plusDays(1).toEpochDay() * (double) DAY;
        axis.setRange(start - span * 0.04, Math.min(asOf + span * 0.03, monthEnd));
        axis.setTickUnit(unit(span));
        return axis;
    }

    /** The smallest unit whose ticks fit, with a label format under which each tick is unique. */
    static DateTickUnit unit(double span) {
        double days = span / DAY;
        if (days <= 70) {
            for (int step : DAY_STEPS) {
                if (days / step <= MAX_TICKS || step == DAY_STEPS[DAY_STEPS.length - 1]) {
                    return new DateTickUnit(DateTickUnitType.DAY, step, format("d MMM"));
                }
            }
        }
        double months = days / 30.44;
        for (int step : MONTH_STEPS) {
            if (months / step <= MAX_TICKS) {
                return new DateTickUnit(DateTickUnitType.MONTH, step, format(step == 12 ? "yyyy" : "MMM yy"));
            }
        }
        int years = (int) Math.ceil(months / 12 / MAX_TICKS);
        return new DateTickUnit(DateTickUnitType.YEAR, years, format("yyyy"));
    }

    private static SimpleDateFormat format(String pattern) {
        SimpleDateFormat f = new SimpleDateFormat(pattern, Locale.ENGLISH);
        f.setTimeZone(UTC);
        return f;
    }

    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    public List refreshTicks(Graphics2D g2, AxisState state, Rectangle2D dataArea, RectangleEdge edge) {
        List<Tick> out = new ArrayList<>();
        for (Tick t : (List<Tick>) super.refreshTicks(g2, state, dataArea, edge)) {
            if (!(t instanceof ValueTick v) || v.getValue() <= asOf) {
                out.add(t);
            }
        }
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TimeAxis t && t.asOf == asOf && super.equals(o);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }
}
