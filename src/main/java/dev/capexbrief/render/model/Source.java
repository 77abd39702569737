package dev.capexbrief.render.model;

import java.util.List;

/**
 * One entry of the briefing's source list, numbered once for the whole briefing; {@code cited}
 * when a table shown in short form cites it (a shortened list keeps every cited source).
 *
 * @param text  the source in full, as the dataset gives it: a web address or text
 * @param url   whether {@code text} is a web address, the link behind the label
 * @param label the line the source is listed under (the analysis makes it: see {@code SourceLabels})
 * @param filer the one company whose figures cite it, so a list can name it once over its sources; ""
 *              when several companies' figures cite it
 * @param brief the label without that company
 */
public record Source(int number, String text, boolean url, List<String> companies, boolean cited, String label,
                     String filer, String brief) {
    public Source {
        companies = List.copyOf(companies);
        filer = filer == null ? "" : filer;
        brief = brief == null ? "" : brief;
    }

    public Source(int number, String text, boolean url, List<String> companies, boolean cited, String label) {
        this(number, text, url, companies, cited, label, "", "");
    }
}
