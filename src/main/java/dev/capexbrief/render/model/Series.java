package dev.capexbrief.render.model;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One series of an exhibit: one value per category (null for a gap), keyed by company where it
 * is a company's, in that company's colour and marker. A bar series over companies has one colour
 * per point instead. {@code labels} are the direct labels printed beside points (null for none);
 * a bar series also keeps each of its labels in parts ({@code barLabels}, empty for a line), which
 * its printed labels are made from; {@code refs} the model cells each value comes from, so the
 * workbook's chart data are live.
 */
public record Series(String key, String name, Role role, Color color, int marker, List<Double> values,
                     List<Color> pointColors, List<String> labels, List<CellRef> refs, List<BarLabel> barLabels) {
    public enum Role { ACTUAL, PLAN, RUN_RATE }

    public Series {
        values = Collections.unmodifiableList(new ArrayList<>(values));
        pointColors = List.copyOf(pointColors);
        barLabels = Collections.unmodifiableList(new ArrayList<>(barLabels));
        if (!barLabels.isEmpty() && !labels.isEmpty()) {
            throw new IllegalArgumentException("a bar series' printed labels are made from its bar labels");
        }
        // a bar's printed label is always its parts put together, so the two cannot disagree
        labels = barLabels.isEmpty() ? Collections.unmodifiableList(new ArrayList<>(labels))
                : barLabels.stream().map(l -> l == null ? null : l.text()).toList();
        refs = Collections.unmodifiableList(new ArrayList<>(refs));
    }

    /** A line series, its direct labels printed as they are. */
    public Series(String key, String name, Role role, Color color, int marker, List<Double> values,
                  List<Color> pointColors, List<String> labels, List<CellRef> refs) {
        this(key, name, role, color, marker, values, pointColors, labels, refs, List.of());
    }

    /** A bar series: one colour and one label, in parts, per bar. */
    static Series bars(String key, String name, Role role, List<Double> values, List<Color> pointColors,
                       List<BarLabel> labels, List<CellRef> refs) {
        return new Series(key, name, role, pointColors.get(0), 0, values, pointColors, List.of(), refs, labels);
    }

    /** The label of the point at {@code i}, or null. */
    public String label(int i) {
        return i < labels.size() ? labels.get(i) : null;
    }

    /** The parts of the bar label at {@code i}, or null (a line series has none). */
    public BarLabel barLabel(int i) {
        return i < barLabels.size() ? barLabels.get(i) : null;
    }

    public CellRef ref(int i) {
        return i < refs.size() ? refs.get(i) : null;
    }
}
