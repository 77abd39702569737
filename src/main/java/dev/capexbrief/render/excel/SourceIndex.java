package dev.capexbrief.render.excel;

import dev.capexbrief.analysis.SourceRef;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The briefing's numbered sources and the row where the Sources sheet lists each one, so a table
 * can cite "[3] [12]" and link to the full reference instead of repeating long URLs.
 */
final class SourceIndex {
    private final Map<String, SourceRef> byText = new LinkedHashMap<>();
    private final Map<Integer, String> targets = new HashMap<>();

    SourceIndex(List<SourceRef> sources) {
        for (SourceRef s : sources) {
            byText.putIfAbsent(s.text(), s);
        }
    }

    /** Records where source {@code number} is listed (a hyperlink target). */
    void listedAt(int number, String target) {
        targets.put(number, target);
    }

    /** Writes a figure's sources as "[3] [12]" linked to the first one's listing, or as plain text. */
    void write(Grid grid, int r, int c, String source) {
        List<SourceRef> refs = refs(source);
        if (refs.isEmpty()) {
            grid.text(r, c, source, grid.styles().text());
            return;
        }
        StringBuilder label = new StringBuilder();
        for (SourceRef ref : refs) {
            label.append(label.length() == 0 ? "" : " ").append('[').append(ref.number()).append(']');
        }
        String target = targets.get(refs.get(0).number());
        if (target == null) {
            grid.text(r, c, label.toString(), grid.styles().text());
        } else {
            grid.internalLink(r, c, label.toString(), target);
        }
    }

    /** The numbered sources a figure's source field cites (parts separated by " | "). */
    List<SourceRef> refs(String source) {
        List<SourceRef> out = new ArrayList<>();
        if (source == null || source.isBlank()) {
            return out;
        }
        for (String part : source.split("\\s+\\|\\s+")) {
            SourceRef ref = byText.get(part.strip());
            if (ref != null && !out.contains(ref)) {
                out.add(ref);
            }
        }
        return out;
    }
}
