package dev.capexbrief.analysis;

import dev.capexbrief.dataset.Amount;
import dev.capexbrief.dataset.Qualifier;

/**
 * What a guidance line's central number is, so a range or a floor is never mistaken for a stated
 * value when it is added into a total.
 */
public enum CentralKind {
    /** The amount as stated (exact or "about"). */
    STATED(""),
    /** The midpoint of a guided range. */
    MIDPOINT("midpoint"),
    /** The floor of "over"/"at least" guidance. */
    AT_LEAST("at least"),
    /** The ceiling of "up to"/"at most" guidance. */
    AT_MOST("at most"),
    /**
     * A multi-year plan's yearly average. No line counts at it yet (a multi-year line's central is
     * its total, its average is {@link GuidanceLine#annualAverage()}); kept so the set of words
     * templates may see stays the one they were written for.
     */
    ANNUAL_AVERAGE("annual average");

    private final String label;

    CentralKind(String label) {
        this.label = label;
    }

    /** The words templates show: "" for a stated value, else e.g. "midpoint" or "at least". */
    public String label() {
        return label;
    }

    static CentralKind of(Amount amount) {
        if (amount instanceof Amount.Range) {
            return MIDPOINT;
        }
        if (amount instanceof Amount.Bound b) {
            return b.qualifier() == Qualifier.AT_LEAST ? AT_LEAST : AT_MOST;
        }
        return STATED;
    }
}
