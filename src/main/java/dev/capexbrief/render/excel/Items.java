package dev.capexbrief.render.excel;

import java.util.List;

/**
 * A titled list from the model (key takeaways, methodology notes, the marks' legend, data
 * warnings): every item, numbered in the first column with its text wrapped across the rest, or
 * bulleted and wrapped across the whole sheet (where the first column is a wide one).
 */
final class Items implements Piece {
    private final String title;
    private final List<String> items;
    private final boolean numbered;

    Items(String title, List<String> items, boolean numbered) {
        this.title = title;
        this.items = List.copyOf(items);
        this.numbered = numbered;
    }

    @Override
    public int height() {
        return items.isEmpty() ? 0 : 1 + items.size();
    }

    @Override
    public void write(Canvas canvas, int top) {
        if (items.isEmpty()) {
            return;
        }
        Styles s = canvas.styles();
        canvas.grid().label(top, 0, title, s.section());
        for (int i = 0; i < items.size(); i++) {
            int r = top + 1 + i;
            if (numbered) {
                canvas.grid().label(r, 0, (i + 1) + ".", s.text());
                canvas.grid().paragraph(r, 1, canvas.width() - 1, items.get(i), s.wrap());
            } else {
                canvas.grid().paragraph(r, 0, canvas.width() - 1, "\u2022 " + items.get(i), s.wrap());
            }
        }
    }
}
