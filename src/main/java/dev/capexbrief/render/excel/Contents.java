package dev.capexbrief.render.excel;

import java.util.List;

/** The Summary's table of contents: each sheet, linked, with what it holds. */
final class Contents implements Piece {
    /** A sheet and what it holds (its section's heading). */
    record Entry(String sheet, String about) {
    }

    private final List<Entry> entries;

    Contents(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    @Override
    public int height() {
        return 1 + entries.size();
    }

    @Override
    public void write(Canvas canvas, int top) {
        canvas.grid().label(top, 0, "Contents", canvas.styles().section());
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            canvas.grid().internalLink(top + 1 + i, 0, e.sheet(), Refs.linkTarget(e.sheet(), 0, 0));
            canvas.grid().label(top + 1 + i, Headlines.VALUE, e.about(), canvas.styles().text());
        }
    }
}
