package dev.capexbrief.dataset.edgar;

import java.util.List;
import java.util.Objects;

/** The facts a payload holds for one mapped concept in one unit (a currency code, e.g. {@code USD}). */
public record ConceptFacts(Concept concept, String unit, List<Fact> facts) {
    public ConceptFacts {
        Objects.requireNonNull(concept, "concept");
        Objects.requireNonNull(unit, "unit");
        facts = List.copyOf(facts);
    }
}
