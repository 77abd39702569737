package dev.capexbrief.analysis;

import dev.capexbrief.dataset.Company;
import dev.capexbrief.dataset.Figure;
import dev.capexbrief.dataset.Period;

import java.time.LocalDate;

/**
 * One SEC filing as the visible figures that carry its accession number describe it: whose it is,
 * its form, the day it was filed (the earliest announcement among them: an imported actual is
 * announced on its filing day) and the filing's own period, the latest one they report. A 10-Q
 * also reports last year's quarter and a 10-K its derived fourth quarter; the latest end wins, and
 * on the same end the longer period (the year a 10-K is for, not its fourth quarter).
 */
final class Filing {
    private final Company company;
    private final String form;
    private LocalDate filed;
    private Period period;

    Filing(Figure first) {
        this.company = first.company();
        this.form = first.form();
        this.filed = first.announced();
        this.period = first.period();
    }

    /** The digits of an accession number, as EDGAR writes them in a filing's folder name. */
    static String folder(String accession) {
        return accession.replace("-", "");
    }

    void add(Figure f) {
        if (f.announced().isBefore(filed)) {
            filed = f.announced();
        }
        int byEnd = f.period().end(company.fiscalYearEnd()).compareTo(period.end(company.fiscalYearEnd()));
        if (byEnd > 0 || byEnd == 0 && f.period().years() > period.years()) {
            period = f.period();
        }
    }

    /** "Alphabet 10-Q for Q1 2026, filed 2026-04-30"; "Microsoft 10-K for FY2026, filed 2026-07-29". */
    String label() {
        return company.name() + " " + brief();
    }

    /** The label without the company: "10-Q for Q1 2026, filed 2026-04-30". */
    String brief() {
        String what = form.isBlank() ? "SEC filing" : form.strip();
        return what + " for " + period.inFiscalTerms(company.fiscalYearEnd()) + ", filed " + filed;
    }

    String companyName() {
        return company.name();
    }
}
