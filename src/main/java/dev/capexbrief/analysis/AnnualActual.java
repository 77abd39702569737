package dev.capexbrief.analysis;

import dev.capexbrief.dataset.Confidence;
import dev.capexbrief.dataset.Period;
import dev.capexbrief.dataset.Qualifier;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A fiscal year's actual on one basis.
 *
 * @param provenance reported, summed from four quarters, a partial year or derived from components
 * @param yoy        growth on the previous fiscal year on the same basis, or null (always null for a partial year,
 *                   and where both years were stated as floors, {@link #yoyBound()})
 * @param confidence how well the value is evidenced: the annual figure's grade, or the weakest of the
 *                   quarters or components it is computed from
 * @param yoyConfidence the weaker of this year's and the previous year's grades (what the growth rests on)
 * @param decimals   the decimals the value shows in every output, decided where the year is made: a
 *                   reported figure's as it was stated ("more than $21 billion" is $21B, never $21.0B),
 *                   a year summed from quarters or derived from components the rule's for a computed amount
 * @param qualifier  how a reported figure was stated: {@link Qualifier#AT_LEAST} for "more than $21
 *                   billion" (the value is a floor); {@link Qualifier#EXACT} for a summed or derived year
 * @param yoyBound   what {@code yoy} is: at most on a floor the year before, at least when this year is a
 *                   floor, unknown (and {@code yoy} null) when both are; {@link Growths.Bound#EXACT} when null
 */
public record AnnualActual(Period.FiscalYear year, BigDecimal value, Provenance provenance, BigDecimal yoy,
                           Confidence confidence, Confidence yoyConfidence, int decimals, Qualifier qualifier,
                           Growths.Bound yoyBound) {
    public AnnualActual {
        Objects.requireNonNull(year);
        Objects.requireNonNull(value);
        Objects.requireNonNull(provenance);
        Objects.requireNonNull(confidence);
        yoyConfidence = Objects.requireNonNullElse(yoyConfidence, confidence);
        qualifier = Objects.requireNonNullElse(qualifier, Qualifier.EXACT);
        yoyBound = Objects.requireNonNullElse(yoyBound, Growths.Bound.EXACT);
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

    /** The value was stated as a floor ("more than $21 billion"): the year spent at least that. */
    public boolean floor() {
        return qualifier == Qualifier.AT_LEAST;
    }

    /** The actual as every output says it: "over $21B", "$55.7B", "$35.0B" for a derived year. */
    public String label(String currency) {
        return MoneyFormat.qualified(value, decimals, qualifier, currency);
    }

    /**
     * This year with its growth on {@code previous} (the fiscal year before, on the same basis), bounded
     * as the two years were stated: none between two floors.
     */
    AnnualActual withYoy(BigDecimal growth, AnnualActual previous) {
        Growths.Bound bound = growth == null ? Growths.Bound.EXACT : Growths.Bound.of(qualifier, previous.qualifier());
        return new AnnualActual(year, value, provenance, bound == Growths.Bound.UNKNOWN ? null : growth, confidence,
                growth == null ? confidence : Confidence.weakest(confidence, previous.confidence()), decimals,
                qualifier, bound);
    }

    /** The growth on the year before as every output writes it: "+20.0%", "at least +20.0%"; "" without one. */
    public String yoyLabel() {
        return yoy == null ? "" : yoyBound.label(yoy);
    }

    /** Both years were stated as floors: the growth between them is not known, and no rate is given. */
    public boolean yoyUnknown() {
        return yoyBound == Growths.Bound.UNKNOWN;
    }
}
