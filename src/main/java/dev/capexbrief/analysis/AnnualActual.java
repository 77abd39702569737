package dev.capexbrief.analysis;

import dev.capexbrief.dataset.Period;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A fiscal year's actual on one basis.
 *
 * @param provenance reported, summed from four quarters, a partial year or derived from components
 * @param yoy        growth on the previous fiscal year on the same basis, or null (always null for a partial year)
 */
public record AnnualActual(Period.FiscalYear year, BigDecimal value, Provenance provenance, BigDecimal yoy) {
    public AnnualActual {
        Objects.requireNonNull(year);
        Objects.requireNonNull(value);
        Objects.requireNonNull(provenance);
        if (yoy != null && provenance instanceof Provenance.PartialYear) {
            throw new IllegalArgumentException(year.label() + " is a partial year; it has no growth rate");
        }
    }

    /** The filing cited, the latest quarter's for a year built from quarters, or how a derived year was derived. */
    public String source() {
        return provenance.source();
    }

    /** Quarters found for the year: 4 when summed, 1 to 3 when partial, 0 when an annual figure exists. */
    public int quarters() {
        return provenance.quarters();
    }

    /** The value is the sum of four quarters (no annual figure). */
    public boolean fromQuarters() {
        return provenance instanceof Provenance.SummedFromQuarters;
    }

    /** Fewer than four quarters and no annual figure: the value is the partial sum. */
    public boolean partial() {
        return provenance instanceof Provenance.PartialYear;
    }

    /** Computed from reported components (e.g. purchases − proceeds). */
    public boolean derived() {
        return provenance instanceof Provenance.Derived;
    }

    AnnualActual withYoy(BigDecimal growth) {
        return new AnnualActual(year, value, provenance, growth);
    }
}
