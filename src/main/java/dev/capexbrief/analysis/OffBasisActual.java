package dev.capexbrief.analysis;

/**
 * A company's actual for a fiscal year on a capex basis other than the one it guides on, for a year
 * with no actual on that basis (Amazon's FY2025 "about $131B" as plain {@code capex} while it guides
 * net of proceeds). Shown with its basis named wherever the year is shown, and never used for growth:
 * a plan is only ever compared with an actual on the plan's own basis.
 *
 * @param metric     the basis it is on, e.g. {@code capex}
 * @param basisLabel that basis in words, e.g. "capex as reported by the company"
 * @param actual     the year's value, how it was arrived at and its grade (never with a growth rate)
 */
public record OffBasisActual(String metric, String basisLabel, AnnualActual actual) {
    public OffBasisActual {
        if (actual.yoy() != null) {
            throw new IllegalArgumentException("an actual on another basis carries no growth rate");
        }
    }
}
