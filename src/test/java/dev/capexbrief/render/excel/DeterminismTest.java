package dev.capexbrief.render.excel;

import dev.capexbrief.analysis.Briefing;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.time.LocalDateTime;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

class DeterminismTest {

    @Test
    void theSameBriefingGivesTheSameBytes() {
        Briefing b = Workbooks.briefing(Workbooks.bundled(), Workbooks.YEAR_LATER);
        byte[] first = Workbooks.write(b, Workbooks.bundled());
        byte[] second = Workbooks.write(Workbooks.briefing(Workbooks.bundled(), Workbooks.YEAR_LATER), Workbooks.bundled());
        assertThat(second).isEqualTo(first);
        byte[] otherDay = Workbooks.write(Workbooks.briefing(Workbooks.bundled(), Workbooks.SEED_DAY), Workbooks.bundled());
        assertThat(otherDay).isNotEqualTo(first);
    }

    @Test
    void everyZipEntryIsStampedWithTheAsOfDate() throws Exception {
        Briefing b = Workbooks.briefing(Workbooks.bundled(), Workbooks.SEED_DAY);
        byte[] xlsx = Workbooks.write(b, Workbooks.bundled());
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
