package dev.capexbrief.render.pdf;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** How the source list's entries are shared between columns: balanced on one page, else page by page. */
class SourceColumnsTest {

    @Test
    void aListThatFitsOnAPageIsSplitIntoTwoColumnsOfAboutTheSameHeight() {
        float[] heights = {10, 10, 20, 10, 10, 10, 10};

        assertThat(SourceColumns.columns(heights, 100)).extracting(r -> r[0] + "-" + r[1])
                .containsExactly("0-3", "3-7");
    }

    @Test
    void aLongerListFillsEachColumnToThePageInTurn() {
        float[] heights = new float[25];
        java.util.Arrays.fill(heights, 10);

        List<int[]> columns = SourceColumns.columns(heights, 100);

        assertThat(columns).extracting(r -> r[0] + "-" + r[1]).containsExactly("0-10", "10-20", "20-25");
    }
}
