package dev.capexbrief.render.model;

import java.util.List;

/**
 * A numbered exhibit: its finding title and note (from {@code templates/exhibits/}), how it is
 * drawn, its categories and series (keyed by company), annotations, its key, the line that says which
 * companies it draws when not all ({@code scope}, or ""), and the unit of its values.
 */
public record Exhibit(int number, String id, String title, List<String> note, ChartKind kind, String unit,
                      String currency, List<Category> categories, List<Series> series,
                      List<Annotation> annotations, List<LegendEntry> legend, String scope, Format format) {
    /** What the values are: amounts in report-currency billions, or ratios drawn as percentages. */
    public enum Format { MONEY, PERCENT }

    /** An exhibit of amounts. */
    public Exhibit(int number, String id, String title, List<String> note, ChartKind kind, String unit,
                   String currency, List<Category> categories, List<Series> series,
                   List<Annotation> annotations, List<LegendEntry> legend, String scope) {
        this(number, id, title, note, kind, unit, currency, categories, series, annotations, legend, scope,
                Format.MONEY);
    }

    public Exhibit {
        note = List.copyOf(note);
        categories = List.copyOf(categories);
        series = List.copyOf(series);
        annotations = List.copyOf(annotations);
        legend = List.copyOf(legend);
        scope = scope == null ? "" : scope;
    }

    /** "Exhibit 2: Annual capex: $184.7B in FY2024, ..." */
    public String numberedTitle() {
        return "Exhibit " + number + ": " + title;
    }

    /** The note as one paragraph. */
    public String noteText() {
        return String.join(" ", note);
    }
}
