package dev.capexbrief.render.pdf;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the source list's sources are shared between columns: balanced when they fit in the room left,
 * else both columns filled to the room, then page by page, the last page's pair balanced.
 */
class SourceColumnsTest {

    /** Each source this tall, a column of them the sum. */
    private static SourceColumns.Measure heights(float... heights) {
        return (from, to) -> {
            float out = 0;
            for (int i = from; i < to; i++) {
                out += heights[i];
            }
            return out;
        };
    }

    private static List<String> columns(SourceColumns.Measure m, int n, float first, float page) {
        return SourceColumns.columns(m, n, first, page).stream().map(r -> r[0] + "-" + r[1]).toList();
    }

    @Test
    void aListThatFitsInTheRoomIsSplitIntoTwoColumnsOfAboutTheSameHeight() {
        assertThat(columns(heights(10, 10, 20, 10, 10, 10, 10), 7, 100, 200)).containsExactly("0-3", "3-7");
    }

    @Test
    void aLongerListFillsBothColumnsToTheRoomThenBalancesTheNextPage() {
        float[] h = new float[25];
        java.util.Arrays.fill(h, 10);

        // 4 and 4 on this page, the other 17 over two columns of the next
        assertThat(columns(heights(h), 25, 40, 100)).containsExactly("0-4", "4-8", "8-17", "17-25");
    }

    @Test
    void aListLongerThanTwoPagesFillsEveryPageButTheLast() {
        float[] h = new float[40];
        java.util.Arrays.fill(h, 10);

        assertThat(columns(heights(h), 40, 30, 100)).containsExactly("0-3", "3-6", "6-16", "16-26", "26-33", "33-40");
    }
}
