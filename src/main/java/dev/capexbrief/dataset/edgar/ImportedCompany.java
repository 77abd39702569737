package dev.capexbrief.dataset.edgar;

import java.time.Month;
import java.util.List;

/**
 * A company's actuals imported from one companyfacts payload.
 *
 * @param cik           the SEC's Central Index Key
 * @param entityName    the name the SEC gives the company, e.g. {@code ALPHABET INC.}
 * @param fiscalYearEnd the month its fiscal year ends in, as its filings' period ends show it; null
 *                      only when the payload has no facts to infer it from (then {@code actuals} is empty)
 * @param ticker        the ticker when the caller knows it (companyfacts does not carry one), else null
 * @param actuals       sorted by metric, period (quarters before the year they end), announcement day
 */
public record ImportedCompany(long cik, String entityName, Month fiscalYearEnd, String ticker, List<ImportedActual> actuals)
        implements ReportedCompany {
    public ImportedCompany {
        actuals = List.copyOf(actuals);
        if (fiscalYearEnd == null && !actuals.isEmpty()) {
            throw new IllegalArgumentException("actuals need the fiscal year end they are periods of");
        }
    }

    /** The same company with its ticker, e.g. from the dataset's {@code cik:} entries or the SEC's ticker list. */
    public ImportedCompany withTicker(String symbol) {
        return new ImportedCompany(cik, entityName, fiscalYearEnd, symbol, actuals);
    }
}
