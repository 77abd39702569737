package dev.capexbrief.render.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDestination;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

import java.util.ArrayList;
import java.util.List;

/**
 * What every page carries: the running header (briefing title and as-of date, from page two on),
 * the footer (firm, as-of date, "Page X of Y" — Y is a placeholder filled when the document
 * closes) and an outline entry wherever a section heading lands.
 */
final class PageFurniture extends PdfPageEventHelper {
    /** Prefix of the generic tag that marks a section heading for the outline. */
    static final String OUTLINE_TAG = "outline:";

    private final Styles styles;
    private final String title;
    private final String left;
    private final String date;
    private final List<String> outline = new ArrayList<>();
    private PdfTemplate total;

    /**
     * @param title the briefing title for the running header
     * @param left  the footer's left text (firm name, as-of date)
     * @param date  the as-of date for the header's right side
     */
    PageFurniture(Styles styles, String title, String left, String date) {
        this.styles = styles;
        this.title = title;
        this.left = left;
        this.date = date;
    }

    /** The outline titles in the order they were placed. */
    List<String> outline() {
        return List.copyOf(outline);
    }

    @Override
    public void onOpenDocument(PdfWriter writer, Document document) {
        Font f = styles.furniture();
        total = writer.getDirectContent().createTemplate(f.getBaseFont().getWidthPoint("0000", f.getSize()), f.getSize() * 1.4f);
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        PdfContentByte cb = writer.getDirectContent();
        Rectangle page = document.getPageSize();
        float l = document.left();
        float r = document.right();
        if (writer.getPageNumber() > 1) {
            float y = page.getTop() - 34;
            ColumnText.showTextAligned(cb, Element.ALIGN_LEFT, new Phrase(title, styles.furnitureBold()), l, y, 0);
            ColumnText.showTextAligned(cb, Element.ALIGN_RIGHT, new Phrase(date, styles.furniture()), r, y, 0);
            rule(cb, l, r, y - 5);
        }
        float fy = document.bottom() - 26;
        rule(cb, l, r, fy + 10);
        Font f = styles.furniture();
        ColumnText.showTextAligned(cb, Element.ALIGN_LEFT, new Phrase(left, f), l, fy, 0);
        float reserve = total.getWidth();
        String pageOf = "Page " + writer.getPageNumber() + " of";
        float space = f.getBaseFont().getWidthPoint(" ", f.getSize());
        ColumnText.showTextAligned(cb, Element.ALIGN_RIGHT, new Phrase(pageOf, f), r - reserve - space, fy, 0);
        float descent = -f.getBaseFont().getFontDescriptor(com.lowagie.text.pdf.BaseFont.DESCENT, f.getSize());
        cb.addTemplate(total, r - reserve, fy - descent);
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        Font f = styles.furniture();
        float descent = -f.getBaseFont().getFontDescriptor(com.lowagie.text.pdf.BaseFont.DESCENT, f.getSize());
        total.beginText();
        total.setFontAndSize(f.getBaseFont(), f.getSize());
        total.setColorFill(f.getColor());
        total.setTextMatrix(0, descent);
        total.showText(String.valueOf(writer.getPageNumber() - 1));
        total.endText();
    }

    @Override
    public void onGenericTag(PdfWriter writer, Document document, Rectangle rect, String text) {
        if (text.startsWith(OUTLINE_TAG)) {
            String name = text.substring(OUTLINE_TAG.length());
            outline.add(name);
            new PdfOutline(writer.getRootOutline(),
                    new PdfDestination(PdfDestination.XYZ, document.left(), rect.getTop() + 14, 0), name, true);
        }
    }

    private void rule(PdfContentByte cb, float l, float r, float y) {
        cb.saveState();
        cb.setColorStroke(styles.theme().rule());
        cb.setLineWidth(0.5f);
        cb.moveTo(l, y);
        cb.lineTo(r, y);
        cb.stroke();
        cb.restoreState();
    }
}
