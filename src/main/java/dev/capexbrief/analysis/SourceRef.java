package dev.capexbrief.analysis;

import java.util.List;

/**
 * One source the briefing relied on, with the companies whose figures cite it.
 *
 * @param text  the source as the dataset gives it: a web address or text
 * @param url   whether {@code text} is a web address (the outputs link to it)
 * @param label the short line it is listed under, e.g. "Alphabet 10-Q for Q1 2026, filed 2026-04-30"
 */
public record SourceRef(int number, String text, boolean url, List<String> companies, String label) {
    public SourceRef {
        companies = List.copyOf(companies);
    }
}
