package dev.capexbrief.render.text;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Every piece of narrative a briefing prints, rendered from the template set: the title and
 * standfirst, the takeaways, each section's heading and intro, and each exhibit's title (a
 * finding) and note, from {@code exhibits/<id>.ftl}. An exhibit's text is rendered when it is
 * first asked for, so a new exhibit needs only its template, not a list of exhibits here.
 */
public final class BriefingText {
    private final TextBlock title;
    private final List<String> takeaways;
    private final Map<BriefingSection, TextBlock> sections;
    private final Function<String, TextBlock> exhibitTemplates;
    private final Map<String, TextBlock> exhibits = new HashMap<>();
    private final List<String> dataAge;

    /**
     * @param title     heading = the briefing title (running header, metadata); paragraphs = the standfirst
     * @param takeaways the key takeaway sentences, 3 to 5
     * @param sections  heading and intro of each section
     * @param exhibits  renders {@code exhibits/<id>.ftl} for an exhibit id
     * @param dataAge   how old the data is, when that matters ({@code data-age.ftl}): one line a paragraph,
     *                  none when the data is fresh
     */
    public BriefingText(TextBlock title, List<String> takeaways, Map<BriefingSection, TextBlock> sections,
                        Function<String, TextBlock> exhibits, List<String> dataAge) {
        this.title = title;
        this.takeaways = List.copyOf(takeaways);
        this.sections = Map.copyOf(sections);
        this.exhibitTemplates = exhibits;
        this.dataAge = List.copyOf(dataAge);
    }

    /** The warning that the newest figure is old ("Data as of 2026-09-10, 84 days old ..."), or none. */
    public List<String> dataAge() {
        return dataAge;
    }

    public TextBlock title() {
        return title;
    }

    public List<String> takeaways() {
        return takeaways;
    }

    public TextBlock section(BriefingSection s) {
        return sections.get(s);
    }

    /** The title and note of exhibit {@code id} ("guidance", "history", ...): {@code exhibits/<id>.ftl}. */
    public TextBlock exhibit(String id) {
        return exhibits.computeIfAbsent(id, exhibitTemplates);
    }
}
