package dev.capexbrief.analysis;

import java.util.List;

/** One company's annual actuals on one basis, oldest first. */
public record AnnualSeries(CompanyProfile company, String metric, boolean headline, List<AnnualActual> years) {
    public AnnualSeries {
        years = List.copyOf(years);
    }
}
