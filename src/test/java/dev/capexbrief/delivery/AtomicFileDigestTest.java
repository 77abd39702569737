package dev.capexbrief.delivery;

import dev.capexbrief.dataset.Digests;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SHA-256 a manifest records for a PDF or workbook is the digest of the file on disk, although
 * it is worked out on another thread while the file is written.
 */
class AtomicFileDigestTest {
    @TempDir
    Path dir;

    @Test
    void aWrittenFileRecordsTheDigestOfWhatIsOnDisk() throws Exception {
        // 5 MB in pieces of every size: whole buffers, single bytes, one long write
        byte[] bytes = new byte[5_000_001];
        new Random(7).nextBytes(bytes);
        Path target = dir.resolve("briefing.pdf");
        try (AtomicFile file = AtomicFile.prepare(target, out -> {
            out.write(bytes, 0, 10);
            out.write(bytes[10]);
            out.write(bytes, 11, bytes.length - 11);
        })) {
            file.commit();
            assertThat(file.sha256()).isEqualTo(Digests.of(target)).isEqualTo(Digests.of(bytes));
        }
    }

    @Test
    void anEmptyFileHasTheDigestOfNothing() throws Exception {
        try (AtomicFile file = AtomicFile.prepare(dir.resolve("empty.json"), out -> { })) {
            assertThat(file.sha256()).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        }
    }
}
