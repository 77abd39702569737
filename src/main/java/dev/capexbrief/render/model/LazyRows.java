package dev.capexbrief.render.model;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import java.util.function.Function;

/**
 * A table's rows worked out when they are read, one per item, then the fixed rows after them (a
 * total). A table of 20,000 companies is then never held whole: the PDF reads its first dozen
 * rows, the workbook streams through all of them, and neither keeps them. Immutable, as the items
 * are; every key is unique because each item is one company.
 */
final class LazyRows<T> extends AbstractList<Row> implements RandomAccess {
    private final List<T> items;
    private final Function<T, Row> row;
    private final List<Row> tail;

    private LazyRows(List<T> items, Function<T, Row> row, List<Row> tail) {
        this.items = List.copyOf(items);
        this.row = row;
        this.tail = List.copyOf(tail);
    }

    static <T> List<Row> of(List<T> items, Function<T, Row> row, List<Row> tail) {
        return new LazyRows<>(items, row, tail);
    }

    @Override
    public Row get(int index) {
        return index < items.size() ? row.apply(items.get(index)) : tail.get(index - items.size());
    }

    @Override
    public int size() {
        return items.size() + tail.size();
    }

    /** The body rows: every item's. */
    List<Row> items() {
        return subList(0, items.size());
    }
}
