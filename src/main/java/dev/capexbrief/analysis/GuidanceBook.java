package dev.capexbrief.analysis;

import dev.capexbrief.dataset.Figure;
import dev.capexbrief.dataset.Period;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Guidance chains: for each company, metric and period, every announcement in date order. The last
 * one is the current guidance; each change of amount is a revision; a repeat is a reiteration.
 */
final class GuidanceBook {
    record Key(String company, String metric, Period period) {
    }

    private final Map<Key, List<Figure>> chains = new LinkedHashMap<>();

    void add(Figure f) {
        if (f.isGuidance()) {
            chains.computeIfAbsent(new Key(f.company().id(), f.metric(), f.period()), k -> new ArrayList<>()).add(f);
        }
    }

    /** Chains sorted by announcement, each non-empty. */
    Map<Key, List<Figure>> chains() {
        chains.values().forEach(l -> l.sort(Comparator.comparing(Figure::announced).thenComparingLong(Figure::line)));
        return chains;
    }

    static boolean sameAmount(Figure a, Figure b) {
        return a.amount().getClass() == b.amount().getClass()
                && a.amount().qualifier() == b.amount().qualifier()
                && a.currency().equals(b.currency()) && a.unit() == b.unit()
                && cmp(a.amount().low(), b.amount().low()) && cmp(a.amount().high(), b.amount().high());
    }

    private static boolean cmp(java.math.BigDecimal x, java.math.BigDecimal y) {
        return x == null ? y == null : y != null && x.compareTo(y) == 0;
    }

    /** The last guidance before {@code index} in a chain with a different amount, or null. */
    static Figure previousDifferent(List<Figure> chain, int index) {
        for (int i = index - 1; i >= 0; i--) {
            if (!sameAmount(chain.get(i), chain.get(index))) {
                return chain.get(i);
            }
        }
        return null;
    }
}
