package dev.capexbrief.render.excel;

/**
 * What a piece writes with: the sheet's grid and name, the workbook's styles, where everything is,
 * the native charts, and how many columns the sheet's tables span (paragraphs wrap across them).
 */
record Canvas(Grid grid, String sheet, Styles styles, Addresses addresses, NativeCharts charts, int width) {
    Formulas formulas() {
        return new Formulas(addresses);
    }
}
