package dev.capexbrief.render.chart;

import dev.capexbrief.render.model.Exhibit;
import org.jfree.chart.JFreeChart;

/**
 * Draws a numbered exhibit of the briefing model as a JFreeChart, one drawing per
 * {@link dev.capexbrief.render.model.ChartKind}, and says how tall it is drawn at full width.
 */
public final class Charts {
    private Charts() {
    }

    public static JFreeChart create(Exhibit exhibit, ChartTheme theme) {
        return switch (exhibit.kind()) {
            case RANGE_BARS, COMPANY_BARS -> HorizontalBars.chart(exhibit, theme);
            case ANNUAL_LINES -> HistoryChart.create(exhibit, theme);
            case QUARTER_LINES -> QuarterlyChart.create(exhibit, theme);
            case STEP_LADDER -> RevisionLadderChart.create(exhibit, theme);
        };
    }

    /** The height in points to draw {@code chart} (the exhibit's drawing) at: a bar chart grows with its bars. */
    public static float height(Exhibit exhibit, JFreeChart chart) {
        float base = switch (exhibit.kind()) {
            case RANGE_BARS -> 190;
            case ANNUAL_LINES -> 235;
            case QUARTER_LINES, STEP_LADDER -> 215;
            case COMPANY_BARS -> 165;
        };
        return ChartTheme.height(chart, base);
    }
}
