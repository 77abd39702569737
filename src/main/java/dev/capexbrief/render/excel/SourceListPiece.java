package dev.capexbrief.render.excel;

import dev.capexbrief.render.model.Source;

import java.util.List;

/**
 * The briefing's numbered sources, every one (the model numbers them once for both outputs): the
 * number, the companies it is cited for, and the source, linked when it is a web address. The
 * layout pass records each row, so every "[n]" on the other sheets links here.
 */
final class SourceListPiece implements Piece {
    /** The source text's columns: C to F. */
    private static final int TEXT = 2;
    private static final int LAST = 5;
    private static final int SOURCE_CHARS = 122;
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
        grid.header(top + 1, TEXT, "Source", false);
        grid.sheet().addMergedRegionUnsafe(new org.apache.poi.ss.util.CellRangeAddress(top + 1, top + 1, TEXT, LAST));
        for (int i = 0; i < sources.size(); i++) {
            Source src = sources.get(i);
            int r = top + 2 + i;
            String cited = String.join(", ", src.companies());
            grid.label(r, 0, "[" + src.number() + "]", s.text());
            grid.label(r, 1, cited, s.wrap());
            grid.link(r, TEXT, src.text(), src.url() ? src.text() : null);
            grid.sheet().addMergedRegionUnsafe(new org.apache.poi.ss.util.CellRangeAddress(r, r, TEXT, LAST));
            int lines = Math.max(src.url() ? 1 : Text.lines(src.text(), (int) (SOURCE_CHARS * Grid.PROPORTIONAL)),
                    Text.lines(cited, (int) (CITED_CHARS * Grid.PROPORTIONAL)));
            if (lines > 1) {
                grid.row(r).setHeightInPoints(Math.min(409f, lines * 15f));
            }
        }
    }
}
