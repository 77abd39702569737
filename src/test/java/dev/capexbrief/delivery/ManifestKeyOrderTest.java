package dev.capexbrief.delivery;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The manifest writes the email's values with their keys in one order, the order they are recorded
 * in, so two runs on the same data write the same bytes: the week's first day before its last, an
 * exhibit's number before its title, a scoreboard row's company before its figures and each figure's
 * label, value and what follows it in that order, this week's rows before their count and notes.
 */
class ManifestKeyOrderTest {
    @TempDir
    Path dir;

    @Test
    void theEmailValuesKeepTheirKeysInTheOrderRecorded() throws Exception {
        BriefingOutputs b = BriefingOutputs.write(dir, null, LocalDate.of(2026, 9, 10), "USD");
        String json = Files.readString(b.result().manifestFile()).replaceAll("\\s+", "");
        assertThat(json).contains("\"week\":{\"start\":\"2026-09-07\",\"end\":\"2026-09-10\"}",
                "\"exhibits\":[{\"number\":1,\"title\":",
                "\"scoreboard\":{\"rows\":[{\"company\":\"Amazon\",\"items\":[{\"label\":\"FY2026plan\",\"value\":",
                "\"thisWeek\":{\"rows\":[");
        assertThat(json).containsPattern("\"moreText\":\"[^\"]*\",\"notes\":\\[");
    }
}
