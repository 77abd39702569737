package dev.capexbrief.dataset.edgar;

/**
 * How long a fiscal span may be, in days, both ends counted. A 13-week quarter is 91 days and a
 * 14-week one 98; a 52-week year is 364 days and a 53-week one 371. The ranges leave room for
 * those and nothing else: a month too long or short is not the span it claims to be.
 */
enum Durations {
    QUARTER(3, 80, 100),
    HALF(6, 170, 195),
    NINE_MONTHS(9, 260, 285),
    YEAR(12, 350, 380);

    private final int months;
    private final int minDays;
    private final int maxDays;

    Durations(int months, int minDays, int maxDays) {
        this.months = months;
        this.minDays = minDays;
        this.maxDays = maxDays;
    }

    boolean fits(long days) {
        return days >= minDays && days <= maxDays;
    }

    /** Whether a span of {@code months} calendar months lasting {@code days} is one of the fiscal spans. */
    static boolean fits(long months, long days) {
        for (Durations d : values()) {
            if (d.months == months) {
                return d.fits(days);
            }
        }
        return false;
    }
}
