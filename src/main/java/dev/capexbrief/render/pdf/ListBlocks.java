package dev.capexbrief.render.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.ListItem;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.SplitCharacter;
import com.lowagie.text.pdf.DefaultSplitCharacter;
import com.lowagie.text.pdf.PdfChunk;
import dev.capexbrief.render.model.Block;
import dev.capexbrief.render.model.Source;

import java.util.ArrayList;
import java.util.List;

/**
 * The blocks that are lists or small type: titled bullet lists (notes, marks, data warnings) cut
 * with "… and 12 more", the numbered source list, and fine print (the disclaimer).
 */
final class ListBlocks {
    /** Companies named after a source before "and 1,995 more". */
    private static final int NAMES_PER_SOURCE = 5;
    /** Lets a long URL wrap after its slashes and punctuation instead of at an arbitrary letter. */
    private static final SplitCharacter URL_BREAKS = new UrlBreaks();
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
        c.subheading(b.title(), Composer.SUBHEADING + FIRST_LINES);
        for (Source ref : shown) {
            c.add(entry(ref));
        }
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

    private Paragraph entry(Source ref) {
        Styles s = c.styles();
        Phrase p = new Phrase("", s.small());
        p.add(new Chunk("[" + ref.number() + "] ", s.smallBold()));
        Chunk text = new Chunk(ref.text(), s.small());
        text.setSplitCharacter(URL_BREAKS);
        p.add(text);
        if (!ref.companies().isEmpty()) {
            p.add(new Chunk("  (" + companies(ref.companies()) + ")", s.small()));
        }
        Paragraph para = new Paragraph(p);
        para.setLeading(s.small().getSize() * 1.3f);
        para.setIndentationLeft(16);
        para.setFirstLineIndent(-16);
        para.setSpacingAfter(1.2f);
        return para;
    }

    /** "Amazon, Alphabet", or "Acme, Borealis, … and 1,995 more" for a source many companies cite. */
    private static String companies(List<String> names) {
        if (names.size() <= NAMES_PER_SOURCE) {
            return String.join(", ", names);
        }
        return String.join(", ", names.subList(0, NAMES_PER_SOURCE)) + " and "
                + Composer.count(names.size() - NAMES_PER_SOURCE) + " more";
    }

    private void more(int left, String what) {
        if (left > 0) {
            c.paragraph(Composer.more(left, what), c.styles().small(), 4);
        }
    }

    private static final class UrlBreaks extends DefaultSplitCharacter {
        @Override
        public boolean isSplitCharacter(int start, int current, int end, char[] cc, PdfChunk[] ck) {
            char ch = getCurrentCharacter(current, cc, ck);
            return "/?&=_.|".indexOf(ch) >= 0 || super.isSplitCharacter(start, current, end, cc, ck);
        }
    }
}
