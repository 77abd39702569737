package dev.capexbrief.analysis;

import dev.capexbrief.dataset.Qualifier;

import java.math.BigDecimal;

/**
 * A growth rate as a reader must quote it: to a floor ("over $100B") it is a minimum, "at least
 * +28.8%"; on a floor (a prior year of "more than $21 billion") a maximum, "at most +138.1%"; between
 * two floors it is not known at all; from a range it is the midpoint with the range beside it,
 * "+118.7% (+113.2% to +124.2%)".
 */
public final class Growths {
    private Growths() {
    }

    /**
     * What a growth rate's number is, decided from how its two ends were stated: the rate itself, a
     * minimum, a maximum, or no number at all. The one place the bound of a growth is decided; every
     * output prints {@link #words()} before the rate.
     */
    public enum Bound {
        /** Both ends are points or ranges: the rate is the rate. */
        EXACT(""),
        /** A floor on top ("over $100B" on $77.7B), or a ceiling beneath: the rate is a minimum. */
        AT_LEAST("at least "),
        /** A floor beneath ("~$50B" on "more than $21 billion"), or a ceiling on top: the rate is a maximum. */
        AT_MOST("at most "),
        /** Floors (or ceilings) at both ends: the two minimums bound the growth neither way. */
        UNKNOWN("");

        private final String words;

        Bound(String words) {
            this.words = words;
        }

        /** What is printed before the rate: "at least ", "at most ", or "". */
        public String words() {
            return words;
        }

        /**
         * The words of the bound a label carries ("Amazon at most +$25B": "at most "; a ceiling or a
         * sum with one, "up to $102B": "up to "), or "".
         */
        public static String wordsIn(String label) {
            for (Bound b : values()) {
                if (!b.words.isEmpty() && label.contains(b.words)) {
                    return b.words;
                }
            }
            String ceiling = MoneyFormat.words(Qualifier.AT_MOST);
            return label.startsWith(ceiling) ? ceiling : "";
        }

        /** The rate with its bound: "at most +138.1%", "+41.0%"; "n/a" when there is no rate to give. */
        public String label(BigDecimal ratio) {
            return this == UNKNOWN || ratio == null ? "n/a" : words + MoneyFormat.percentChange(ratio);
        }

        /** The growth of a figure stated as {@code to} on one stated as {@code from}. */
        public static Bound of(Qualifier to, Qualifier from) {
            int up = (to == Qualifier.AT_LEAST ? 1 : 0) + (from == Qualifier.AT_MOST ? 1 : 0);
            int down = (to == Qualifier.AT_MOST ? 1 : 0) + (from == Qualifier.AT_LEAST ? 1 : 0);
            return of(up > 0, down > 0);
        }

        /**
         * The growth of one sum on another, from what its bounds push it to: a floor in the sum on top
         * or a ceiling in the one beneath makes it a minimum ({@code atLeast}); a floor beneath or a
         * ceiling on top a maximum ({@code atMost}); both, unknown.
         */
        public static Bound of(boolean atLeast, boolean atMost) {
            return atLeast ? atMost ? UNKNOWN : AT_LEAST : atMost ? AT_MOST : EXACT;
        }

        /**
         * The growth of a sum from the growths of its parts: a part that is a minimum makes the sum's a
         * minimum, one that is a maximum a maximum, both (or an unknown part) leave it unknown.
         */
        public Bound with(Bound other) {
            return of(this == AT_LEAST || this == UNKNOWN || other == AT_LEAST || other == UNKNOWN,
                    this == AT_MOST || this == UNKNOWN || other == AT_MOST || other == UNKNOWN);
        }
    }

    /**
     * @param central growth at the central value (midpoint of a range, the floor of an "over")
     * @param low     growth at the low end of the range
     * @param high    growth at the high end of the range
     * @param bound   what the rate is: a bound is printed with its words and without the range
     */
    public static String label(BigDecimal central, BigDecimal low, BigDecimal high, Bound bound) {
        if (bound != Bound.EXACT) {
            return bound.label(central);
        }
        String mid = MoneyFormat.percentChange(central);
        String lo = MoneyFormat.percentChange(low);
        String hi = MoneyFormat.percentChange(high);
        return lo.equals(hi) ? mid : mid + " (" + lo + " to " + hi + ")";
    }

    /** The label without its range: "+118.7%", "at least +28.8%". */
    public static String main(String label) {
        int i = label.indexOf(" (");
        return i < 0 ? label : label.substring(0, i);
    }

    /** The range of a label, "+113.2% to +124.2%", or "". */
    public static String range(String label) {
        int i = label.indexOf(" (");
        return i < 0 ? "" : label.substring(i + 2, label.length() - 1);
    }
}
