package dev.capexbrief.dataset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SHA-256 a manifest records for the dataset is the digest of its bytes on disk (what
 * {@code sha256sum} prints), although it is worked out on another thread while the file is read
 * ({@link ParallelDigest}).
 */
class DatasetDigestTest {
    @TempDir
    Path dir;

    @Test
    void theDigestOfEachDatasetFormatIsTheDigestOfItsBytes() throws Exception {
        for (Path data : new Path[] {Path.of("src/test/resources/datasets/six-weeks.csv"),
                Path.of("src/test/resources/datasets/next-tier.yaml")}) {
            assertThat(new DatasetReader().load(data).sha256()).as(data.toString()).isEqualTo(Digests.of(data));
        }
        byte[] bundled;
        try (InputStream in = DatasetReader.class.getResourceAsStream(DatasetReader.BUNDLED_RESOURCE)) {
            bundled = in.readAllBytes();
        }
        assertThat(new DatasetReader().loadBundled().sha256()).isEqualTo(Digests.of(bundled));
    }

    @Test
    void aDatasetOfManyBuffersIsDigestedWhole() throws Exception {
        // 3 MB: many times the digest's eight 64 KiB buffers, so the reader waits for it
        StringBuilder csv = new StringBuilder("company,metric,kind,period,value,unit,currency,announced,source\n");
        for (int i = 0; csv.length() < 3_000_000; i++) {
            csv.append("C").append(i).append(",capex,actual,FY2025Q").append(i % 4 + 1)
                    .append(",1.5,B,USD,2026-02-01,https://example.com/").append(i).append('\n');
        }
        Path file = Files.writeString(dir.resolve("big.csv"), csv, StandardCharsets.UTF_8);
        assertThat(new DatasetReader().load(file).sha256()).isEqualTo(Digests.of(file));
    }
}
