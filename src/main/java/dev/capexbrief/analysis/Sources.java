package dev.capexbrief.analysis;

import dev.capexbrief.dataset.Figure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Every source the visible figures cite, numbered in order of first use, split on " | ". */
final class Sources {
    private Sources() {
    }

    static List<SourceRef> of(Map<String, List<Figure>> byCompany, Map<String, CompanyProfile> profiles) {
        Map<String, Set<String>> companies = new LinkedHashMap<>();
        byCompany.forEach((id, figures) -> {
            String name = profiles.get(id).name();
            String last = null;
            for (Figure f : figures) {
                if (f.source().equals(last)) {
                    continue;
                }
                last = f.source();
                for (String part : f.source().split("\\s+\\|\\s+")) {
                    String s = part.strip();
                    if (!s.isEmpty()) {
                        companies.computeIfAbsent(s, k -> new LinkedHashSet<>()).add(name);
                    }
                }
            }
        });
        List<SourceRef> out = new ArrayList<>();
        companies.forEach((text, names) -> out.add(new SourceRef(out.size() + 1, text,
                text.startsWith("http://") || text.startsWith("https://"), List.copyOf(names))));
        return out;
    }
}
