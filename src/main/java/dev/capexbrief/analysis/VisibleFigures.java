package dev.capexbrief.analysis;

import dev.capexbrief.dataset.Dataset;
import dev.capexbrief.dataset.Figure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What a briefing may see: the figures public on or before its as-of date, so an old week regenerates exactly. */
final class VisibleFigures {
    private VisibleFigures() {
    }

    /** Figures announced on or before {@code asOf}, by company id, in dataset order. */
    static Map<String, List<Figure>> byCompany(Dataset dataset, LocalDate asOf) {
        Map<String, List<Figure>> byCompany = new LinkedHashMap<>();
        for (Figure f : dataset.figures()) {
            if (!f.announced().isAfter(asOf)) {
                byCompany.computeIfAbsent(f.company().id(), k -> new ArrayList<>()).add(f);
            }
        }
        return byCompany;
    }

    /**
     * The latest announcement date the data states, else {@code asOf}. A date inferred from a filing
     * deadline is left out: it says when a figure was due, not when the data was last brought up to date.
     */
    static LocalDate cutoff(Map<String, List<Figure>> byCompany, LocalDate asOf) {
        return byCompany.values().stream().flatMap(List::stream)
                .filter(Figure::announcedStated).map(Figure::announced).max(LocalDate::compareTo).orElse(asOf);
    }
}
