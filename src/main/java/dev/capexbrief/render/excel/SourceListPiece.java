package dev.capexbrief.render.excel;

import dev.capexbrief.render.model.Source;
import org.apache.poi.ss.util.CellRangeAddress;

import java.util.List;

/**
 * The briefing's numbered sources, every one (the model numbers them once for both outputs): the
 * number, the companies it is cited for, the source's label (the line the PDF lists it under,
 * linked when it is a web page) and beside it the web address in full, linked too, or the text in
 * full when the label shortens it. The layout pass records each row, so every "[n]" on the other
 * sheets links here.
 */
final class SourceListPiece implements Piece {
    /** The label's columns: C to E; the address in full in F, running on to the right. */
    private static final int LABEL = 2;
    private static final int LABEL_LAST = 4;
    private static final int FULL = 5;
    private static final int LABEL_CHARS = 94;
    private static final int CITED_CHARS = 16;

    private final String title;
    private final List<Source> sources;

    SourceListPiece(String title, List<Source> sources) {
        this.title = title;
        this.sources = List.copyOf(sources);
    }

    @Override
    public int height() {
        return 2 + sources.size();
    }

    @Override
    public void place(Addresses addresses, String sheet, int top) {
        for (int i = 0; i < sources.size(); i++) {
            addresses.source(sources.get(i).number(), Refs.linkTarget(sheet, top + 2 + i, 0));
        }
    }

    @Override
    public void write(Canvas canvas, int top) {
        Grid grid = canvas.grid();
        Styles s = canvas.styles();
        grid.label(top, 0, title, s.section());
        grid.header(top + 1, 0, "#", false);
        grid.header(top + 1, 1, "Cited for", false);
        grid.header(top + 1, LABEL, "Source", false);
        grid.sheet().addMergedRegionUnsafe(new CellRangeAddress(top + 1, top + 1, LABEL, LABEL_LAST));
        grid.header(top + 1, FULL, "Web address or full text", false);
        for (int i = 0; i < sources.size(); i++) {
            Source src = sources.get(i);
            int r = top + 2 + i;
            String cited = String.join(", ", src.companies());
            grid.label(r, 0, "[" + src.number() + "]", s.text());
            grid.label(r, 1, cited, s.wrap());
            if (src.url()) {
                grid.link(r, LABEL, src.label(), src.text());
                grid.sheet().addMergedRegionUnsafe(new CellRangeAddress(r, r, LABEL, LABEL_LAST));
            } else {
                grid.paragraph(r, LABEL, LABEL_LAST, src.label(), s.wrap());
            }
            if (src.url() || !src.label().contains(src.text().strip())) {
                grid.addressInFull(r, FULL, src.text());
            }
            int lines = Math.max(Text.lines(src.label(), (int) (LABEL_CHARS * Grid.PROPORTIONAL)),
                    Text.lines(cited, (int) (CITED_CHARS * Grid.PROPORTIONAL)));
            if (lines > 1) {
                grid.row(r).setHeightInPoints(Math.min(409f, lines * 15f));
            }
        }
    }
}
