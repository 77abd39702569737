package dev.capexbrief.render.pdf;

import com.lowagie.text.Font;

import java.util.Arrays;

/**
 * A table's column widths: the relative widths the model gives, widened where a column's longest
 * word (a figure such as "$175–185B", a date) would not fit on one line, so a number is never
 * split; the other columns give up the room in proportion.
 */
final class ColumnWidths {
    /** No column is widened past this share of the table for one long word (a URL wraps instead). */
    private static final float MAX_SHARE = 0.5f;

    private final float[] relative;
    private final float[] needed;

    ColumnWidths(float[] relative) {
        this.relative = relative.clone();
        this.needed = new float[relative.length];
    }

    /**
     * Records that column {@code i} shows {@code text} in {@code font}: its longest piece that a
     * line may not break ({@link TextBreaks#units}, "Jul 2025–Jun 2026") must fit.
     */
    void fit(int i, String text, Font font, float extra) {
        float widest = 0;
        for (String word : TextBreaks.CELLS.units(text)) {
            widest = Math.max(widest, font.getBaseFont().getWidthPoint(word, font.getSize()));
        }
        needed[i] = Math.max(needed[i], widest + extra + 2 * Tables.CELL_PADDING + 1);
    }

    /**
     * Records that column {@code i} is headed {@code header} in {@code font}: each of its words fits
     * whole, so "Company-defined" is not parted at its hyphen.
     */
    void fitHeader(int i, String header, Font font) {
        for (String word : header.split("\\s+")) {
            fitLine(i, word, font);
        }
    }

    /** Records that column {@code i} shows {@code text} in {@code font} on one line (a label). */
    void fitLine(int i, String text, Font font) {
        float w = font.getBaseFont().getWidthPoint(text, font.getSize());
        needed[i] = Math.max(needed[i], w + 2 * Tables.CELL_PADDING + 1);
    }

    /** The relative widths for a table {@code width} points wide. */
    float[] widths(float width) {
        float[] points = new float[relative.length];
        boolean[] fixed = new boolean[relative.length];
        for (int round = 0; round < relative.length; round++) {
            float free = width;
            float share = 0;
            for (int i = 0; i < relative.length; i++) {
                if (fixed[i]) {
                    free -= points[i];
                } else {
                    share += relative[i];
                }
            }
            if (share == 0) {
                break;
            }
            boolean changed = false;
            for (int i = 0; i < relative.length; i++) {
                if (!fixed[i]) {
                    points[i] = free * relative[i] / share;
                    float need = Math.min(needed[i], width * MAX_SHARE);
                    if (points[i] < need) {
                        points[i] = need;
                        fixed[i] = true;
                        changed = true;
                    }
                }
            }
            if (!changed) {
                break;
            }
        }
        return Arrays.copyOf(points, points.length);
    }
}
