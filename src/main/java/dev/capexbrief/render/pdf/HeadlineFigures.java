package dev.capexbrief.render.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import dev.capexbrief.analysis.Briefing;
import dev.capexbrief.analysis.GroupTotal;
import dev.capexbrief.analysis.GuidanceLine;
import dev.capexbrief.analysis.MoneyFormat;
import dev.capexbrief.analysis.Revision;
import dev.capexbrief.render.text.Labels;
import dev.capexbrief.render.text.TopCompanies;

import java.util.Optional;

/** The row of headline figures on page one: group plan, its growth, the largest spender, the biggest revision. */
final class HeadlineFigures {
    private final Composer c;

    HeadlineFigures(Composer composer) {
        this.c = composer;
    }

    void write() {
        Briefing b = c.briefing();
        GroupTotal total = b.total();
        String focus = "FY" + b.focusYear();
        PdfPTable t = new PdfPTable(4);
        t.setWidthPercentage(100);
        t.setSpacingBefore(8);
        t.setSpacingAfter(2);
        t.addCell(box(focus + " GROUP PLAN", b.guidance().isEmpty() ? "none" : total.label(),
                TopCompanies.count(total.companies().size())
                        + (total.companies().size() == 1 ? " company" : " companies") + ", sum of plans"));
        t.addCell(box("GROWTH ON FY" + (b.focusYear() - 1),
                total.growth() == null ? "n/a" : MoneyFormat.percentChange(total.growth()),
                total.growth() == null ? "no prior-year actuals on the same basis"
                        : MoneyFormat.billions(total.priorTotal(), b.currency()) + " \u2192 "
                        + MoneyFormat.billions(total.planForLikeForLike(), b.currency())
                        + (total.likeForLikeCompanies().size() == total.companies().size() ? ", like for like"
                        : " (" + TopCompanies.count(total.likeForLikeCompanies().size()) + " like for like)")));
        Optional<GuidanceLine> largest = b.largestSpender();
        t.addCell(box("LARGEST SPENDER", largest.map(g -> g.company().name()).orElse("none"),
                largest.map(g -> g.label() + (g.share() == null ? "" : ", " + Labels.share(g.share()) + " of total")).orElse("no plans yet")));
        Optional<Revision> rev = b.biggestRevision();
        t.addCell(box("BIGGEST REVISION",
                rev.map(r -> r.company().name() + " " + MoneyFormat.change(r.change(), b.currency())).orElse("None"),
                rev.map(r -> r.period().label() + " " + r.fromLabel() + " \u2192 " + r.toLabel() + ", " + r.toDate())
                        .orElse("no plan revised as of " + b.asOf())));
        c.add(t);
    }

    private PdfPCell box(String label, String value, String sub) {
        float width = c.width() / 4;
        Styles s = c.styles();
        Phrase p = new Phrase("", s.small());
        p.add(new Chunk(label + "\n", s.figureLabel()));
        com.lowagie.text.Font big = s.figure();
        boolean fits = big.getBaseFont().getWidthPoint(value, big.getSize()) < width - 16;
        p.add(new Chunk(value + "\n", fits ? big : s.heading()));
        p.add(Composer.chunk(sub, s.small()));
        PdfPCell cell = new PdfPCell(p);
        cell.setBorder(Rectangle.LEFT);
        cell.setBorderWidthLeft(2.5f);
        cell.setBorderColorLeft(s.theme().accent());
        cell.setBackgroundColor(s.theme().shade());
        cell.setPadding(6);
        cell.setPaddingLeft(7);
        cell.setUseAscender(true);
        cell.setLeading(0, 1.28f);
        cell.setHorizontalAlignment(Element.ALIGN_LEFT);
        return cell;
    }
}
