package dev.capexbrief.analysis;

import dev.capexbrief.dataset.Figure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Every source the visible figures cite, numbered in order of first use, split on " | ", each with
 * the companies that cite it and its label ({@link SourceLabels}).
 */
final class Sources {
    private static final Pattern PARTS = Pattern.compile("\\s+\\|\\s+");

    private Sources() {
    }

    static List<SourceRef> of(Map<String, List<Figure>> byCompany, Map<String, CompanyProfile> profiles) {
        Map<String, Cited> sources = new LinkedHashMap<>();
        Map<String, Filing> filings = new HashMap<>();
        byCompany.forEach((id, figures) -> {
            String name = profiles.get(id).name();
            String last = null;
            List<Cited> parts = List.of();
            for (Figure f : figures) {
                if (!f.source().equals(last)) {
                    last = f.source();
                    parts = parts(f.source(), name, sources);
                }
                parts.forEach(p -> p.cite(f));
                if (!f.accession().isBlank()) {
                    filings.computeIfAbsent(Filing.folder(f.accession().strip()), k -> new Filing(f)).add(f);
                }
            }
        });
        List<String> texts = new ArrayList<>(sources.keySet());
        List<List<String>> names = sources.values().stream().map(c -> List.copyOf(c.companies)).toList();
        List<LocalDate> days = sources.values().stream().map(c -> c.day).toList();
        SourceLabels labeller = new SourceLabels(filings);
        List<String> labels = labeller.labels(texts, names, days);
        List<SourceRef> out = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            String label = labels.get(i);
            String filer = names.get(i).size() == 1 ? names.get(i).get(0) : "";
            String brief = labeller.filing(texts.get(i)).map(Filing::brief)
                    .orElse(!filer.isEmpty() && label.startsWith(filer + ": ") ? label.substring(filer.length() + 2) : label);
            out.add(new SourceRef(i + 1, texts.get(i), isUrl(texts.get(i)), names.get(i), label, filer, brief));
        }
        return out;
    }

    static boolean isUrl(String text) {
        return text.startsWith("http://") || text.startsWith("https://");
    }

    private static List<Cited> parts(String field, String company, Map<String, Cited> sources) {
        List<Cited> out = new ArrayList<>(1);
        for (String part : PARTS.split(field)) {
            String s = part.strip();
            if (!s.isEmpty()) {
                Cited c = sources.computeIfAbsent(s, k -> new Cited());
                c.companies.add(company);
                out.add(c);
            }
        }
        return out;
    }

    /** Who cites one source, and the latest day a figure citing it was announced, when the data states it. */
    private static final class Cited {
        private final Set<String> companies = new LinkedHashSet<>();
        private LocalDate day;

        void cite(Figure f) {
            if (f.announcedStated() && (day == null || f.announced().isAfter(day))) {
                day = f.announced();
            }
        }
    }
}
