package dev.capexbrief.dataset;

import java.util.AbstractMap;
import java.util.Map;
import java.util.Set;

/** A CSV record seen as field name → text without copying it: the header maps names to cells. */
final class CellMap extends AbstractMap<String, String> {
    private final Map<String, Integer> columns;
    private final String[] cells;

    CellMap(Map<String, Integer> columns, String[] cells) {
        this.columns = columns;
        this.cells = cells;
    }

    @Override
    public String get(Object key) {
        Integer i = columns.get(key);
        return i == null || i >= cells.length ? null : cells[i];
    }

    @Override
    public Set<Entry<String, String>> entrySet() {
        Map<String, String> copy = new java.util.LinkedHashMap<>();
        columns.forEach((name, i) -> copy.put(name, i < cells.length ? cells[i] : null));
        return copy.entrySet();
    }
}
