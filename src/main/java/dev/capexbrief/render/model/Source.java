package dev.capexbrief.render.model;

import java.util.List;

/**
 * One entry of the briefing's source list, numbered once for the whole briefing; {@code cited}
 * when a table shown in short form cites it (a shortened list keeps every cited source).
 *
 * @param text  the source in full, as the dataset gives it: a web address or text
 * @param url   whether {@code text} is a web address, the link behind the label
 * @param label the line the source is listed under (the analysis makes it: see {@code SourceLabels})
 */
public record Source(int number, String text, boolean url, List<String> companies, boolean cited, String label) {
    public Source {
        companies = List.copyOf(companies);
    }
}
