package dev.capexbrief.dataset.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.capexbrief.dataset.Period;
import org.junit.jupiter.api.Tag;

import java.nio.charset.StandardCharsets;
import java.time.Month;

/** Any text as a period label: a period whose label reads back as itself, or IllegalArgumentException. */
@Tag("fuzz")
class PeriodFuzzTest {
    @FuzzTest(maxDuration = "5s")
    void parsesOrRefuses(byte[] input) {
        // bytes, not String, so the seeds in PeriodFuzzTestInputs are plain text files
        String text = new String(input, StandardCharsets.UTF_8);
        Period p;
        try {
            p = Period.parse(text);
        } catch (IllegalArgumentException e) {
            if (e.getMessage() == null || e.getMessage().isBlank()) {
                throw new IllegalStateException("refused without a message: " + text);
            }
            return;
        }
        if (!Period.parse(p.label()).equals(p)) {
            throw new IllegalStateException(text + " -> " + p.label() + " does not read back");
        }
        for (Month fye : Month.values()) {
            if (p.end(fye).isBefore(p.start(fye))) {
                throw new IllegalStateException(p + " ends before it starts for a year ending in " + fye);
            }
        }
    }
}
