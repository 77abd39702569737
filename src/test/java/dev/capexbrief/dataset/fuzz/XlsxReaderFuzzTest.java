package dev.capexbrief.dataset.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.capexbrief.dataset.DatasetReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Any bytes as an .xlsx dataset, read the way the CLI reads it (a file, dispatched by extension):
 * a dataset or a list of problems, never a crash or a hang. The seeds are small workbooks.
 */
@Tag("fuzz")
class XlsxReaderFuzzTest {
    private static Path dir;

    @BeforeAll
    static void folder() throws IOException {
        dir = Files.createTempDirectory("capexbrief-fuzz-xlsx");
    }

    @AfterAll
    static void clean() throws IOException {
        Files.deleteIfExists(dir.resolve("fuzz.xlsx"));
        Files.deleteIfExists(dir);
    }

    @FuzzTest(maxDuration = "5s")
    void readsOrRefuses(byte[] input) throws IOException {
        Path file = Files.write(dir.resolve("fuzz.xlsx"), input);
        FuzzProperty.check(file.toString(), () -> new DatasetReader().read(file));
    }
}
