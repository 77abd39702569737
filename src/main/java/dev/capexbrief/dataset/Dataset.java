package dev.capexbrief.dataset;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A validated dataset: its companies, the figures in file order, the FX table, and any warnings
 * the readers raised. Immutable.
 *
 * @param name where it came from, for messages and the methodology section
 */
public record Dataset(String name, Map<String, Company> companies, List<Figure> figures, List<FxRate> fxRates,
                      List<Problem> warnings) {

    public Dataset {
        // insertion order, not Map.copyOf: its iteration order changes from one JVM run to the next,
        // and company order decides colours and row order in every output
        companies = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(companies));
        figures = List.copyOf(figures);
        fxRates = List.copyOf(fxRates);
        warnings = List.copyOf(warnings);
    }

    public Collection<Company> companyList() {
        return companies.values();
    }

    /** The latest day any figure became public, the default as-of date. */
    public Optional<LocalDate> latestAnnouncement() {
        return figures.stream().map(Figure::announced).max(LocalDate::compareTo);
    }

    /** The first day any figure became public: a briefing before it has nothing to show. */
    public Optional<LocalDate> firstAnnouncement() {
        return figures.stream().map(Figure::announced).min(LocalDate::compareTo);
    }

    /** The most recent rate for a currency. */
    public Optional<FxRate> fxRate(String currency) {
        return fxRates.stream().filter(r -> r.currency().equals(currency))
                .max((a, b) -> a.asOf().compareTo(b.asOf()));
    }
}
