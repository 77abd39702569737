package dev.capexbrief.render.excel;

import org.apache.poi.xssf.usermodel.XSSFCellStyle;

import java.util.List;
import java.util.function.Function;

/**
 * Text from the model, one row a line: a heading, or paragraphs (an intro, notes, a disclaimer)
 * wrapped across the sheet's tables; {@link #heading} puts a heading and its intro together.
 */
final class Lines implements Piece {
    enum Look {
        TITLE(Styles::title, false), SECTION(Styles::section, false), INTRO(Styles::intro, true),
        NOTE(Styles::note, true), NOTICE(Styles::notice, true);

        private final Function<Styles, XSSFCellStyle> style;
        private final boolean wraps;

        Look(Function<Styles, XSSFCellStyle> style, boolean wraps) {
            this.style = style;
            this.wraps = wraps;
        }
    }

    private final List<String> lines;
    private final Look first;
    private final Look look;

    private Lines(List<String> lines, Look first, Look look) {
        this.lines = List.copyOf(lines);
        this.first = first;
        this.look = look;
    }

    Lines(List<String> lines, Look look) {
        this(lines, look, look);
    }

    /** A heading in {@code look} and the paragraphs under it in {@code body}. */
    static Lines heading(String heading, Look look, List<String> paragraphs, Look body) {
        List<String> all = new java.util.ArrayList<>();
        all.add(heading);
        all.addAll(paragraphs);
        return new Lines(all, look, body);
    }

    @Override
    public int height() {
        return lines.size();
    }

    @Override
    public void write(Canvas canvas, int top) {
        for (int i = 0; i < lines.size(); i++) {
            Look look = i == 0 ? first : this.look;
            XSSFCellStyle style = look.style.apply(canvas.styles());
            if (look.wraps) {
                canvas.grid().paragraph(top + i, 0, canvas.width() - 1, lines.get(i), style);
            } else {
                canvas.grid().label(top + i, 0, lines.get(i), style);
            }
        }
    }
}
