package dev.capexbrief.dataset.edgar;

import java.time.Month;
import java.util.List;

/** A company's imported actuals built by hand (a test stand-in for the parser's {@code ImportedCompany}). */
record FakeCompany(long cik, String entityName, Month fiscalYearEnd, String ticker, List<FakeActual> actuals)
        implements ReportedCompany {
    static FakeCompany alphabet(FakeActual... actuals) {
        return new FakeCompany(1652044, "Alphabet Inc.", Month.DECEMBER, "GOOGL", List.of(actuals));
    }
}
