package dev.capexbrief.analysis;

import dev.capexbrief.dataset.Company;

/**
 * A company as the briefing presents it: its headline capex basis (the metric it guides on) and
 * whether its fiscal year ends in December. Its colour belongs to the theme (by company id).
 *
 * @param basis       the metric used for every comparison of this company, e.g. {@code capex_incl_finance_leases}
 * @param basisLabel  the basis in words, e.g. "capex incl. finance leases"
 * @param fiscalNote  "FY ends June" for non-December years, else empty
 * @param currencies  the currencies the company's visible money figures are stated in, sorted ("CNY", "USD")
 */
public record CompanyProfile(Company company, String basis, String basisLabel, String fiscalNote,
                             java.util.List<String> currencies) {
    public CompanyProfile {
        currencies = java.util.List.copyOf(currencies);
    }

    /** A profile whose figures are all in US dollars. */
    public CompanyProfile(Company company, String basis, String basisLabel, String fiscalNote) {
        this(company, basis, basisLabel, fiscalNote, java.util.List.of("USD"));
    }

    public String id() {
        return company.id();
    }

    public String name() {
        return company.name();
    }
}
