package dev.capexbrief.render.excel;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

/**
 * One chart series: the cell holding its name, the sheet range holding its values, and the values
 * cached in the chart (the briefing's numbers, null where the sheet cell is blank), so a viewer
 * that draws charts from the cache shows the same picture as Excel.
 */
record ChartSeries(String name, String nameRef, String valuesRef, List<Double> values, Color color) {
    ChartSeries {
        values = java.util.Collections.unmodifiableList(new ArrayList<>(values));
    }
}
