package dev.capexbrief.render.excel;

import java.util.List;

/**
 * Where a chart sits (a cell rectangle on its sheet), its title, and its categories: the sheet
 * range holding the category labels and the labels cached in the chart.
 */
record ChartFrame(String title, int col1, int row1, int col2, int row2, String categoriesRef, List<String> categories) {
    ChartFrame {
        categories = List.copyOf(categories);
    }
}
