package dev.capexbrief.render.model;

import java.util.List;

/**
 * A table row: a key that is stable across outputs (the company id, "FY2025", "total"), its kind,
 * the company it is about (or null), and one cell per column.
 */
public record Row(String key, Kind kind, String company, List<Cell> cells) {
    public enum Kind {
        BODY,
        /** The companies beyond the ones shown one by one, summed: only where rows are cut. */
        REMAINDER,
        TOTAL
    }

    public Row {
        cells = List.copyOf(cells);
    }

    public Cell cell(int column) {
        return cells.get(column);
    }
}
