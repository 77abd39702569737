package dev.capexbrief.analysis;

import java.util.List;

/** One source the briefing relied on, with the companies whose figures cite it. */
public record SourceRef(int number, String text, boolean url, List<String> companies) {
    public SourceRef {
        companies = List.copyOf(companies);
    }
}
