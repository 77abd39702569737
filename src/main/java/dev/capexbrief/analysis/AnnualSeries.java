package dev.capexbrief.analysis;

import java.util.List;
import java.util.Optional;

/**
 * One company's annual actuals on one basis, oldest first.
 *
 * @param offBasis for the headline series: the complete years the company reported only on another capex
 *                 basis, oldest first (shown with that basis named, never used for growth); empty otherwise
 */
public record AnnualSeries(CompanyProfile company, String metric, boolean headline, List<AnnualActual> years,
                           List<OffBasisActual> offBasis) {
    public AnnualSeries {
        years = List.copyOf(years);
        offBasis = List.copyOf(offBasis);
    }

    public AnnualSeries(CompanyProfile company, String metric, boolean headline, List<AnnualActual> years) {
        this(company, metric, headline, years, List.of());
    }

    /** The year's actual on another basis, when the company reported it only on that one. */
    public Optional<OffBasisActual> offBasis(int fiscalYear) {
        return offBasis.stream().filter(o -> o.actual().year().year() == fiscalYear).findFirst();
    }
}
