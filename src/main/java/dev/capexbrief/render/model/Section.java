package dev.capexbrief.render.model;

import dev.capexbrief.render.text.BriefingSection;

import java.util.ArrayList;
import java.util.List;

/**
 * A section of the briefing: its id (also the workbook sheet it maps to), heading and intro from
 * {@code templates/sections/}, and its blocks in order.
 */
public record Section(BriefingSection id, String heading, List<String> intro, List<Block> blocks) {
    public Section {
        intro = List.copyOf(intro);
        blocks = List.copyOf(blocks);
    }

    /** The sentence that stands for the section when it has nothing to show, or empty. */
    public java.util.Optional<String> absence() {
        return blocks.stream().filter(b -> b instanceof Block.Absent).map(b -> ((Block.Absent) b).sentence()).findFirst();
    }

    /** True when no block shows anything: no chart, no prose, and every table the PDF prints is empty. */
    boolean showsNothing() {
        return blocks.stream().noneMatch(b -> b instanceof Block.Chart || b instanceof Block.Prose
                || b instanceof Block.Bullets || b instanceof Block.SourceList || b instanceof Block.FinePrint
                || b instanceof Block.Grid g && !g.table().detail()
                && (!g.table().rows().isEmpty() || !g.table().notes().isEmpty()));
    }

    public List<Exhibit> exhibits() {
        List<Exhibit> out = new ArrayList<>();
        blocks.forEach(b -> {
            if (b instanceof Block.Chart c) {
                out.add(c.exhibit());
            }
        });
        return out;
    }

    public List<Table> tables() {
        List<Table> out = new ArrayList<>();
        blocks.forEach(b -> {
            if (b instanceof Block.Grid g) {
                out.add(g.table());
            }
        });
        return out;
    }
}
