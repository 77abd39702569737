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
import dev.capexbrief.analysis.Briefing;
import dev.capexbrief.analysis.CompanyProfile;
import dev.capexbrief.render.chart.GuidanceChart;
import dev.capexbrief.render.text.BriefingSection;
import dev.capexbrief.render.text.Exhibit;
import dev.capexbrief.render.text.TopCompanies;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Page one: masthead, title and standfirst, the facts of the edition (as-of, cut-off, coverage,
 * capex basis), the key takeaways, the headline figures, this week's news and the main exhibit.
 */
final class FrontPage {
    static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.ENGLISH);
    /** Companies named on page one when there are too many to list. */
    private static final int LARGEST_NAMED = 3;

    private final Composer c;
    private final Image logo;

    FrontPage(Composer composer, Image logo) {
        this.c = composer;
        this.logo = logo;
    }

    void write() {
        masthead();
        title();
        facts();
        takeaways();
        new HeadlineFigures(c).write();
        new ThisWeekTable(c).write();
        c.exhibit(Exhibit.GUIDANCE, 190, GuidanceChart::create);
    }

    private void masthead() {
        Styles s = c.styles();
        Briefing b = c.briefing();
        PdfPTable t = new PdfPTable(logo == null ? 2 : 3);
        t.setWidthPercentage(100);
        try {
            t.setWidths(logo == null ? new float[]{3, 2} : new float[]{0.32f, 3, 2});
        } catch (com.lowagie.text.DocumentException e) {
            throw new IllegalStateException(e);
        }
        if (logo != null) {
            logo.scaleToFit(26, 26);
            PdfPCell l = new PdfPCell(logo, false);
            l.setBorder(Rectangle.NO_BORDER);
            l.setVerticalAlignment(Element.ALIGN_MIDDLE);
            l.setPadding(0);
            t.addCell(l);
        }
        Phrase firm = new Phrase("", s.small());
        firm.add(new Chunk(s.theme().firmName(), s.masthead()));
        firm.add(new Chunk("\nWeekly capex briefing", s.small()));
        t.addCell(plain(firm, Element.ALIGN_LEFT));
        Phrase edition = new Phrase("", s.small());
        edition.add(new Chunk(b.isoWeek(), s.masthead()));
        edition.add(new Chunk("\n" + LONG.format(b.asOf()), s.small()));
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
        Paragraph title = new Paragraph(c.text().title().heading(), s.title());
        title.setLeading(s.title().getSize() * 1.15f);
        title.setSpacingAfter(4);
        c.add(title);
        for (String p : c.text().title().paragraphs()) {
            c.paragraph(p, s.standfirst(), 6);
        }
    }

    private void facts() {
        Styles s = c.styles();
        Briefing b = c.briefing();
        PdfPTable t = new PdfPTable(4);
        t.setWidthPercentage(100);
        try {
            t.setWidths(new float[]{1.15f, 1.0f, 1.6f, 2.6f});
        } catch (com.lowagie.text.DocumentException e) {
            throw new IllegalStateException(e);
        }
        t.addCell(fact("AS OF", b.asOf() + "\nweek " + b.isoWeek()));
        t.addCell(fact("DATA CUT-OFF", b.dataCutoff() == null ? "no figures" : b.dataCutoff().toString()));
        int top = c.top().limit();
        t.addCell(fact("COMPANIES COVERED", covered(b, top)));
        t.addCell(fact("CAPEX BASIS IN FORCE",
                b.companies().size() <= top ? basis(b.companies()) : basisCounts(b.companies())));
        t.setSpacingBefore(2);
        t.setSpacingAfter(4);
        c.add(t);
    }

    /** Every company by name, or when there are more than the tables show, how many and the largest plans. */
    static String covered(Briefing b, int top) {
        if (b.companies().size() <= top) {
            return String.join(", ", b.companies().stream().map(CompanyProfile::name).toList());
        }
        List<String> largest = b.leaders(LARGEST_NAMED).stream().map(g -> g.company().name()).toList();
        return TopCompanies.count(b.companies().size()) + " companies"
                + (largest.isEmpty() ? "" : "; largest FY" + b.focusYear() + " plans: " + String.join(", ", largest));
    }

    /** "1,400 companies: capex incl. finance leases; 600 companies: capex" — each basis with how many use it. */
    static String basisCounts(List<CompanyProfile> companies) {
        Map<String, Integer> byBasis = new LinkedHashMap<>();
        for (CompanyProfile p : companies) {
            if (!p.basisLabel().isEmpty()) {
                byBasis.merge(p.basisLabel(), 1, Integer::sum);
            }
        }
        StringBuilder out = new StringBuilder();
        byBasis.forEach((basis, n) -> out.append(out.length() == 0 ? "" : "; ").append(TopCompanies.count(n))
                .append(n == 1 ? " company: " : " companies: ").append(basis));
        return out.toString();
    }

    /** "capex incl. finance leases: Microsoft, Meta; …" — each basis with the companies on it. */
    static String basis(List<CompanyProfile> companies) {
        Map<String, StringBuilder> byBasis = new LinkedHashMap<>();
        for (CompanyProfile p : companies) {
            if (!p.basisLabel().isEmpty()) {
                StringBuilder names = byBasis.computeIfAbsent(p.basisLabel(), k -> new StringBuilder());
                names.append(names.length() == 0 ? "" : ", ").append(p.name());
            }
        }
        StringBuilder out = new StringBuilder();
        byBasis.forEach((basis, names) -> out.append(out.length() == 0 ? "" : "; ").append(names).append(": ").append(basis));
        return out.toString();
    }

    private PdfPCell fact(String label, String value) {
        Styles s = c.styles();
        Phrase p = new Phrase("", s.small());
        p.add(new Chunk(label, s.figureLabel()));
        p.add(new Chunk("\n" + value, s.smallInk()));
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
        c.section(BriefingSection.TAKEAWAYS, 0);
        com.lowagie.text.List list = new com.lowagie.text.List(false, 11);
        list.setListSymbol(new Chunk("\u25A0", s.colored(s.small(), s.theme().accent())));
        for (String t : c.text().takeaways()) {
            ListItem item = new ListItem(Composer.chunk(t, s.body()));
            item.setLeading(s.bodySize() * 1.3f);
            item.setSpacingAfter(2);
            list.add(item);
        }
        c.add(list);
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
