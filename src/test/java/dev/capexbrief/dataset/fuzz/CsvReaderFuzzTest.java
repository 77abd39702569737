package dev.capexbrief.dataset.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.capexbrief.dataset.CsvDatasetReader;
import org.junit.jupiter.api.Tag;

import java.io.ByteArrayInputStream;

/** Any bytes as a CSV dataset: a dataset or a list of problems, never a crash or a hang. */
@Tag("fuzz")
class CsvReaderFuzzTest {
    @FuzzTest(maxDuration = "5s")
    void readsOrRefuses(byte[] input) {
        FuzzProperty.check("fuzz.csv", () -> new CsvDatasetReader().read(new ByteArrayInputStream(input), "fuzz.csv"));
    }
}
