package dev.capexbrief.analysis;

import java.util.List;

/**
 * Counts that meet a noun, written so they read right: "1 company", "3 companies", "1 source".
 * The one Java helper for it; templates use the {@code plural} function of {@code common.ftl}, which
 * calls this.
 */
public final class Plural {
    private Plural() {
    }

    /** "1 company", "2 companies", "1 quarter", "4 quarters": the count and the noun in the right number. */
    public static String count(long n, String singular, String plural) {
        return n + " " + noun(n, singular, plural);
    }

    /** The noun alone, in the number {@code n} calls for. */
    public static String noun(long n, String singular, String plural) {
        return n == 1 ? singular : plural;
    }

    /** "Amazon", "Amazon and Meta", "Amazon, Meta and Oracle". */
    public static String list(List<String> items) {
        if (items.size() <= 1) {
            return items.isEmpty() ? "" : items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }
}
