package dev.capexbrief.render.text;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import java.util.function.Function;

/**
 * A list whose items are built from a source list the first time a template reads them, then
 * kept: a briefing on 20,000 companies hands templates 20,000 guidance records, and most templates
 * read only the first few.
 */
final class LazyList<T, R> extends AbstractList<R> implements RandomAccess {
    private final List<T> source;
    private final Function<T, R> build;
    private final Object[] built;

    LazyList(List<T> source, Function<T, R> build) {
        this.source = source;
        this.build = build;
        this.built = new Object[source.size()];
    }

    @Override
    @SuppressWarnings("unchecked")
    public R get(int index) {
        if (built[index] == null) {
            built[index] = build.apply(source.get(index));
        }
        return (R) built[index];
    }

    @Override
    public int size() {
        return source.size();
    }
}
