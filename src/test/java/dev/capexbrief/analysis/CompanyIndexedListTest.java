package dev.capexbrief.analysis;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The briefing's lookups by company: found in one step, invisible to equality, read-only. */
class CompanyIndexedListTest {
    private static final List<String> ITEMS = List.of("A:headline", "A:other", "B:other", "C:headline");

    private static CompanyIndexedList<String> headlinesById() {
        return new CompanyIndexedList<>(new ArrayList<>(ITEMS),
                s -> s.endsWith(":headline") ? s.substring(0, s.indexOf(':')) : null);
    }

    @Test
    void findsTheFirstElementTheKeyNames() {
        CompanyIndexedList<String> list = headlinesById();

        assertThat(list.find("A")).contains("A:headline");
        assertThat(list.find("C")).contains("C:headline");
        assertThat(list.find("B")).as("B has no element the key names").isEmpty();
        assertThat(list.find("Z")).isEmpty();
    }

    @Test
    void isEqualToAnyListWithTheSameElements() {
        CompanyIndexedList<String> list = headlinesById();
        CompanyIndexedList<String> keyedOtherwise = new CompanyIndexedList<>(ITEMS, s -> s);

        assertThat(list).isEqualTo(ITEMS).isEqualTo(keyedOtherwise).hasSameHashCodeAs(ITEMS);
        assertThat(new ArrayList<>(ITEMS)).isEqualTo(list);
        assertThat(list).isNotEqualTo(ITEMS.subList(0, 3));
    }

    @Test
    void copiesItsElementsAndCannotBeChanged() {
        List<String> source = new ArrayList<>(ITEMS);
        CompanyIndexedList<String> list = new CompanyIndexedList<>(source, s -> s);
        source.clear();

        assertThat(list).containsExactlyElementsOf(ITEMS);
        assertThatThrownBy(() -> list.add("D:headline")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> list.subList(0, 1).clear()).isInstanceOf(UnsupportedOperationException.class);
    }
}
