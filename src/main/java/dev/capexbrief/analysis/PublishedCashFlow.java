package dev.capexbrief.analysis;

import dev.capexbrief.dataset.Period;

/**
 * A company's own free cash flow, as it publishes it ({@code free_cash_flow} rows), for the same span
 * as its capex ratios, beside the free cash flow computed on its capex basis.
 *
 * @param period     the quarter (for a trailing twelve months, the last of its four) or fiscal year
 * @param definition the company's definition in words, from the figure's note (e.g. "Meta-defined free
 *                   cash flow (operating cash flow less purchases of property and equipment ...)"), or ""
 */
public record PublishedCashFlow(CompanyProfile company, RatioWindow window, Period period,
                                CapexRatio.Reading value, String definition) {
}
