package dev.capexbrief.render.model;

/** How an exhibit is drawn; the PDF (JFreeChart) and the workbook (native charts) each have one drawing per kind. */
public enum ChartKind {
    /** One bar per company (categories are companies), whiskers over guided ranges, an arrow for a floor. */
    RANGE_BARS,
    /** Lines over fiscal years, one per company, and a dashed step to the plan. */
    ANNUAL_LINES,
    /** Lines over calendar quarters, one per company, gaps where a quarter is missing. */
    QUARTER_LINES,
    /** One bar per company, with a tick at a reference value where it has one (a run rate and its plan, a ratio). */
    COMPANY_BARS,
    /** Each company's plan as a step over the days it was stated. */
    STEP_LADDER
}
