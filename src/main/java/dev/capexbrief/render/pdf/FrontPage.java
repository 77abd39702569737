package dev.capexbrief.render.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.ListItem;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import dev.capexbrief.render.model.BriefingModel;
import dev.capexbrief.render.model.Fact;
import dev.capexbrief.render.model.Cell;
import dev.capexbrief.render.model.Kpi;
import dev.capexbrief.render.text.BriefingSection;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Page one: masthead, title and standfirst, any notice (the data is old), the facts of the edition
 * (as-of, cut-off, coverage, capex basis), the key takeaways, the headline figures and the scoreboard (one row
 * per company, legible on a phone); this week's section follows, on page one when it fits.
 */
final class FrontPage {
    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.ENGLISH);

    private final Composer c;
    private final SectionWriter sections;
    private final BriefingModel model;
    private final Image logo;

    /** @param logo the theme's logo, or null */
    FrontPage(Composer composer, SectionWriter sections, BriefingModel model, Image logo) {
        this.c = composer;
        this.sections = sections;
        this.model = model;
        this.logo = logo;
    }

    void write() {
        masthead();
        title();
        facts();
        takeaways();
        kpis();
        scoreboard();
        sections.write(model.section(BriefingSection.THIS_WEEK), false);
    }

    private void masthead() {
        Styles s = c.styles();
        PdfPTable t = Tables.rows(logo == null ? new float[]{3, 2} : new float[]{0.32f, 3, 2});
        if (logo != null) {
            logo.scaleToFit(26, 26);
            PdfPCell l = new PdfPCell(logo, false);
            l.setBorder(Rectangle.NO_BORDER);
            l.setVerticalAlignment(Element.ALIGN_MIDDLE);
            l.setPadding(0);
            t.addCell(l);
        }
        Phrase firm = new Phrase("", s.small());
        firm.add(new Chunk(model.firm(), s.masthead()));
        firm.add(new Chunk("\nWeekly capex briefing", s.small()));
        t.addCell(plain(firm, Element.ALIGN_LEFT));
        Phrase edition = new Phrase("", s.small());
        edition.add(new Chunk(model.isoWeek(), s.masthead()));
        edition.add(new Chunk("\n" + LONG.format(model.asOf()), s.small()));
        t.addCell(plain(edition, Element.ALIGN_RIGHT));
        t.setSpacingAfter(6);
        c.add(t);
        PdfPTable rule = new PdfPTable(1);
        rule.setWidthPercentage(100);
        PdfPCell line = new PdfPCell(new Phrase(" ", s.small()));
        line.setBorder(Rectangle.TOP);
        line.setBorderWidthTop(1.6f);
        line.setBorderColorTop(s.theme().accent());
        line.setFixedHeight(4);
        rule.addCell(line);
        c.add(rule);
    }

    private void title() {
        Styles s = c.styles();
        Paragraph title = new Paragraph(Composer.chunk(model.title(), s.title()));
        title.setLeading(s.title().getSize() * 1.15f);
        title.setSpacingAfter(4);
        c.add(title);
        for (String p : model.standfirst()) {
            c.paragraph(p, s.standfirst(), 6);
        }
        // before the facts and the numbers they qualify, in the accent colour: old data must not pass for this week's
        for (String notice : model.notices()) {
            c.paragraph(notice, s.colored(s.bodyBold(), s.theme().accent()), 6);
        }
    }

    /**
     * The facts side by side, each column as wide as its length asks, so the columns end at about the
     * same depth, and at least as wide as its label, its longest word and the lines it sets apart.
     */
    private void facts() {
        List<Fact> facts = model.facts().stream().filter(f -> !f.masthead()).toList();
        if (facts.isEmpty()) {
            return;
        }
        float[] weights = new float[facts.size()];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = facts.get(i).value().length();
        }
        ColumnWidths widths = new ColumnWidths(weights);
        for (int i = 0; i < weights.length; i++) {
            widths.fitLine(i, facts.get(i).label(), c.styles().figureLabel());
            String value = facts.get(i).value();
            widths.fit(i, value, c.styles().smallInk(), 0);
            for (String line : value.contains("\n") ? value.split("\n") : new String[0]) {
                widths.fitLine(i, line, c.styles().smallInk());
            }
        }
        PdfPTable t = Tables.rows(widths.widths(c.width()));
        facts.forEach(f -> t.addCell(fact(f)));
        t.setSpacingBefore(2);
        t.setSpacingAfter(4);
        c.add(t);
    }

    private PdfPCell fact(Fact f) {
        Styles s = c.styles();
        Phrase p = new Phrase("", s.small());
        p.add(new Chunk(f.label(), s.figureLabel()));
        p.add(new Chunk("\n" + f.value(), s.smallInk()));
        PdfPCell cell = plain(p, Element.ALIGN_LEFT);
        cell.setBorder(Rectangle.TOP | Rectangle.BOTTOM);
        cell.setBorderColor(s.theme().rule());
        cell.setBorderWidth(0.5f);
        cell.setPaddingTop(2.5f);
        cell.setPaddingBottom(4);
        cell.setPaddingRight(6);
        cell.setLeading(0, 1.25f);
        return cell;
    }

    private void takeaways() {
        Styles s = c.styles();
        c.heading(model.section(BriefingSection.TAKEAWAYS).heading(), 0);
        for (String p : model.section(BriefingSection.TAKEAWAYS).intro()) {
            c.paragraph(p, s.body(), 4);
        }
        if (model.takeaways().isEmpty()) {
            return;
        }
        com.lowagie.text.List list = new com.lowagie.text.List(false, 11);
        list.setListSymbol(new Chunk("\u25A0", s.colored(s.small(), s.theme().accent())));
        for (String t : model.takeaways()) {
            ListItem item = new ListItem(Composer.chunk(t, s.body()));
            item.setLeading(s.bodySize() * 1.3f);
            item.setSpacingAfter(2);
            list.add(item);
        }
        c.add(list);
    }

    /** One row per company, the numbers a reader wants on one screen; it stays on page one, shortened if need be. */
    private void scoreboard() {
        model.scoreboardTable().ifPresent(t -> new TableBlock(c, model).writeFitted(t, true));
    }

    /** The headline figures in a row of shaded boxes: label, value (smaller when it would not fit), the line under it. */
    private void kpis() {
        if (model.kpis().isEmpty()) {
            return;
        }
        PdfPTable t = new PdfPTable(model.kpis().size());
        t.setWidthPercentage(100);
        t.setSpacingBefore(6);
        t.setSpacingAfter(0);
        float width = c.width() / model.kpis().size();
        model.kpis().forEach(k -> t.addCell(box(k, width)));
        c.add(t);
    }

    private PdfPCell box(Kpi k, float width) {
        Styles s = c.styles();
        Phrase p = new Phrase("", s.small());
        p.add(new Chunk(k.label().toUpperCase(java.util.Locale.ROOT) + "\n", s.figureLabel()));
        com.lowagie.text.Font big = s.figure();
        String value = k.value().text();
        String bound = boundIn(k.value());
        boolean fits = big.getBaseFont().getWidthPoint(value, big.getSize()) < width - 16;
        int at = bound.isEmpty() ? -1 : value.indexOf(bound);
        if (!fits && at >= 0) {
            // a bound's words in the card's small type before the figure in its large type ("at most"
            // over "+138.1%"; "Amazon", then "at most +$25B"), never broken in large type inside the words
            String before = value.substring(0, at).strip();
            value = value.substring(at + bound.length());
            fits = big.getBaseFont().getWidthPoint(before.isEmpty() ? value : before, big.getSize()) < width - 16
                    && big.getBaseFont().getWidthPoint(value, big.getSize()) < width - 16;
            if (!before.isEmpty()) {
                p.add(Composer.chunk(before + "\n", fits ? big : s.heading()));
            }
            p.add(Composer.chunk(bound.strip() + " ", s.small()));
        }
        p.add(Composer.chunk(value + "\n", fits ? big : s.heading()));
        p.add(Composer.chunk(k.sub(), s.small()));
        PdfPCell cell = new PdfPCell(p);
        cell.setBorder(Rectangle.LEFT);
        cell.setBorderWidthLeft(2.5f);
        cell.setBorderColorLeft(s.theme().accent());
        cell.setBackgroundColor(s.theme().shade());
        cell.setPadding(4);
        cell.setPaddingLeft(7);
        cell.setUseAscender(true);
        cell.setLeading(0, 1.28f);
        cell.setHorizontalAlignment(Element.ALIGN_LEFT);
        return cell;
    }

    /** The words of the bound a card's figure carries ("at most "), or "". */
    private static String boundIn(Cell value) {
        if (value instanceof Cell.Percent pc) {
            return pc.bound();
        }
        return value instanceof Cell.Money m ? dev.capexbrief.analysis.Growths.Bound.wordsIn(m.label()) : "";
    }

    private static PdfPCell plain(Phrase p, int align) {
        PdfPCell cell = new PdfPCell(p);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setHorizontalAlignment(align);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        cell.setPadding(0);
        cell.setUseAscender(true);
        cell.setLeading(0, 1.2f);
        return cell;
    }
}
