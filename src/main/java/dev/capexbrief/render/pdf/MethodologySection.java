package dev.capexbrief.render.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.ListItem;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.SplitCharacter;
import com.lowagie.text.pdf.DefaultSplitCharacter;
import com.lowagie.text.pdf.PdfChunk;
import dev.capexbrief.analysis.Briefing;
import dev.capexbrief.analysis.SourceRef;
import dev.capexbrief.dataset.FxRate;
import dev.capexbrief.dataset.Problem;
import dev.capexbrief.render.text.BriefingSection;

/** Methodology & sources: the briefing's notes (bases, fiscal calendars, totals), FX rates, data warnings, every source. */
final class MethodologySection {
    private final Composer c;

    MethodologySection(Composer composer) {
        this.c = composer;
    }

    void write() {
        Briefing b = c.briefing();
        Styles s = c.styles();
        c.section(BriefingSection.METHODOLOGY, 160);
        c.subheading("Notes");
        bullets(b.footnotes());
        if (!b.fxRates().isEmpty()) {
            c.subheading("FX rates used");
            bullets(b.fxRates().stream().map(MethodologySection::fx).toList());
        }
        if (!b.warnings().isEmpty()) {
            c.subheading("Data warnings");
            bullets(b.warnings().stream().map(Problem::toString).toList());
        }
        c.subheading("Sources");
        for (SourceRef ref : b.sources()) {
            Phrase p = new Phrase("", s.small());
            p.add(new Chunk("[" + ref.number() + "] ", s.smallBold()));
            Chunk source = new Chunk(ref.text(), s.small());
            source.setSplitCharacter(URL_BREAKS);
            p.add(source);
            if (!ref.companies().isEmpty()) {
                p.add(new Chunk("  (" + String.join(", ", ref.companies()) + ")", s.small()));
            }
            Paragraph para = new Paragraph(p);
            para.setLeading(s.small().getSize() * 1.3f);
            para.setIndentationLeft(16);
            para.setFirstLineIndent(-16);
            para.setSpacingAfter(1.2f);
            c.add(para);
        }
    }

    private void bullets(java.util.List<String> lines) {
        Styles s = c.styles();
        com.lowagie.text.List list = new com.lowagie.text.List(false, 9);
        list.setListSymbol(new Chunk("\u2022", s.small()));
        for (String line : lines) {
            ListItem item = new ListItem(line, s.smallInk());
            item.setLeading(s.small().getSize() * 1.35f);
            item.setSpacingAfter(1.5f);
            list.add(item);
        }
        c.add(list);
    }

    private static String fx(FxRate r) {
        return r.currency() + ": " + r.usdPerUnit().toPlainString() + " USD per " + r.currency() + ", as of " + r.asOf()
                + (r.source().isEmpty() ? "" : " (" + r.source() + ")");
    }

    /** Lets a long URL wrap after its slashes and punctuation instead of at an arbitrary letter. */
    private static final SplitCharacter URL_BREAKS = new UrlBreaks();

    private static final class UrlBreaks extends DefaultSplitCharacter {
        @Override
        public boolean isSplitCharacter(int start, int current, int end, char[] cc, PdfChunk[] ck) {
            char ch = getCurrentCharacter(current, cc, ck);
            return "/?&=_.|".indexOf(ch) >= 0 || super.isSplitCharacter(start, current, end, cc, ck);
        }
    }
}
