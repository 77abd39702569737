package dev.capexbrief.dataset.edgar;

import java.time.Month;
import java.util.List;

/** A company's actuals as the companyfacts parser reports them, with what identifies it at the SEC. */
public interface ReportedCompany {
    long cik();

    /** The name the SEC has for the filer, e.g. {@code Alphabet Inc.}. */
    String entityName();

    /** The month its fiscal year ends (a 52/53-week year: the month most of its years end in). */
    Month fiscalYearEnd();

    /** The ticker, when known; null or empty otherwise. */
    String ticker();

    List<? extends ReportedActual> actuals();
}
