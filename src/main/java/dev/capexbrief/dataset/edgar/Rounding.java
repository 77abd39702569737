package dev.capexbrief.dataset.edgar;

import java.math.BigDecimal;

/**
 * Whether two reports of one period's value are the same figure. Filers change the precision they
 * report in (NVIDIA's 2014 capex of 29,068,000 came back in its 2015 10-Q as 29,000,000, Marvell's
 * 817,287,000 as 817,300,000): a value that is the other one rounded to its own coarser precision is
 * a comparative, not a restatement. Only a precision change counts, and only up to millions, so
 * 6,842,000,000 against 6,823,000,000 (Meta's restated Q1 2023 capex) is a different figure.
 */
final class Rounding {
    /** Filings are rounded to thousands or millions; a coarser "precision" is a round number by chance. */
    private static final int MAX_ROUNDING_DIGITS = 6;
    private static final int MIN_ROUNDING_DIGITS = 3;

    private Rounding() {
    }

    static boolean sameFigure(BigDecimal a, BigDecimal b) {
        if (a.compareTo(b) == 0) {
            return true;
        }
        if (a.signum() == 0 || b.signum() == 0) {
            return false;
        }
        int za = roundedDigits(a);
        int zb = roundedDigits(b);
        if (za == zb) {
            return false;
        }
        int digits = Math.max(za, zb);
        if (digits < MIN_ROUNDING_DIGITS) {
            return false;
        }
        BigDecimal halfUnit = BigDecimal.TEN.pow(digits).divide(BigDecimal.valueOf(2));
        return a.subtract(b).abs().compareTo(halfUnit) <= 0;
    }

    /** Trailing zeros of an integer value, up to {@link #MAX_ROUNDING_DIGITS}; 0 for a fraction. */
    private static int roundedDigits(BigDecimal v) {
        BigDecimal stripped = v.stripTrailingZeros();
        return Math.min(Math.max(0, -stripped.scale()), MAX_ROUNDING_DIGITS);
    }
}
