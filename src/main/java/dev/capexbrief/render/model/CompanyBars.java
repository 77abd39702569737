package dev.capexbrief.render.model;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

/**
 * What a bar exhibit over companies is made of: one category per company, in the order added, and
 * one series with a bar per company in that company's colour, its direct label (in parts: the figure
 * and what qualifies it) and the model cell its value comes from.
 */
final class CompanyBars {
    private final CompanyStyle style;
    private final List<Category> categories = new ArrayList<>();
    private final List<Double> values = new ArrayList<>();
    private final List<Color> colors = new ArrayList<>();
    private final List<BarLabel> labels = new ArrayList<>();
    private final List<CellRef> refs = new ArrayList<>();

    CompanyBars(CompanyStyle style) {
        this.style = style;
    }

    /** Adds a company's bar; returns its category index (for its annotation). */
    int add(String companyId, String name, double value, BarLabel label, CellRef ref) {
        int i = categories.size();
        categories.add(new Category(name, i));
        values.add(value);
        colors.add(style.color(companyId));
        labels.add(label);
        refs.add(ref);
        return i;
    }

    List<Category> categories() {
        return categories;
    }

    /** The one series, coloured bar by bar; at least one bar must have been added. */
    Series series(String key, String name, Series.Role role) {
        return Series.bars(key, name, role, values, colors, labels, refs);
    }
}
