package dev.capexbrief.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** The order companies appear in exhibits: by focus-year plan, then by latest annual actual. */
final class Ranking {
    private Ranking() {
    }

    /**
     * Company ids, largest first: every company with focus-year guidance in the guidance order (it
     * is sorted largest first), then the others with headline actuals by their latest year's value.
     */
    static List<String> of(List<GuidanceLine> guidance, List<AnnualSeries> history) {
        Set<String> ids = new LinkedHashSet<>();
        guidance.forEach(g -> ids.add(g.company().id()));
        history.stream().filter(AnnualSeries::headline).filter(s -> !s.years().isEmpty())
                .sorted(Comparator.comparing((AnnualSeries s) -> s.years().get(s.years().size() - 1).value())
                        .reversed().thenComparing(s -> s.company().id()))
                .forEach(s -> ids.add(s.company().id()));
        return List.copyOf(ids);
    }

    /** {@code items} in {@code ranking}'s order of their company ids, unranked ones last in their own order. */
    static <T> List<T> inOrder(List<T> items, Function<? super T, String> companyId, List<String> ranking) {
        Map<String, Integer> rank = new HashMap<>();
        for (int i = 0; i < ranking.size(); i++) {
            rank.put(ranking.get(i), i);
        }
        List<T> out = new ArrayList<>(items);
        out.sort(Comparator.comparing(t -> rank.getOrDefault(companyId.apply(t), Integer.MAX_VALUE)));
        return out;
    }
}
