package dev.capexbrief.dataset.edgar;

import dev.capexbrief.dataset.Period;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One actual figure imported from EDGAR, as it became public: its value for a metric and fiscal
 * period, announced on the day the filing that first reported it was filed. A later filing that
 * reports a different value for the same metric and period gives a second figure, a restatement,
 * announced on its own filing day and carrying the value it replaces; a filing that repeats a value
 * (a comparative) gives none.
 *
 * @param metric      a metric id of {@link ConceptMap}, e.g. {@code capex_purchases_ppe}
 * @param period      a {@link Period.FiscalYear} or {@link Period.FiscalQuarter} of the company's fiscal calendar
 * @param value       in the reported currency, in units of 1, as in the payload
 * @param currency    ISO 4217 code, from the fact's unit ({@code USD}, {@code TWD})
 * @param announced   the filing day of the filing that made this value public
 * @param form        that filing's form: {@code 10-Q}, {@code 10-K}, {@code 10-K/A}, {@code 20-F}, {@code 8-K}, ...
 * @param accession   that filing's accession number, e.g. {@code 0001652044-26-000018}
 * @param tag         the XBRL concept the value was reported under, e.g. {@code us-gaap:PaymentsToAcquireProductiveAssets};
 *                    for a derived quarter, the tag of the year-to-date fact it was derived from
 * @param derivation  {@code ""} for a reported fact, else how it was computed, e.g. {@code FY − 9M}
 * @param restatement whether this figure replaces an earlier one for the same metric and period
 * @param previous    the value it replaces; null unless {@code restatement}
 * @param start       the first day the figure covers (52/53-week years make it differ from the period's month start)
 * @param end         the last day it covers
 */
public record ImportedActual(String metric, Period period, BigDecimal value, String currency, LocalDate announced,
                             String form, String accession, String tag, String derivation, boolean restatement,
                             BigDecimal previous, LocalDate start, LocalDate end) implements ReportedActual {
    public ImportedActual {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(announced, "announced");
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(accession, "accession");
        Objects.requireNonNull(tag, "tag");
        Objects.requireNonNull(derivation, "derivation");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!(period instanceof Period.FiscalYear) && !(period instanceof Period.FiscalQuarter)) {
            throw new IllegalArgumentException("an imported actual is for a fiscal year or quarter, not " + period.label());
        }
        if (restatement != (previous != null)) {
            throw new IllegalArgumentException("a restatement carries the value it replaces, and only a restatement does");
        }
    }

    /** Whether the value was computed from year-to-date facts rather than reported as it is. */
    public boolean derived() {
        return !derivation.isEmpty();
    }

    /**
     * The filing's index page on EDGAR, built from the CIK and the accession:
     * {@code https://www.sec.gov/Archives/edgar/data/{cik}/{accession without dashes}/{accession}-index.htm}.
     */
    public String sourceUrl(long cik) {
        return "https://www.sec.gov/Archives/edgar/data/" + cik + "/" + accession.replace("-", "") + "/" + accession + "-index.htm";
    }
}
