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
 * to the source's web address when it has one. The list follows what comes before it on the same
 * page when there is useful room there, filling both columns to the foot of the page and going on
 * in columns on the next; its last page's two columns are balanced. A run of sources breaks between
 * two sources only, and names its company again at the top of the next column. Columns are measured
 * as they will be set, so a column never runs past the page.
 */
final class SourceColumns {
    private static final float GUTTER = 14;
    /** A column is filled to this share of the room: what measuring may miss. */
    private static final float FILL = 0.97f;
    /** Less room than this under the title, and a list that does not fit starts on the next page. */
    private static final float USEFUL = 150;
    private static final float MEASURE = 10_000;
    /** Sources of one company in a row that are listed as one paragraph naming the company once. */
    static final int GROUP = 1;

    private final Composer c;

    SourceColumns(Composer composer) {
        this.c = composer;
    }

    /** The height of the sources [from, to) set as one column. */
    interface Measure {
        float height(int from, int to);
    }

    void write(String title, List<Source> shown) {
        float column = (c.width() - GUTTER) / 2;
        float indent = indent(shown);
        Measure measure = (from, to) -> height(entries(shown.subList(from, to), indent), column);
        int n = shown.size();
        int split = balanced(measure, 0, n);
        float whole = Math.max(measure.height(0, split), measure.height(split, n));
        float below = c.room() - Composer.SUBHEADING;
        // a page more than half empty takes the list's start; a fuller one a list that fits or useful room
        if (!c.halfEmpty() && below * FILL < whole && below < USEFUL) {
            c.newPage();
        }
        c.subheading(title, 0);
        List<int[]> columns = columns(measure, n, c.room() * FILL - 2, c.pageHeight() * FILL);
        PdfPTable table = new PdfPTable(2);
        table.setWidthPercentage(100);
        for (int k = 0; k < columns.size(); k += 2) {
            table.addCell(cell(entries(shown, columns.get(k)), 0, GUTTER / 2));
            table.addCell(cell(k + 1 < columns.size() ? entries(shown, columns.get(k + 1)) : List.of(), GUTTER / 2, 0));
        }
        c.add(table);
    }

    /**
     * Sources [from, to) per column, two columns a page: the first two filled to {@code first} (the
     * room on this page), the next pairs to {@code page}, and the last pair balanced.
     */
    static List<int[]> columns(Measure measure, int n, float first, float page) {
        List<int[]> out = new ArrayList<>();
        int from = 0;
        while (from < n) {
            float room = out.size() < 2 ? first : page;
            if (out.size() % 2 == 0) {
                int split = balanced(measure, from, n);
                if (measure.height(from, split) <= room && measure.height(split, n) <= room) {
                    out.add(new int[]{from, split});
                    out.add(new int[]{split, n});
                    return out;
                }
            }
            int to = fill(measure, from, n, room);
            out.add(new int[]{from, to});
            from = to;
        }
        return out;
    }

    /** The most sources from {@code from} on that fit in {@code room}, at least one. */
    private static int fill(Measure measure, int from, int n, float room) {
        int lo = from + 1;
        int hi = n;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (measure.height(from, mid) <= room) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    /** Where [from, n) splits into two columns whose taller one is as short as it can be. */
    private static int balanced(Measure measure, int from, int n) {
        int lo = from;
        int hi = n;
        // the first split whose left column is at least as tall as its right one
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (measure.height(from, mid) >= measure.height(mid, n)) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        if (lo > from && Math.max(measure.height(from, lo - 1), measure.height(lo - 1, n))
                < Math.max(measure.height(from, lo), measure.height(lo, n))) {
            return lo - 1;
        }
        return lo;
    }

    /** Where a label starts after its number, the widest number's width and a little. */
    private float indent(List<Source> shown) {
        Font number = c.styles().sourceNumber();
        int widest = shown.stream().mapToInt(Source::number).max().orElse(1);
        return number.getBaseFont().getWidthPoint("[" + widest + "]", number.getSize()) + 3;
    }

    private List<Paragraph> entries(List<Source> shown, int[] range) {
        return entries(shown.subList(range[0], range[1]), indent(shown));
    }

    private static PdfPCell cell(List<Paragraph> entries, float padLeft, float padRight) {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0);
        cell.setPaddingLeft(padLeft);
        cell.setPaddingRight(padRight);
        entries.forEach(cell::addElement);
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

    /** The height the entries take in a column this wide, measured by laying them out. */
    private static float height(List<Paragraph> entries, float width) {
        if (entries.isEmpty()) {
            return 0;
        }
        ColumnText ct = new ColumnText(null);
        ct.setSimpleColumn(0, 0, width, MEASURE);
        entries.forEach(ct::addElement);
        try {
            ct.go(true);
        } catch (DocumentException e) {
            throw new IllegalStateException("could not measure the sources: " + e.getMessage(), e);
        }
        return MEASURE - ct.getYLine();
    }
}
