package dev.capexbrief.render.model;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One series of an exhibit: one value per category (null for a gap), keyed by company where it
 * is a company's, in that company's colour and marker. A bar series over companies has one colour
 * per point instead. {@code labels} are the direct labels printed beside points (null for none);
 * {@code refs} the model cells each value comes from, so the workbook's chart data are live.
 */
public record Series(String key, String name, Role role, Color color, int marker, List<Double> values,
                     List<Color> pointColors, List<String> labels, List<CellRef> refs) {
    public enum Role { ACTUAL, PLAN, RUN_RATE }

    public Series {
        values = Collections.unmodifiableList(new ArrayList<>(values));
        pointColors = List.copyOf(pointColors);
        labels = Collections.unmodifiableList(new ArrayList<>(labels));
        refs = Collections.unmodifiableList(new ArrayList<>(refs));
    }

    /** The label of the point at {@code i}, or null. */
    public String label(int i) {
        return i < labels.size() ? labels.get(i) : null;
    }

    public CellRef ref(int i) {
        return i < refs.size() ? refs.get(i) : null;
    }
}
