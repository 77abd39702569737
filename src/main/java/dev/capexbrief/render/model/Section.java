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
