package dev.capexbrief.render.model;

import dev.capexbrief.analysis.SourceRef;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** Turns a figure's source field (parts joined with " | ") into the briefing's source numbers, given once. */
final class SourceNumbers {
    private static final Pattern PARTS = Pattern.compile("\\s+\\|\\s+");

    private final Map<String, Integer> numbers = new HashMap<>();

    SourceNumbers(List<SourceRef> sources) {
        sources.forEach(s -> numbers.putIfAbsent(s.text(), s.number()));
    }

    Cell.Sources cite(String sourceField) {
        if (sourceField == null || sourceField.isBlank()) {
            return new Cell.Sources(List.of(), "");
        }
        TreeSet<Integer> found = new TreeSet<>();
        for (String part : PARTS.split(sourceField)) {
            Integer n = numbers.get(part.strip());
            if (n != null) {
                found.add(n);
            }
        }
        return new Cell.Sources(List.copyOf(found), found.isEmpty() ? sourceField : "");
    }
}
