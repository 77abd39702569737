package dev.capexbrief.analysis;

import java.util.AbstractList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.function.Function;

/**
 * An immutable list that also finds the first element for a company id in constant time, so
 * renderers looking up 20,000 companies one by one stay linear. The lookup is worked out from the
 * elements alone; equality and hash code are the list's, element by element, so a record holding
 * one is still a value.
 */
final class CompanyIndexedList<T> extends AbstractList<T> implements RandomAccess {
    private final List<T> items;
    private final Map<String, T> first = new HashMap<>();

    /** {@code key} gives an element's company id, or null for an element that is not to be found by id. */
    CompanyIndexedList(List<T> items, Function<? super T, String> key) {
        this.items = List.copyOf(items);
        for (T item : this.items) {
            String id = key.apply(item);
            if (id != null) {
                first.putIfAbsent(id, item);
            }
        }
    }

    /** The first element for {@code companyId} among those {@code key} named, if any. */
    Optional<T> find(String companyId) {
        return Optional.ofNullable(first.get(companyId));
    }

    @Override
    public T get(int index) {
        return items.get(index);
    }

    @Override
    public int size() {
        return items.size();
    }

    @Override
    public int hashCode() {
        return items.hashCode();
    }
}
