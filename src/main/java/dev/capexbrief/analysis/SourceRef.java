package dev.capexbrief.analysis;

import java.util.List;

/**
 * One source the briefing relied on, with the companies whose figures cite it.
 *
 * @param text  the source as the dataset gives it: a web address or text
 * @param url   whether {@code text} is a web address (the outputs link to it)
 * @param label the short line it is listed under, e.g. "Alphabet 10-Q for Q1 2026, filed 2026-04-30"
 * @param filer the one company whose figures cite it ("Alphabet"), so a list can name the company once
 *              over its sources; "" when several companies' figures cite it
 * @param brief the label without that company: "10-Q for Q1 2026, filed 2026-04-30", "observer.com,
 *              2025-02-05" (the label itself when it does not start with the company)
 */
public record SourceRef(int number, String text, boolean url, List<String> companies, String label, String filer,
                        String brief) {
    public SourceRef {
        companies = List.copyOf(companies);
        filer = filer == null ? "" : filer;
        brief = brief == null ? "" : brief;
    }

    public SourceRef(int number, String text, boolean url, List<String> companies, String label) {
        this(number, text, url, companies, label, "", "");
    }
}
