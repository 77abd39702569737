package dev.capexbrief.dataset.edgar;

import dev.capexbrief.dataset.Period;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One actual as the companyfacts parser reports it: a metric's value for a period in the
 * company's fiscal calendar, from the filing that first reported it (or, for a restatement, the
 * later filing that changed it). What {@link DatasetMerge} needs from an imported actual.
 */
public interface ReportedActual {
    /** The dataset metric, e.g. {@code capex_purchases_ppe}, {@code revenue}. */
    String metric();

    Period period();

    /** The value in units of 1 of {@link #currency()} (not billions). */
    BigDecimal value();

    /** ISO 4217 code, e.g. {@code USD}, {@code TWD}. */
    String currency();

    /** The day the filing was filed. */
    LocalDate announced();

    /** {@code 10-Q}, {@code 10-K}, {@code 20-F}, ... */
    String form();

    /** The filing's accession number, {@code 0001652044-25-000043}. */
    String accession();

    /** The XBRL concept the value was read from. */
    String tag();

    /** How a value not filed as such was derived, e.g. {@code FY − 9M}; "" for a filed value. */
    String derivation();

    /** True when a later filing changed the value first filed for the period. */
    boolean restatement();

    /** For a restatement, the value it replaces (units of 1); otherwise null. */
    BigDecimal previous();

    LocalDate start();

    LocalDate end();

    /** The filing's page on EDGAR. */
    String sourceUrl(long cik);
}
