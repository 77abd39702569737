package dev.capexbrief.analysis;

import dev.capexbrief.dataset.Confidence;
import dev.capexbrief.dataset.Period;

import java.math.BigDecimal;

/**
 * A company's capex for a complete fiscal year against another reported line of the same year:
 * capex ÷ revenue (intensity), capex ÷ operating cash flow (can cash from operations fund it?).
 *
 * @param id    the ratio, e.g. {@code capex-to-revenue} (see {@link Ratios#DEFINITIONS})
 * @param capex annual capex on the company's headline basis, report-currency billions
 * @param base  the other line of the same fiscal year, report-currency billions
 * @param ratio capex ÷ base
 * @param capexConfidence how well the capex is evidenced
 * @param baseConfidence  how well the other line is evidenced
 */
public record AnnualRatio(String id, String baseLabel, CompanyProfile company, Period.FiscalYear year,
                          BigDecimal capex, BigDecimal base, BigDecimal ratio, Confidence capexConfidence,
                          Confidence baseConfidence) {

    /** What the ratio rests on: both lines. */
    public Confidence confidence() {
        return Confidence.weakest(capexConfidence, baseConfidence);
    }
}
