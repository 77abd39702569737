package dev.capexbrief.render.chart;

import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.function.IntFunction;

/**
 * Tick labels for an axis of whole numbers (years, quarter ordinals): each integer tick from
 * {@code first} to {@code last} gets a label, everything else (padding for direct labels) none.
 */
final class AxisLabels extends NumberFormat {
    private static final long serialVersionUID = 1L;

    private final int first;
    private final int last;
    private final transient IntFunction<String> label;

    AxisLabels(int first, int last, IntFunction<String> label) {
        this.first = first;
        this.last = last;
        this.label = label;
    }

    /** "FY2019" … "FY2025". */
    static AxisLabels fiscalYears(int first, int last) {
        return new AxisLabels(first, last, y -> "FY" + y);
    }

    /** Every {@code step}-th year counted back from {@code last}, so a long axis stays legible. */
    static AxisLabels fiscalYears(int first, int last, int step) {
        return new AxisLabels(first, last, y -> (last - y) % step == 0 ? "FY" + y : "");
    }

    /** Calendar quarters from an ordinal (year × 4 + quarter − 1): "4Q24". */
    static AxisLabels quarters(int first, int last) {
        return new AxisLabels(first, last, o -> (o % 4 + 1) + "Q" + String.format(java.util.Locale.ROOT, "%02d", (o / 4) % 100));
    }

    @Override
    public StringBuffer format(double number, StringBuffer to, FieldPosition pos) {
        long n = Math.round(number);
        if (Math.abs(number - n) > 1e-6) {
            return to;
        }
        return format(n, to, pos);
    }

    @Override
    public StringBuffer format(long number, StringBuffer to, FieldPosition pos) {
        if (number >= first && number <= last) {
            to.append(label.apply((int) number));
        }
        return to;
    }

    @Override
    public Number parse(String source, ParsePosition pos) {
        return null;
    }
}
