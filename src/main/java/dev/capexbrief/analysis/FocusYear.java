package dev.capexbrief.analysis;

import dev.capexbrief.dataset.Figure;
import dev.capexbrief.dataset.Period;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The fiscal year a briefing is about when the user names none. */
final class FocusYear {
    private FocusYear() {
    }

    /**
     * The fiscal year most companies are guiding on their headline basis that has no complete actual
     * yet; ties go to the later year. Without open guidance, the as-of date's year.
     */
    static int choose(Map<GuidanceBook.Key, List<Figure>> chains, Map<String, Map<String, AnnualCapex>> actuals,
                      Map<String, CompanyProfile> profiles, LocalDate asOf) {
        Map<Integer, Integer> open = new TreeMap<>();
        for (GuidanceBook.Key k : chains.keySet()) {
            CompanyProfile p = profiles.get(k.company());
            if (!(k.period() instanceof Period.FiscalYear fy) || p == null || !k.metric().equals(p.basis())) {
                continue;
            }
            AnnualCapex a = actuals.get(k.company()).get(k.metric());
            if (a == null || a.year(fy.year()).isEmpty()) {
                open.merge(fy.year(), 1, Integer::sum);
            }
        }
        return open.entrySet().stream()
                .max(Map.Entry.<Integer, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).orElse(asOf.getYear());
    }
}
