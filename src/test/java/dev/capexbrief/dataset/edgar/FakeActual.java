package dev.capexbrief.dataset.edgar;

import dev.capexbrief.dataset.Period;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An imported actual built by hand, in the shape the companyfacts parser reports them (a test
 * stand-in for its {@code ImportedActual}).
 */
record FakeActual(String metric, Period period, BigDecimal value, String currency, LocalDate announced, String form,
                  String accession, String tag, String derivation, boolean restatement, BigDecimal previous,
                  LocalDate start, LocalDate end) implements ReportedActual {

    @Override
    public String sourceUrl(long cik) {
        return "https://www.sec.gov/Archives/edgar/data/" + cik + "/" + accession.replace("-", "") + "/" + accession + "-index.htm";
    }

    /** A capex quarter filed in a 10-Q. */
    static FakeActual quarter(int year, int q, String value, String filed, String accession) {
        Period.FiscalQuarter p = new Period.FiscalQuarter(year, q);
        return new FakeActual("capex_purchases_ppe", p, new BigDecimal(value), "USD", LocalDate.parse(filed), "10-Q", accession,
                "PaymentsToAcquirePropertyPlantAndEquipment", "", false, null, p.start(java.time.Month.DECEMBER),
                p.end(java.time.Month.DECEMBER));
    }

    FakeActual derived(String how) {
        return new FakeActual(metric, period, value, currency, announced, "10-K", accession, tag, how, false, null, start, end);
    }

    FakeActual restating(String previousValue) {
        return new FakeActual(metric, period, value, currency, announced, form, accession, tag, derivation, true,
                new BigDecimal(previousValue), start, end);
    }

    FakeActual in(String otherCurrency) {
        return new FakeActual(metric, period, value, otherCurrency, announced, form, accession, tag, derivation, restatement,
                previous, start, end);
    }
}
