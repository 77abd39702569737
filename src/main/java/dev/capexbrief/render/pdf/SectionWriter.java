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
    /** What a heading takes, spacing included. */
    private static final float HEADING = 30;
    /** Room for the start of a list: its title and a few lines. */
    private static final float FEW_LINES = 50;
    /** Of a table under an exhibit, what must start on the exhibit's page: its header and first rows. */
    private static final float KEEP_ROWS = 70;
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
        if (s.absence().isPresent()) {
            // nothing to show: the one sentence, not a heading and an intro over an empty space
            c.paragraph(s.absence().get(), c.styles().colored(c.styles().body(), c.styles().theme().muted()), 6);
            return;
        }
        List<Block> blocks = s.blocks();
        Block first = blocks.isEmpty() ? null : blocks.get(0);
        Image chart = first instanceof Block.Chart ch ? c.chart(ch.exhibit()) : null;
        c.heading(s.heading(), pageOne ? PAGE_ONE_KEEP : keep(s, first, chart));
        s.intro().forEach(p -> c.paragraph(p, c.styles().body(), 4));
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b == first && chart != null) {
                c.add(chart);
            } else if (b instanceof Block.Chart ch) {
                Image image = c.chart(ch.exhibit());
                // an exhibit and the table under it start on one page: the chart, then the table's header and first rows
                Block next = i + 1 < blocks.size() ? blocks.get(i + 1) : null;
                float keep = image.getScaledHeight() + 12 + (next instanceof Block.Grid g && !g.table().detail()
                        ? Math.min(tables.keep(g.table()), KEEP_ROWS) : 0);
                if (c.room() < image.getScaledHeight() + 12 || c.room() < keep && !c.halfEmpty()) {
                    c.newPage();
                }
                c.add(image);
            } else {
                block(b, pageOne);
            }
        }
    }

    /**
     * The room the section's start needs on this page: heading, intro and the first block — a chart
     * whole, a short table whole (a long one its first rows), fine print whole, a list's first lines.
     */
    private float keep(Section s, Block first, Image chart) {
        float start = HEADING;
        for (String p : s.intro()) {
            start += c.height(p, c.styles().body(), 4);
        }
        if (chart != null) {
            return start + chart.getScaledHeight() + 12;
        }
        if (first instanceof Block.Grid g && !g.table().detail()) {
            return start + tables.keep(g.table()) + 10;
        }
        if (first instanceof Block.FinePrint f) {
            for (String p : f.paragraphs()) {
                start += c.height(p, c.styles().small(), 3);
            }
            return start;
        }
        return start + FEW_LINES;
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
