package dev.capexbrief.render.excel;

import dev.capexbrief.render.model.Category;
import dev.capexbrief.render.model.ChartKind;
import dev.capexbrief.render.model.Exhibit;

import java.util.ArrayList;
import java.util.List;

/**
 * A numbered exhibit on its section's sheet: the native chart, titled as the PDF titles it, over a
 * block of rows, with the exhibit's note (and which companies it draws, when not all) under it.
 */
final class ChartPiece implements Piece {
    private static final int LINE_ROWS = 20;
    /** Columns a chart spans at most: wider sheets keep it readable beside their tables. */
    private static final int MAX_COLUMNS = 11;

    private final ChartData data;

    ChartPiece(ChartData data) {
        this.data = data;
    }

    private Exhibit exhibit() {
        return data.exhibit();
    }

    /** Bars get two rows each, so labels stay legible; time charts a fixed height. */
    private int chartRows() {
        boolean bars = exhibit().kind() == ChartKind.RANGE_BARS;
        return bars ? Math.max(14, 4 + 2 * exhibit().categories().size()) : LINE_ROWS;
    }

    private List<String> notes() {
        List<String> out = new ArrayList<>();
        if (!exhibit().noteText().isEmpty()) {
            out.add(exhibit().noteText());
        }
        if (!exhibit().scope().isEmpty()) {
            out.add(exhibit().scope());
        }
        return out;
    }

    @Override
    public int height() {
        return chartRows() + notes().size();
    }

    @Override
    public void write(Canvas canvas, int top) {
        List<String> labels = exhibit().categories().stream().map(Category::label).toList();
        ChartFrame frame = new ChartFrame(exhibit().numberedTitle(), 0, top, Math.min(canvas.width(), MAX_COLUMNS),
                top + chartRows(), data.categoriesRef(), labels);
        canvas.charts().draw(canvas.grid().sheet(), frame, data);
        int r = top + chartRows();
        for (String note : notes()) {
            canvas.grid().paragraph(r++, 0, canvas.width() - 1, note, canvas.styles().note());
        }
    }
}
