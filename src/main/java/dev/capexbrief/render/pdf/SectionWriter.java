package dev.capexbrief.render.pdf;

import com.lowagie.text.Image;
import dev.capexbrief.render.model.Block;
import dev.capexbrief.render.model.BriefingModel;
import dev.capexbrief.render.model.Section;

import java.util.List;

/**
 * A section of the model: its heading (an outline entry), kept on the page with the start of its
 * first block, its intro paragraphs, then its blocks in order. Tables of analyst detail are the
 * workbook's alone.
 */
final class SectionWriter {
    /** Room a heading wants below it when its section opens with text (its intro and a few lines). */
    private static final float TEXT_KEEP = 140;
    /** What a heading and a two- or three-line intro take, above the first block. */
    private static final float HEADING_AND_INTRO = 80;
    /** Room a heading on page one wants: its intro and the first rows of its table. */
    private static final float PAGE_ONE_KEEP = 90;

    private final Composer c;
    private final TableBlock tables;
    private final ListBlocks lists;

    SectionWriter(Composer composer, BriefingModel model) {
        this.c = composer;
        this.tables = new TableBlock(composer, model);
        this.lists = new ListBlocks(composer);
    }

    /** The section; on page one ({@code pageOne}) its tables shorten to stay on the page. */
    void write(Section s, boolean pageOne) {
        List<Block> blocks = s.blocks();
        Block first = blocks.isEmpty() ? null : blocks.get(0);
        Image chart = first instanceof Block.Chart ch ? c.chart(ch.exhibit()) : null;
        c.heading(s.heading(), pageOne ? PAGE_ONE_KEEP : keep(first, chart));
        for (String p : s.intro()) {
            c.paragraph(p, c.styles().body(), 4);
        }
        for (Block b : blocks) {
            if (b == first && chart != null) {
                c.add(chart);
            } else {
                block(b, pageOne);
            }
        }
    }

    /** The room to leave for the section's start: a chart whole, a short table whole, else a few lines. */
    private float keep(Block first, Image chart) {
        if (chart != null) {
            return chart.getScaledHeight() + HEADING_AND_INTRO + 10;
        }
        if (first instanceof Block.Grid g && !g.table().detail()) {
            return tables.keep(g.table()) + HEADING_AND_INTRO;
        }
        return TEXT_KEEP;
    }

    private void block(Block b, boolean pageOne) {
        if (b instanceof Block.Prose p) {
            p.paragraphs().forEach(x -> c.paragraph(x, c.styles().body(), 4));
        } else if (b instanceof Block.Chart ch) {
            c.add(c.chart(ch.exhibit()));
        } else if (b instanceof Block.Grid g && !g.table().detail()) {
            if (pageOne) {
                tables.writeFitted(g.table());
            } else {
                tables.write(g.table());
            }
        } else if (b instanceof Block.Bullets l) {
            lists.bullets(l);
        } else if (b instanceof Block.SourceList l) {
            lists.sources(l);
        } else if (b instanceof Block.FinePrint f) {
            lists.finePrint(f);
        }
    }
}
