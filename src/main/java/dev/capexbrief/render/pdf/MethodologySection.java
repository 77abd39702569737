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
import dev.capexbrief.render.text.TopCompanies;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Methodology & sources: the briefing's notes (bases, fiscal calendars, totals), FX rates, data
 * warnings and the sources. When there are more companies than the tables show one by one, a long
 * source list is shortened to every source the document cites and the first others, and counts the
 * rest, which the workbook's Sources sheet lists under the same numbers.
 */
final class MethodologySection {
    /** Sources listed before "… and 940 more" (more when the document cites more). */
    static final int SOURCE_ROWS = 60;
    /** Companies named after a source before "and 1,995 more". */
    private static final int NAMES_PER_SOURCE = 5;

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
            List<String> warnings = b.warnings().stream().limit(TopCompanies.LIST_ROWS).map(Problem::toString).toList();
            bullets(warnings);
            c.more(b.warnings().size() - warnings.size(), "data warnings in the workbook's Sources sheet.");
        }
        c.subheading("Sources");
        List<SourceRef> shown = b.companies().size() <= c.top().limit() ? b.sources()
                : shown(b.sources(), c.sources().cited());
        for (SourceRef ref : shown) {
            Phrase p = new Phrase("", s.small());
            p.add(new Chunk("[" + ref.number() + "] ", s.smallBold()));
            Chunk source = new Chunk(ref.text(), s.small());
            source.setSplitCharacter(URL_BREAKS);
            p.add(source);
            if (!ref.companies().isEmpty()) {
                p.add(new Chunk("  (" + companies(ref.companies()) + ")", s.small()));
            }
            Paragraph para = new Paragraph(p);
            para.setLeading(s.small().getSize() * 1.3f);
            para.setIndentationLeft(16);
            para.setFirstLineIndent(-16);
            para.setSpacingAfter(1.2f);
            c.add(para);
        }
        c.more(b.sources().size() - shown.size(), "sources in the workbook's Sources sheet.");
    }

    /** All sources when they fit; else every cited one and the first uncited ones up to {@link #SOURCE_ROWS}. */
    static List<SourceRef> shown(List<SourceRef> sources, Set<Integer> cited) {
        if (sources.size() <= SOURCE_ROWS) {
            return sources;
        }
        int uncited = Math.max(0, SOURCE_ROWS - cited.size());
        List<SourceRef> out = new ArrayList<>();
        for (SourceRef ref : sources) {
            if (cited.contains(ref.number())) {
                out.add(ref);
            } else if (uncited > 0) {
                out.add(ref);
                uncited--;
            }
        }
        return out;
    }

    /** "Amazon, Alphabet", or "Acme, Borealis, … and 1,995 more" for a source many companies cite. */
    private static String companies(List<String> names) {
        if (names.size() <= NAMES_PER_SOURCE) {
            return String.join(", ", names);
        }
        return String.join(", ", names.subList(0, NAMES_PER_SOURCE)) + " and "
                + TopCompanies.count(names.size() - NAMES_PER_SOURCE) + " more";
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
