package dev.capexbrief.analysis;

import java.math.BigDecimal;
import java.util.List;

/**
 * One company's quarterly actuals on its headline basis, oldest first, with the current run rate.
 *
 * @param runRate           latest quarter × 4, or null without quarters
 * @param runRateVsGuidance runRate / focus-year guidance central - 1, or null
 */
public record QuarterSeries(CompanyProfile company, List<QuarterActual> quarters, BigDecimal runRate,
                            QuarterActual latest, BigDecimal runRateVsGuidance) {
    public QuarterSeries {
        quarters = List.copyOf(quarters);
    }
}
