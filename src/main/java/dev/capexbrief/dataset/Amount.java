package dev.capexbrief.dataset;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;

/**
 * An exact amount as a company stated it: a point (exact or "about"), a range ("$60–65B") or a
 * one-sided bound ("over $100B"). Ranges and bounds are never flattened without a label:
 * {@link #central()} is the number used in totals and {@link #centralLabel()} says what it is.
 */
public sealed interface Amount permits Amount.Point, Amount.Range, Amount.Bound {

    /** The value used for totals and growth: the point, the midpoint of a range, or the bound. */
    BigDecimal central();

    /** What {@link #central()} means: "", "midpoint" or "at least"/"at most". */
    String centralLabel();

    BigDecimal low();

    BigDecimal high();

    Qualifier qualifier();

    /** The same amount with every value multiplied (unit or currency conversion). */
    Amount times(BigDecimal factor);

    /** A single stated number, exact or approximate. */
    record Point(BigDecimal value, Qualifier qualifier) implements Amount {
        public Point {
            Objects.requireNonNull(value);
            if (qualifier != Qualifier.EXACT && qualifier != Qualifier.ABOUT) {
                throw new IllegalArgumentException("a point is exact or about");
            }
        }
        @Override public BigDecimal central() { return value; }
        @Override public String centralLabel() { return ""; }
        @Override public BigDecimal low() { return value; }
        @Override public BigDecimal high() { return value; }
        @Override public Amount times(BigDecimal f) { return new Point(value.multiply(f), qualifier); }
    }

    /** A guided range, low to high. */
    record Range(BigDecimal low, BigDecimal high) implements Amount {
        public Range {
            Objects.requireNonNull(low);
            Objects.requireNonNull(high);
            if (high.compareTo(low) < 0) {
                throw new IllegalArgumentException("high is below low");
            }
        }
        @Override public BigDecimal central() {
            return low.add(high).divide(BigDecimal.valueOf(2), MathContext.DECIMAL64).stripTrailingZeros();
        }
        @Override public String centralLabel() { return "midpoint"; }
        @Override public Qualifier qualifier() { return Qualifier.EXACT; }
        @Override public Amount times(BigDecimal f) { return new Range(low.multiply(f), high.multiply(f)); }
    }

    /** A floor ("at least", "over") or a ceiling ("at most", "up to"). */
    record Bound(BigDecimal value, Qualifier qualifier) implements Amount {
        public Bound {
            Objects.requireNonNull(value);
            if (qualifier != Qualifier.AT_LEAST && qualifier != Qualifier.AT_MOST) {
                throw new IllegalArgumentException("a bound is at_least or at_most");
            }
        }
        @Override public BigDecimal central() { return value; }
        @Override public String centralLabel() { return qualifier == Qualifier.AT_LEAST ? "at least" : "at most"; }
        @Override public BigDecimal low() { return qualifier == Qualifier.AT_LEAST ? value : null; }
        @Override public BigDecimal high() { return qualifier == Qualifier.AT_MOST ? value : null; }
        @Override public Amount times(BigDecimal f) { return new Bound(value.multiply(f), qualifier); }
    }
}
