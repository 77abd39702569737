package dev.capexbrief.render.pdf;

import dev.capexbrief.analysis.SourceRef;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The numbers of the briefing's source list, looked up from a figure's source field (several
 * sources are joined with " | "). Remembers every number it gave out, so a shortened source list
 * still holds every source the document cites.
 */
final class SourceIndex {
    private final Map<String, Integer> numbers;
    private final Set<Integer> cited = new TreeSet<>();

    SourceIndex(List<SourceRef> sources) {
        this.numbers = sources.stream().collect(Collectors.toMap(SourceRef::text, SourceRef::number, (a, b) -> a));
    }

    /** "[5, 6, 9]" for a source field, or "" when none is listed. */
    String refs(String sourceField) {
        if (sourceField == null || sourceField.isBlank()) {
            return "";
        }
        TreeSet<Integer> found = new TreeSet<>();
        for (String part : sourceField.split("\\s+\\|\\s+")) {
            Integer n = numbers.get(part.strip());
            if (n != null) {
                found.add(n);
            }
        }
        cited.addAll(found);
        return found.isEmpty() ? "" : found.stream().map(String::valueOf)
                .collect(Collectors.joining(", ", "[", "]"));
    }

    /** The numbers cited so far, in order. */
    Set<Integer> cited() {
        return Collections.unmodifiableSet(cited);
    }

}
