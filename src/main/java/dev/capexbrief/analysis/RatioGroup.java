package dev.capexbrief.analysis;

import dev.capexbrief.dataset.Confidence;

import java.math.BigDecimal;
import java.util.List;

/**
 * One ratio over a group of companies: capex and the other line summed over the companies that
 * have both for the span, each in its own latest period (fiscal periods added as reported). A ratio
 * to depreciation sums one depreciation line only ({@code baseMetric}), never two.
 *
 * @param companies the companies summed, in history order
 * @param ratio     capex ÷ base, or null when the base is not above zero
 * @param confidence the weakest grade of every figure summed
 */
public record RatioGroup(String id, RatioWindow window, String baseMetric, String baseLabel,
                         List<CompanyProfile> companies, BigDecimal capex, BigDecimal base, BigDecimal ratio,
                         Confidence confidence) {
    public RatioGroup {
        companies = List.copyOf(companies);
    }

    /** The other line less capex: for operating cash flow, the group's free cash flow after capex. */
    public BigDecimal difference() {
        return base.subtract(capex);
    }
}
