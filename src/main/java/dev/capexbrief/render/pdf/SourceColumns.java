package dev.capexbrief.render.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.draw.VerticalPositionMark;
import dev.capexbrief.render.model.Source;

import java.util.ArrayList;
import java.util.List;

/**
 * The numbered source list in two columns, grouped by company: each company's run of sources is one
 * paragraph that names the company once ("Alphabet: [34] 10-Q for Q1 2019, filed 2019-04-30 · [35]
 * ..."), a source several companies cite an entry of its own under its full label; each label a link
 * to the source's web address when it has one. The columns are balanced, and the list starts on a new
 * page when the rest of this one cannot hold it, so a list that fits on a page is on one page; a
 * longer one fills pages column by column. Entries are measured as they will be set, so a column
 * never runs past the page.
 */
final class SourceColumns {
    private static final float GUTTER = 14;
    /** A column is filled to this share of the page: what measuring each entry alone may miss. */
    private static final float FILL = 0.97f;
    private static final float MEASURE = 10_000;
    /** Sources of one company in a row that are listed as one paragraph naming the company once. */
    static final int GROUP = 1;

    private final Composer c;

    SourceColumns(Composer composer) {
        this.c = composer;
    }

    void write(String title, List<Source> shown) {
        Styles s = c.styles();
        float column = (c.width() - GUTTER) / 2;
        int widest = shown.stream().mapToInt(Source::number).max().orElse(1);
        float indent = s.sourceNumber().getBaseFont().getWidthPoint("[" + widest + "]", s.sourceNumber().getSize()) + 3;
        List<Paragraph> entries = entries(shown, indent);
        float[] heights = new float[entries.size()];
        for (int i = 0; i < heights.length; i++) {
            heights[i] = height(entries(shown, indent).get(i), column);
        }
        List<int[]> columns = columns(heights, (c.pageHeight() - Composer.SUBHEADING) * FILL);
        PdfPTable table = new PdfPTable(2);
        table.setWidthPercentage(100);
        float first = 0;
        for (int k = 0; k < columns.size(); k += 2) {
            table.addCell(cell(entries, columns.get(k), 0, GUTTER / 2));
            table.addCell(k + 1 < columns.size() ? cell(entries, columns.get(k + 1), GUTTER / 2, 0)
                    : cell(entries, new int[]{0, 0}, GUTTER / 2, 0));
            if (k == 0) {
                first = Math.max(sum(heights, columns.get(0)), columns.size() > 1 ? sum(heights, columns.get(1)) : 0);
            }
        }
        // the list stays on one page with its title, even where that leaves the page before it short
        table.setTotalWidth(c.width());
        if (c.room() < Math.max(first / FILL, table.getRowHeight(0)) + Composer.SUBHEADING) {
            c.newPage();
        }
        c.subheading(title, 0);
        c.add(table);
    }

    /**
     * Entries [from, to) per column: two balanced columns when they fit in {@code height}, else
     * columns filled to {@code height} in turn.
     */
    static List<int[]> columns(float[] heights, float height) {
        float total = 0;
        for (float h : heights) {
            total += h;
        }
        int split = 0;
        float left = 0;
        while (split < heights.length && left + heights[split] / 2 < total / 2) {
            left += heights[split++];
        }
        if (left <= height && total - left <= height) {
            return List.of(new int[]{0, split}, new int[]{split, heights.length});
        }
        List<int[]> out = new ArrayList<>();
        int from = 0;
        float filled = 0;
        for (int i = 0; i < heights.length; i++) {
            if (filled + heights[i] > height && i > from) {
                out.add(new int[]{from, i});
                from = i;
                filled = 0;
            }
            filled += heights[i];
        }
        out.add(new int[]{from, heights.length});
        return out;
    }

    private static PdfPCell cell(List<Paragraph> entries, int[] range, float padLeft, float padRight) {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0);
        cell.setPaddingLeft(padLeft);
        cell.setPaddingRight(padRight);
        for (int i = range[0]; i < range[1]; i++) {
            cell.addElement(entries.get(i));
        }
        return cell;
    }

    /**
     * One paragraph per run of one company's sources, naming the company once (a source several
     * companies cite is a paragraph of its own, under its full label): "Alphabet: [25] prchief.com, 2025-02-04 · ...
     * [62] 10-Q for Q1 2026, filed 2026-04-30", each source still its own number and link. (Built
     * anew for each use: a paragraph laid out once cannot be laid out again.)
     */
    private List<Paragraph> entries(List<Source> shown, float indent) {
        List<Paragraph> out = new ArrayList<>();
        int i = 0;
        while (i < shown.size()) {
            String filer = shown.get(i).filer();
            int j = i;
            while (!filer.isEmpty() && j < shown.size() && shown.get(j).filer().equals(filer)) {
                j++;
            }
            if (j - i >= GROUP) {
                out.add(group(filer, shown.subList(i, j)));
                i = j;
            } else {
                out.add(entry(shown.get(i), indent));
                i++;
            }
        }
        return out;
    }

    private Paragraph group(String filer, List<Source> filings) {
        // (a company's run of sources: its filings and pages alike)
        Styles s = c.styles();
        Font font = s.sourceLink();
        Paragraph p = new Paragraph("", font);
        p.add(Composer.chunk(filer + ": ", s.sourceNumber()));
        for (int k = 0; k < filings.size(); k++) {
            Source f = filings.get(k);
            if (k > 0) {
                p.add(Composer.chunk(" \u00b7 ", s.source()));
            }
            p.add(new Chunk("[" + f.number() + "] ", s.sourceNumber()));
            Chunk label = Composer.chunk(f.brief(), f.url() ? font : s.source());
            if (f.url()) {
                label.setAnchor(f.text().strip());
            }
            p.add(label);
        }
        p.setLeading(font.getSize() * 1.22f);
        p.setSpacingAfter(0.6f);
        p.setAlignment(Element.ALIGN_LEFT);
        return p;
    }

    /** "[12]" then, at the indent every line of the label keeps, the label (a link for a web page). */
    private Paragraph entry(Source src, float indent) {
        Styles s = c.styles();
        Font font = src.url() ? s.sourceLink() : s.source();
        // every chunk in an embedded face: a chunk left in the default font would bring in a font of OpenPDF's own
        Paragraph p = new Paragraph("", font);
        p.add(new Chunk("[" + src.number() + "]", s.sourceNumber()));
        Chunk tab = new Chunk(new VerticalPositionMark(), indent);
        tab.setFont(font);
        p.add(tab);
        Chunk label = Composer.chunk(src.label(), font);
        if (src.url()) {
            label.setAnchor(src.text().strip());
        }
        p.add(label);
        p.setLeading(font.getSize() * 1.22f);
        p.setIndentationLeft(indent);
        p.setFirstLineIndent(-indent);
        p.setSpacingAfter(0.6f);
        p.setAlignment(Element.ALIGN_LEFT);
        return p;
    }

    /** The height the entry takes in a column this wide, measured by laying it out. */
    private static float height(Paragraph p, float width) {
        ColumnText ct = new ColumnText(null);
        ct.setSimpleColumn(0, 0, width, MEASURE);
        ct.addElement(p);
        try {
            ct.go(true);
        } catch (DocumentException e) {
            throw new IllegalStateException("could not measure a source: " + e.getMessage(), e);
        }
        return MEASURE - ct.getYLine();
    }

    private static float sum(float[] heights, int[] range) {
        float out = 0;
        for (int i = range[0]; i < range[1]; i++) {
            out += heights[i];
        }
        return out;
    }
}
