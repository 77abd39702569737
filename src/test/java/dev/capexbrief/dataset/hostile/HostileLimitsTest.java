package dev.capexbrief.dataset.hostile;

import dev.capexbrief.dataset.CsvDatasetReader;
import dev.capexbrief.dataset.DatasetReader;
import dev.capexbrief.dataset.InvalidDatasetException;
import dev.capexbrief.dataset.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Files far beyond anything a dataset needs: each refused quickly, after reading only as much as it
 * takes to know, with one clear message. The big inputs are generated on the fly (or sparse), so
 * nothing big is committed or written. (The size and row limits, which take reading hundreds of
 * megabytes to reach, are tested with small limits in {@code ReadLimitsTest}.)
 */
class HostileLimitsTest {
    private static final long TWO_GB = 2L * 1024 * 1024 * 1024;
    private static final byte[] HEADER = HostileInput.HEADER.getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    static List<String> problems(SyntheticStream in) {
        InvalidDatasetException e = catchThrowableOfType(InvalidDatasetException.class,
                () -> new CsvDatasetReader().read(in, "big.csv"));
        assertThat(e).as("refused").isNotNull();
        return e.problems().stream().map(Problem::toString).toList();
    }

    @Test
    @Timeout(20)
    void aTenMegabyteLineStopsAtTheLineLimit() {
        SyntheticStream in = new SyntheticStream(HEADER, "x".getBytes(StandardCharsets.UTF_8), HEADER.length + (10L << 20));
        assertThat(problems(in)).containsExactly("big.csv:2: has a line longer than 1000000 characters; this is not a capexbrief dataset");
        assertThat(in.consumed()).as("bytes read before giving up").isLessThan(2L << 20);
    }

    @Test
    @Timeout(20)
    void aTwoGigabyteFileOfBadRowsStopsAfterAThousandErrors() {
        byte[] bad = HostileInputs.row("period", "FY20X5").getBytes(StandardCharsets.UTF_8);
        SyntheticStream in = new SyntheticStream(HEADER, bad, TWO_GB);
        List<String> problems = problems(in);
        assertThat(problems).hasSize(1001).startsWith(
                "big.csv:2: period: 'FY20X5' is not a period; write FY2025, FY2025Q3, CY2025, CY2025Q1 or FY2026-FY2028");
        assertThat(problems.get(1000)).isEqualTo("big.csv:1002: stopped reading after 1000 errors; fix these and run again");
        assertThat(in.consumed()).isLessThan(1L << 20);
    }

    @Test
    @Timeout(20)
    void aSparseTwoGigabyteFileIsRefusedOnItsFirstLine() throws Exception {
        Path csv = sparse("sparse.csv");
        assertThat(problems(csv)).containsExactly(csv + ":1: has a line longer than 1000000 characters; this is not a capexbrief dataset");
        Path yaml = sparse("sparse.yaml");
        assertThat(problems(yaml)).containsExactly(yaml + ":1: contains control characters (U+0000 and the like);"
                + " a dataset is UTF-8 text");
    }

    /** Two gigabytes of zero bytes that take no disk space. */
    private Path sparse(String name) throws Exception {
        Path file = dir.resolve(name);
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(TWO_GB);
        }
        return file;
    }

    private static List<String> problems(Path file) {
        InvalidDatasetException e = catchThrowableOfType(InvalidDatasetException.class, () -> new DatasetReader().read(file));
        assertThat(e).as("refused").isNotNull();
        return e.problems().stream().map(Problem::toString).toList();
    }
}
