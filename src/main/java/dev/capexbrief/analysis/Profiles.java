package dev.capexbrief.analysis;

import dev.capexbrief.dataset.Company;
import dev.capexbrief.dataset.Dataset;
import dev.capexbrief.dataset.Figure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The companies a briefing presents: those with visible figures, each with its headline basis. */
final class Profiles {
    private Profiles() {
    }

    /**
     * One profile per company with a visible figure, in dataset order. Colour slots count only those
     * companies, so a company that is not yet public takes no colour from the ones that are.
     */
    static List<CompanyProfile> of(Dataset dataset, Map<String, List<Figure>> byCompany) {
        List<CompanyProfile> out = new ArrayList<>();
        for (Company c : dataset.companyList()) {
            List<Figure> figures = byCompany.getOrDefault(c.id(), List.of());
            if (figures.isEmpty()) {
                continue;
            }
            String basis = CapexBasis.choose(figures).orElse("");
            String fiscalNote = c.calendarFiscalYear() ? "" : "FY ends " + c.fiscalYearEndName();
            java.util.SortedSet<String> currencies = new java.util.TreeSet<>();
            figures.forEach(f -> {
                if (f.unit().isMoney()) {
                    currencies.add(f.currency());
                }
            });
            out.add(new CompanyProfile(c, basis, basis.isEmpty() ? "" : CapexBasis.label(basis), fiscalNote,
                    List.copyOf(currencies)));
        }
        return out;
    }

    static Map<String, CompanyProfile> byId(List<CompanyProfile> profiles) {
        Map<String, CompanyProfile> byId = new LinkedHashMap<>();
        profiles.forEach(p -> byId.put(p.id(), p));
        return byId;
    }
}
