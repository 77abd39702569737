package dev.capexbrief.render.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.ListItem;
import dev.capexbrief.render.model.Block;
import dev.capexbrief.render.model.Source;

import java.util.ArrayList;
import java.util.List;

/**
 * The blocks that are lists or small type: titled bullet lists (notes, marks, data warnings) cut
 * with "… and 12 more", the numbered source list (set by {@link SourceColumns}), and fine print (the
 * disclaimer).
 */
final class ListBlocks {
    /** Room a list's title wants below it: its first couple of lines. */
    private static final float FIRST_LINES = 20;

    private final Composer c;

    ListBlocks(Composer composer) {
        this.c = composer;
    }

    void bullets(Block.Bullets b) {
        if (b.items().isEmpty()) {
            return;
        }
        Styles s = c.styles();
        c.subheading(b.title(), Composer.SUBHEADING + FIRST_LINES);
        com.lowagie.text.List list = new com.lowagie.text.List(false, 9);
        list.setListSymbol(new Chunk("\u2022", s.small()));
        for (String line : b.items().subList(0, Math.min(b.shortItems(), b.items().size()))) {
            ListItem item = new ListItem(Composer.chunk(line, s.smallInk()));
            item.setLeading(s.small().getSize() * 1.35f);
            item.setSpacingAfter(1.5f);
            list.add(item);
        }
        c.add(list);
        more(b.items().size() - b.shortItems(), b.more());
    }

    /**
     * Every source when the list's short form holds them all; else every source a shown table cites
     * and the first others up to {@code shortItems}, then how many more the workbook lists.
     */
    void sources(Block.SourceList b) {
        if (b.sources().isEmpty()) {
            return;
        }
        List<Source> shown = shown(b);
        new SourceColumns(c).write(b.title(), shown);
        more(b.sources().size() - shown.size(), b.more());
    }

    void finePrint(Block.FinePrint b) {
        for (String p : b.paragraphs()) {
            c.paragraph(p, c.styles().small(), 3);
        }
    }

    private static List<Source> shown(Block.SourceList b) {
        if (b.shortItems() >= b.sources().size()) {
            return b.sources();
        }
        long cited = b.sources().stream().filter(Source::cited).count();
        long uncited = Math.max(0, b.shortItems() - cited);
        List<Source> out = new ArrayList<>();
        for (Source s : b.sources()) {
            if (s.cited()) {
                out.add(s);
            } else if (uncited > 0) {
                out.add(s);
                uncited--;
            }
        }
        return out;
    }

    private void more(int left, String what) {
        if (left > 0) {
            c.paragraph(Composer.more(left, what), c.styles().small(), 4);
        }
    }
}
