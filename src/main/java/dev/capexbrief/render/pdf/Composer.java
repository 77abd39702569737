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
import dev.capexbrief.analysis.Briefing;
import dev.capexbrief.render.chart.ChartTheme;
import dev.capexbrief.render.text.BriefingSection;
import dev.capexbrief.render.text.BriefingText;
import dev.capexbrief.render.text.Exhibit;
import dev.capexbrief.render.text.TextBlock;
import dev.capexbrief.render.text.TopCompanies;
import org.jfree.chart.JFreeChart;

import java.util.Optional;

/**
 * Everything a part of the document needs to add itself: the open document, the styles, the
 * briefing and its narrative, and the running exhibit number. Adds headings (with their outline
 * entry), paragraphs and charts, keeping a heading off the foot of a page.
 */
final class Composer {
    /** A table this short moves to the next page whole rather than leave a stub behind. */
    private static final int KEEP_TOGETHER_ROWS = 12;

    private final Document document;
    private final PdfWriter writer;
    private final Styles styles;
    private final Tables tables;
    private final Briefing briefing;
    private final BriefingText text;
    private final ChartTheme charts;
    private final SourceIndex sources;
    private final TopCompanies top;
    private int exhibits;

    Composer(Document document, PdfWriter writer, Styles styles, Briefing briefing, BriefingText text,
             ChartTheme charts) {
        this.document = document;
        this.writer = writer;
        this.styles = styles;
        this.tables = new Tables(styles);
        this.briefing = briefing;
        this.text = text;
        this.charts = charts;
        this.sources = new SourceIndex(briefing.sources());
        this.top = new TopCompanies(briefing, styles.theme().topCompanies());
    }

    Briefing briefing() {
        return briefing;
    }

    BriefingText text() {
        return text;
    }

    Styles styles() {
        return styles;
    }

    Tables tables() {
        return tables;
    }

    ChartTheme charts() {
        return charts;
    }

    SourceIndex sources() {
        return sources;
    }

    /** Which companies the per-company tables show, and in what order when not all fit. */
    TopCompanies top() {
        return top;
    }

    PdfWriter writer() {
        return writer;
    }

    String currency() {
        return briefing.currency();
    }

    float width() {
        return document.right() - document.left();
    }

    /** Room left on the page, in points. */
    float room() {
        return writer.getVerticalPosition(false) - document.bottom();
    }

    void add(Element e) {
        if (e instanceof PdfPTable table && table.size() <= KEEP_TOGETHER_ROWS) {
            table.setKeepTogether(true);
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

    /** A section heading (an outline entry) and its intro, on a new page when less than {@code keep} points are left. */
    void section(BriefingSection section, float keep) {
        heading(section, keep);
        intro(text.section(section));
    }

    /** A section heading alone, with its outline entry. */
    void heading(BriefingSection section, float keep) {
        TextBlock block = text.section(section);
        if (room() < keep) {
            newPage();
        }
        Chunk heading = new Chunk(block.heading(), styles.heading());
        heading.setGenericTag(PageFurniture.OUTLINE_TAG + block.heading());
        Paragraph p = new Paragraph(heading);
        p.setLeading(styles.heading().getSize() * 1.2f);
        p.setSpacingBefore(6);
        p.setSpacingAfter(3);
        p.setKeepTogether(true);
        add(p);
    }

    /** The paragraphs of a block in body type. */
    void intro(TextBlock block) {
        for (String para : block.paragraphs()) {
            paragraph(para, styles.body(), 4);
        }
    }

    /**
     * The line after a cut list that is not a table: "… and 940 more sources in the workbook's
     * Sources sheet"; nothing when none were left out.
     */
    void more(int left, String where) {
        if (left > 0) {
            paragraph("\u2026 and " + TopCompanies.count(left) + " more " + where, styles.small(), 4);
        }
    }

    void paragraph(String s, Font font, float after) {
        Paragraph p = new Paragraph(chunk(s, font));
        p.setLeading(font.getSize() * 1.35f);
        p.setSpacingAfter(after);
        add(p);
    }

    /** Text that never breaks inside a number or a date. */
    static Chunk chunk(String s, Font font) {
        Chunk c = new Chunk(s, font);
        c.setSplitCharacter(TextBreaks.INSTANCE);
        return c;
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
        if (room() < keepFor(table) + 30) {
            newPage();
        }
        subheading(s);
        add(table);
    }

    void subheading(String s) {
        Paragraph p = new Paragraph(s, styles.subheading());
        p.setLeading(styles.subheading().getSize() * 1.25f);
        p.setSpacingBefore(6);
        p.setSpacingAfter(1);
        add(p);
    }

    /**
     * An exhibit: numbered, drawn as vector graphics at full width; nothing when the chart has no
     * data. {@code height} is the least it gets: a bar chart grows with its bars.
     */
    void exhibit(Exhibit exhibit, float height, ChartFactory factory) {
        chart(exhibit, height, factory).ifPresent(this::add);
    }

    /** A section that opens with an exhibit: the heading moves to a new page with the chart when it would not fit. */
    void sectionWithExhibit(BriefingSection section, Exhibit exhibit, float height, ChartFactory factory) {
        Optional<Image> chart = chart(exhibit, height, factory);
        section(section, chart.map(i -> i.getScaledHeight() + 90).orElse(120f));
        chart.ifPresent(this::add);
    }

    private Optional<Image> chart(Exhibit exhibit, float height, ChartFactory factory) {
        TextBlock block = text.exhibit(exhibit);
        Optional<JFreeChart> chart = factory.create(briefing, top,
                new TextBlock("Exhibit " + (exhibits + 1) + ": " + block.heading(), block.paragraphs()), charts);
        if (chart.isEmpty()) {
            return Optional.empty();
        }
        exhibits++;
        float drawn = ChartTheme.height(chart.get(), height);
        Image image = ChartImage.of(writer, chart.get(), width(), drawn, styles.fonts());
        image.setSpacingBefore(6);
        image.setSpacingAfter(6);
        return Optional.of(image);
    }

    /** The chart classes' factory method. */
    interface ChartFactory {
        Optional<JFreeChart> create(Briefing b, TopCompanies top, TextBlock title, ChartTheme theme);
    }
}
