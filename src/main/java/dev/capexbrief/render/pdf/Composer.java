package dev.capexbrief.render.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import dev.capexbrief.render.chart.ChartTheme;
import dev.capexbrief.render.chart.Charts;
import dev.capexbrief.render.model.Exhibit;
import org.jfree.chart.JFreeChart;

import java.util.Locale;

/**
 * The open document and what every part of it adds: headings (with their outline entry) kept off
 * the foot of a page, paragraphs that never break inside a number, subheadings kept with their
 * table, and exhibits drawn as vector charts at full width.
 */
final class Composer {
    /** A table this short moves to the next page whole rather than leave a stub behind. */
    private static final int KEEP_TOGETHER_ROWS = 12;
    /** Less room than this and a short table moves to the next page whole. */
    private static final float SPLIT_ROOM = 120;
    /** What a subheading takes, spacing included. */
    static final float SUBHEADING = 30;

    private final Document document;
    private final PdfWriter writer;
    private final Styles styles;
    private final ChartTheme charts;

    Composer(Document document, PdfWriter writer, Styles styles, ChartTheme charts) {
        this.document = document;
        this.writer = writer;
        this.styles = styles;
        this.charts = charts;
    }

    Styles styles() {
        return styles;
    }

    float width() {
        return document.right() - document.left();
    }

    /** The height of a page's text area, in points. */
    float pageHeight() {
        return document.top() - document.bottom();
    }

    /**
     * True while less than half of the page is used: moving what follows to the next page would
     * leave this one more than half empty, so a heading or a table breaks here instead.
     */
    boolean halfEmpty() {
        return room() > pageHeight() * 0.5f;
    }

    /** Room left on the page, in points. */
    float room() {
        return writer.getVerticalPosition(false) - document.bottom();
    }

    void add(Element e) {
        if (e instanceof PdfPTable table && table.size() <= KEEP_TOGETHER_ROWS) {
            // kept whole where it fits or where too little room is left for a useful part; else it breaks
            // here (its header repeats) rather than leave a page half empty under the heading that asked for it
            table.setTotalWidth(width());
            table.setKeepTogether(table.getTotalHeight() + table.spacingBefore() + 2 <= room() || room() < SPLIT_ROOM);
        }
        try {
            document.add(e);
        } catch (DocumentException ex) {
            throw new IllegalStateException("could not lay out the briefing: " + ex.getMessage(), ex);
        }
    }

    void newPage() {
        document.newPage();
    }

    /** A section heading with its outline entry, on a new page when less than {@code keep} points are left. */
    void heading(String text, float keep) {
        if (room() < keep && !halfEmpty()) {
            newPage();
        }
        Chunk heading = chunk(text, styles.heading());
        heading.setGenericTag(PageFurniture.OUTLINE_TAG + text);
        Paragraph p = new Paragraph(heading);
        p.setLeading(styles.heading().getSize() * 1.2f);
        p.setSpacingBefore(6);
        p.setSpacingAfter(3);
        p.setKeepTogether(true);
        add(p);
    }

    void paragraph(String s, Font font, float after) {
        Paragraph p = new Paragraph(chunk(s, font));
        p.setLeading(font.getSize() * 1.35f);
        p.setSpacingAfter(after);
        add(p);
    }

    /** About the height {@link #paragraph} takes for {@code s} at full width: its lines, its spacing after. */
    float height(String s, Font font, float after) {
        float line = font.getBaseFont().getWidthPoint(s, font.getSize());
        // words wrap before the margin: a line holds a little less than the full width
        return (float) Math.ceil(line / (width() * 0.92f)) * font.getSize() * 1.35f + after;
    }

    /** Text that never breaks inside a number or a date, nor between a currency code and its amount. */
    static Chunk chunk(String s, Font font) {
        Chunk c = new Chunk(s, font);
        c.setSplitCharacter(TextBreaks.INSTANCE);
        return c;
    }

    /** A table cell's text: never broken inside a number or a date ({@link TextBreaks#CELLS}). */
    static Chunk cellChunk(String s, Font font) {
        Chunk c = new Chunk(s, font);
        c.setSplitCharacter(TextBreaks.CELLS);
        return c;
    }

    /** "… and 1,995 more sources in the workbook's Sources sheet." for a cut list. */
    static String more(int left, String what) {
        return "\u2026 and " + count(left) + " more" + (what.isEmpty() ? "." : " " + what);
    }

    /** A count as a reader writes it: 2,000. */
    static String count(long n) {
        return String.format(Locale.ENGLISH, "%,d", n);
    }

    /**
     * The room a table wants to start on this page: all of it when it is short (it is kept
     * together), else enough for its header and a few rows.
     */
    float keepFor(PdfPTable table) {
        table.setTotalWidth(width());
        float height = table.getTotalHeight();
        float page = document.top() - document.bottom();
        return height > page * 0.6f ? 100 : height;
    }

    /** A subheading and its table, moved to a new page together when a short table would not fit. */
    void subheading(String s, PdfPTable table) {
        subheading(s, keepFor(table) + SUBHEADING);
        add(table);
    }

    /** A subheading, on a new page when less than {@code keep} points are left (it and the first lines under it). */
    void subheading(String s, float keep) {
        if (room() < keep && !halfEmpty()) {
            newPage();
        }
        // an exhibit's title holds its figures: never "+41." at a line's end and "3%" on the next
        Paragraph p = new Paragraph(chunk(s, styles.subheading()));
        p.setLeading(styles.subheading().getSize() * 1.25f);
        p.setSpacingBefore(6);
        p.setSpacingAfter(1);
        add(p);
    }

    /** The exhibit drawn as vector graphics at full width, ready to add. */
    Image chart(Exhibit exhibit) {
        JFreeChart chart = Charts.create(exhibit, charts);
        Image image = ChartImage.of(writer, chart, width(), Charts.height(exhibit, chart), styles.fonts());
        image.setSpacingBefore(6);
        image.setSpacingAfter(6);
        return image;
    }
}
