package dev.capexbrief.render.pdf;

import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;

/**
 * The house table: full width, a shaded header row repeated on every page, hairlines between
 * rows, a rule over a total row, text left and numbers right.
 */
final class Tables {
    static final int LEFT = Element.ALIGN_LEFT;
    static final int RIGHT = Element.ALIGN_RIGHT;
    /** Left and right padding of every cell, in points. */
    static final float CELL_PADDING = 3f;

    private final Styles styles;

    Tables(Styles styles) {
        this.styles = styles;
    }

    /** A table with relative column widths and a header row; {@code aligns} applies to the header too. */
    PdfPTable create(float[] widths, String[] headers, int[] aligns) {
        PdfPTable t = rows(widths);
        t.setSpacingBefore(4);
        t.setSpacingAfter(6);
        t.setHeaderRows(1);
        for (int i = 0; i < headers.length; i++) {
            PdfPCell c = cell(new Phrase(Composer.chunk(headers[i], styles.cellHeader())), aligns[i]);
            c.setBackgroundColor(styles.theme().shade());
            c.setBorderWidthBottom(0.8f);
            c.setBorderColorBottom(styles.theme().accent());
            c.setVerticalAlignment(Element.ALIGN_BOTTOM);
            t.addCell(c);
        }
        return t;
    }

    /** A table of rows only, no header, its columns as wide as {@link #create}'s with the same widths. */
    static PdfPTable rows(float[] widths) {
        PdfPTable t = new PdfPTable(widths.length);
        t.setWidthPercentage(100);
        try {
            t.setWidths(widths);
        } catch (com.lowagie.text.DocumentException e) {
            throw new IllegalArgumentException(e);
        }
        return t;
    }

    /**
     * {@code rows} as the last row of {@code t}, across all its columns: they move to the next page
     * together, under the repeated header, and never part there.
     */
    void lastRow(PdfPTable t, PdfPTable rows) {
        PdfPCell c = new PdfPCell(rows);
        c.setColspan(t.getNumberOfColumns());
        c.setBorder(Rectangle.NO_BORDER);
        c.setPadding(0);
        t.addCell(c);
    }

    /** A body cell. */
    PdfPCell cell(Phrase p, int align) {
        PdfPCell c = new PdfPCell(p);
        c.setHorizontalAlignment(align);
        c.setVerticalAlignment(Element.ALIGN_TOP);
        c.setBorder(Rectangle.BOTTOM);
        c.setBorderWidthBottom(0.4f);
        c.setBorderColorBottom(styles.theme().rule());
        c.setPaddingTop(2f);
        c.setPaddingBottom(3.5f);
        c.setPaddingLeft(CELL_PADDING);
        c.setPaddingRight(CELL_PADDING);
        c.setUseAscender(true);
        c.setLeading(0, 1.2f);
        return c;
    }

    /** A cell of a total row: a rule above it. */
    PdfPCell total(Phrase p, int align) {
        PdfPCell c = cell(p, align);
        c.setBorderWidthTop(0.8f);
        c.setBorderColorTop(styles.theme().accent());
        c.setBorder(Rectangle.TOP | Rectangle.BOTTOM);
        return c;
    }

    /**
     * A line of small type under the rows ("… and 93 more in the workbook's Changes sheet.", the
     * table's notes), across the whole table so it stays with the rows it is about.
     */
    void footRow(PdfPTable t, String text) {
        PdfPCell c = cell(new Phrase(Composer.chunk(text, styles.small())), LEFT);
        c.setColspan(t.getNumberOfColumns());
        c.setBorder(Rectangle.NO_BORDER);
        c.setPaddingTop(4f);
        t.addCell(c);
    }
}
