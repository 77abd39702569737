package dev.capexbrief.delivery.mail;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BriefingFilesTest {
    @Test
    void theWeekComesFromTheNameOrTheFolderAndTheDateIsItsSunday() {
        assertThat(BriefingFiles.asOf(List.of(Path.of("output/2025-W06/capex-briefing-2025-W06.pdf"))))
                .isEqualTo(LocalDate.of(2025, 2, 9));
        assertThat(BriefingFiles.asOf(List.of(Path.of("output/2025-W06/briefing.pdf")))).isEqualTo(LocalDate.of(2025, 2, 9));
    }

    @Test
    void aDateInTheNameIsTheAsOfDate() {
        assertThat(BriefingFiles.asOf(List.of(Path.of("out/2025-W06/brief-2025-02-06.pdf"))))
                .isEqualTo(LocalDate.of(2025, 2, 6));
    }

    @Test
    void filesOfDifferentWeeksOrNoWeekAreRefused() {
        assertThatThrownBy(() -> BriefingFiles.asOf(List.of(Path.of("a/2025-W06/x.pdf"), Path.of("a/2025-W07/x.xlsx"))))
                .hasMessage("the files are of different weeks (2025-W06 and 2025-W07); send one week's briefing at a time");
        assertThatThrownBy(() -> BriefingFiles.asOf(List.of(Path.of("/tmp/briefing.pdf"))))
                .hasMessageStartingWith("cannot tell which week /tmp/briefing.pdf is");
    }
}
