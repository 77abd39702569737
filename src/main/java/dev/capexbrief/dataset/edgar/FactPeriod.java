package dev.capexbrief.dataset.edgar;

import dev.capexbrief.dataset.Period;

/**
 * What a duration fact covers in its company's fiscal calendar: {@code months} (3, 6, 9 or 12)
 * ending at fiscal {@code quarter} of {@code fiscalYear}. Three months are a discrete quarter; longer
 * spans are year-to-date ({@code months == 3 * quarter}), so Q1 is both.
 */
record FactPeriod(int fiscalYear, int quarter, int months) {
    FactPeriod {
        if (quarter < 1 || quarter > 4 || (months != 3 && months != 3 * quarter)) {
            throw new IllegalArgumentException(months + " months ending at Q" + quarter + " is neither a quarter nor year-to-date");
        }
    }

    static FactPeriod quarter(int fiscalYear, int quarter) {
        return new FactPeriod(fiscalYear, quarter, 3);
    }

    static FactPeriod yearToDate(int fiscalYear, int quarter) {
        return new FactPeriod(fiscalYear, quarter, 3 * quarter);
    }

    /** How an analyst names the span: Q2 for a discrete quarter, H1, 9M, FY for year-to-date. */
    String label() {
        if (months == 3) {
            return "Q" + quarter;
        }
        return switch (months) {
            case 6 -> "H1";
            case 9 -> "9M";
            default -> "FY";
        };
    }

    /** The capexbrief period this span is, when it is one: a quarter or a full year. */
    Period period() {
        if (months == 3) {
            return new Period.FiscalQuarter(fiscalYear, quarter);
        }
        if (months == 12) {
            return new Period.FiscalYear(fiscalYear);
        }
        throw new IllegalStateException(label() + " is not a capexbrief period");
    }
}
