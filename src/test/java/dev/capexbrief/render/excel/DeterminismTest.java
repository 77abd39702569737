package dev.capexbrief.render.excel;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.time.LocalDateTime;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

class DeterminismTest {

    @Test
    void theSameBriefingGivesTheSameBytes() {
        byte[] first = Workbooks.write(Workbooks.model(Workbooks.bundled(), Workbooks.YEAR_LATER), Workbooks.bundled());
        byte[] second = Workbooks.write(Workbooks.model(Workbooks.bundled(), Workbooks.YEAR_LATER), Workbooks.bundled());
        assertThat(second).isEqualTo(first);
        byte[] otherDay = Workbooks.write(Workbooks.model(Workbooks.bundled(), Workbooks.SEED_DAY), Workbooks.bundled());
        assertThat(otherDay).isNotEqualTo(first);
    }

    @Test
    void everyZipEntryIsStampedWithTheAsOfDate() throws Exception {
        byte[] xlsx = Workbooks.write(Workbooks.model(Workbooks.bundled(), Workbooks.SEED_DAY), Workbooks.bundled());
        int entries = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                assertThat(e.getTimeLocal()).as(e.getName()).isEqualTo(LocalDateTime.of(2025, 2, 7, 0, 0));
                assertThat(e.getExtra()).as(e.getName()).isNullOrEmpty();
                entries++;
            }
        }
        assertThat(entries).isGreaterThan(20);
    }
}
