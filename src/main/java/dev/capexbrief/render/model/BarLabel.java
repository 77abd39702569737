package dev.capexbrief.render.model;

/**
 * A bar's direct label in its two parts: the figure ("~$220B", "14.5%") and what qualifies it, its
 * growth, period or comparison ("+71.4%", "FY2019", "TTM to Dec 2019", "-0.2% vs plan"), or "" for
 * none. The bar charts print them apart on one line; a sentence that stands in for a chart quotes
 * each part where it belongs, never a piece of the printed line.
 */
public record BarLabel(String figure, String detail) {
    /** What sets the detail apart from the figure on the printed label. */
    private static final String GAP = "   ";

    public BarLabel {
        figure = figure == null ? "" : figure;
        detail = detail == null ? "" : detail;
    }

    /** A figure with nothing beside it. */
    public static BarLabel of(String figure) {
        return new BarLabel(figure, "");
    }

    /** The label as the bar charts print it: "~$220B   +71.4%". */
    public String text() {
        return detail.isEmpty() ? figure : figure + GAP + detail;
    }
}
