package dev.capexbrief.render.model;

/**
 * A headline figure of page one and the workbook's Summary: a label ("FY2026 group plan"; the PDF sets it in capitals), the
 * value cell (a link to the table cell it comes from, where there is one) and the line under it.
 */
public record Kpi(String id, String label, Cell value, String sub) {
}
