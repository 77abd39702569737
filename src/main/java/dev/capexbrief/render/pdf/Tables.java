package dev.capexbrief.render.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import dev.capexbrief.render.text.TopCompanies;

import java.awt.Color;

/**
 * The house table: full width, a shaded header row repeated on every page, hairlines between
 * rows, text left and numbers right.
 */
final class Tables {
    static final int LEFT = Element.ALIGN_LEFT;
    static final int RIGHT = Element.ALIGN_RIGHT;
    static final int CENTER = Element.ALIGN_CENTER;

    private final Styles styles;

    Tables(Styles styles) {
        this.styles = styles;
    }

    /** A table with relative column widths and a header row; {@code aligns} applies to the header too. */
    PdfPTable create(float[] widths, String[] headers, int[] aligns) {
        PdfPTable t = new PdfPTable(widths.length);
        t.setWidthPercentage(100);
        try {
            t.setWidths(widths);
        } catch (com.lowagie.text.DocumentException e) {
            throw new IllegalArgumentException(e);
        }
        t.setSpacingBefore(4);
        t.setSpacingAfter(6);
        t.setHeaderRows(1);
        for (int i = 0; i < headers.length; i++) {
            PdfPCell c = cell(new Phrase(headers[i], styles.cellHeader()), aligns[i]);
            c.setBackgroundColor(styles.theme().shade());
            c.setBorderWidthBottom(0.8f);
            c.setBorderColorBottom(styles.theme().accent());
            c.setVerticalAlignment(Element.ALIGN_BOTTOM);
            t.addCell(c);
        }
        return t;
    }

    void text(PdfPTable t, String text, int align) {
        t.addCell(cell(new Phrase(Composer.chunk(text, styles.cell())), align));
    }

    void bold(PdfPTable t, String text, int align) {
        t.addCell(cell(new Phrase(Composer.chunk(text, styles.cellBold())), align));
    }

    void muted(PdfPTable t, String text, int align) {
        t.addCell(cell(new Phrase(Composer.chunk(text, styles.cellMuted())), align));
    }

    /** A name with a smaller grey line under it (a company and its capex basis). */
    void stacked(PdfPTable t, String main, String sub, Color swatch) {
        stacked(t, main, sub, swatch, LEFT);
    }

    /** As {@link #stacked(PdfPTable, String, String, Color)}, aligned. */
    void stacked(PdfPTable t, String main, String sub, Color swatch, int align) {
        Phrase p = new Phrase("", styles.cell());
        if (swatch != null) {
            p.add(new Chunk("\u25A0 ", styles.colored(styles.cellBold(), swatch)));
        }
        p.add(Composer.chunk(main, styles.cellBold()));
        if (sub != null && !sub.isEmpty()) {
            p.add(new Chunk("\n" + sub, styles.cellMuted()));
        }
        t.addCell(cell(p, align));
    }

    /** A value with a smaller grey note under it (a year, a period). */
    void noted(PdfPTable t, String main, String note, int align) {
        Phrase p = new Phrase(Composer.chunk(main, styles.cell()));
        if (note != null && !note.isEmpty()) {
            p.add(new Chunk("\n" + note, styles.cellMuted()));
        }
        t.addCell(cell(p, align));
    }

    /** A cell in an emphasised row (totals). */
    void total(PdfPTable t, String text, int align) {
        PdfPCell c = cell(new Phrase(Composer.chunk(text, styles.cellBold())), align);
        c.setBorderWidthTop(0.8f);
        c.setBorderColorTop(styles.theme().accent());
        c.setBorder(Rectangle.TOP | Rectangle.BOTTOM);
        t.addCell(c);
    }

    /**
     * The last row of a cut list, across the whole table so it stays with the rows it counts:
     * "… and 93 more in the workbook's Changes sheet."; nothing when none were left out.
     */
    void more(PdfPTable t, int left, String where) {
        if (left <= 0) {
            return;
        }
        PdfPCell c = cell(new Phrase(Composer.chunk("\u2026 and " + TopCompanies.count(left) + " more " + where,
                styles.small())), LEFT);
        c.setColspan(t.getNumberOfColumns());
        c.setBorder(Rectangle.NO_BORDER);
        c.setPaddingTop(4f);
        t.addCell(c);
    }

    PdfPCell cell(Phrase p, int align) {
        PdfPCell c = new PdfPCell(p);
        c.setHorizontalAlignment(align);
        c.setVerticalAlignment(Element.ALIGN_TOP);
        c.setBorder(Rectangle.BOTTOM);
        c.setBorderWidthBottom(0.4f);
        c.setBorderColorBottom(styles.theme().rule());
        c.setPaddingTop(2f);
        c.setPaddingBottom(3.5f);
        c.setPaddingLeft(3f);
        c.setPaddingRight(3f);
        c.setUseAscender(true);
        c.setLeading(0, 1.2f);
        return c;
    }

    Font font() {
        return styles.cell();
    }
}
