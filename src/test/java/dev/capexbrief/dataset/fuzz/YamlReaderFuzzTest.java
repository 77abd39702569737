package dev.capexbrief.dataset.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.capexbrief.dataset.YamlDatasetReader;
import org.junit.jupiter.api.Tag;

import java.io.ByteArrayInputStream;

/** Any bytes as a YAML dataset: a dataset or a list of problems, never a crash or a hang. */
@Tag("fuzz")
class YamlReaderFuzzTest {
    @FuzzTest(maxDuration = "5s")
    void readsOrRefuses(byte[] input) {
        FuzzProperty.check("fuzz.yaml", () -> new YamlDatasetReader().read(new ByteArrayInputStream(input), "fuzz.yaml"));
    }
}
