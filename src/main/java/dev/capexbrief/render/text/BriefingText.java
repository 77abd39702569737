package dev.capexbrief.render.text;

import java.util.List;
import java.util.Map;

/**
 * Every piece of narrative a briefing prints, rendered from the template set.
 *
 * @param title     heading = the briefing title (running header, metadata); paragraphs = the standfirst
 * @param takeaways the key takeaway sentences, 3 to 5
 * @param sections  heading and intro of each section
 * @param exhibits  title (a finding) and note of each chart
 */
public record BriefingText(TextBlock title, List<String> takeaways, Map<BriefingSection, TextBlock> sections,
                           Map<Exhibit, TextBlock> exhibits) {
    public BriefingText {
        takeaways = List.copyOf(takeaways);
        sections = Map.copyOf(sections);
        exhibits = Map.copyOf(exhibits);
    }

    public TextBlock section(BriefingSection s) {
        return sections.get(s);
    }

    public TextBlock exhibit(Exhibit e) {
        return exhibits.get(e);
    }
}
