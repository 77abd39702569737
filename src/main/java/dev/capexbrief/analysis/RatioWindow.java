package dev.capexbrief.analysis;

/**
 * The span a capex ratio covers: a company's latest reported quarter, the trailing twelve months
 * (the four quarters ending with it, summed), or its latest complete fiscal year.
 */
public enum RatioWindow {
    QUARTER("Latest quarter"),
    TRAILING_TWELVE_MONTHS("Trailing twelve months"),
    FISCAL_YEAR("Latest fiscal year");

    private final String label;

    RatioWindow(String label) {
        this.label = label;
    }

    /** "Latest quarter", "Trailing twelve months", "Latest fiscal year". */
    public String label() {
        return label;
    }
}
