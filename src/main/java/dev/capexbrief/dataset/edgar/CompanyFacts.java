package dev.capexbrief.dataset.edgar;

import java.util.List;
import java.util.Objects;

/**
 * What {@link CompanyFactsReader} keeps of one payload: who the company is and the facts of the
 * concepts the {@link ConceptMap} maps, in payload order. Every other concept is skipped unread.
 *
 * @param source where the payload came from, for messages ({@code CIK0000320193.json}, {@code companyfacts.zip!/...})
 */
public record CompanyFacts(long cik, String entityName, String source, List<ConceptFacts> concepts) {
    public CompanyFacts {
        Objects.requireNonNull(entityName, "entityName");
        Objects.requireNonNull(source, "source");
        concepts = List.copyOf(concepts);
    }

    /** Number of facts kept. */
    public int factCount() {
        return concepts.stream().mapToInt(c -> c.facts().size()).sum();
    }
}
