package dev.capexbrief.render.model;

import java.util.List;

/**
 * One entry of the briefing's source list, numbered once for the whole briefing; {@code cited}
 * when a table shown in short form cites it (a shortened list keeps every cited source).
 */
public record Source(int number, String text, boolean url, List<String> companies, boolean cited) {
    public Source {
        companies = List.copyOf(companies);
    }
}
