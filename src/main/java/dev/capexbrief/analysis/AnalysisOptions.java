package dev.capexbrief.analysis;

import java.time.LocalDate;

/**
 * What a briefing is computed for.
 *
 * @param asOf      only figures announced on or before this day are seen
 * @param currency  the report currency (ISO code), USD by default
 * @param focusYear the fiscal year to brief on, or null to pick the year most companies are guiding
 */
public record AnalysisOptions(LocalDate asOf, String currency, Integer focusYear) {
    public AnalysisOptions {
        currency = currency == null ? "USD" : currency;
    }
}
