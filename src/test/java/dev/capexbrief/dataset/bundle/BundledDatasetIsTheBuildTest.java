package dev.capexbrief.dataset.bundle;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The committed bundled dataset is byte for byte what {@code src/data/rebuild} makes from
 * {@code ../shared/data} with {@code src/data/bundle.yaml} (skipped where that folder is absent).
 */
class BundledDatasetIsTheBuildTest {
    static final Path SHARED = Path.of("..", "shared", "data");
    static final Path COMMITTED = Path.of("src/main/resources/dev/capexbrief/dataset/hyperscalers.yaml");

    @TempDir
    Path dir;

    @Test
    void committedFileIsWhatTheRebuildProduces() throws Exception {
        assumeTrue(Files.isDirectory(SHARED.resolve("companyfacts")), "../shared/data is not beside the checkout");
        BundleBuilder builder = new BundleBuilder(SHARED, BundleRecipe.load(Path.of("src/data/bundle.yaml")));
        byte[] built = builder.buildBytes(dir);
        String committed = Files.readString(COMMITTED, StandardCharsets.UTF_8);
        assertThat(new String(built, StandardCharsets.UTF_8))
                .as("run src/data/rebuild and commit the result")
                .isEqualTo(committed);
        assertThat(builder.report()).anyMatch(l -> l.startsWith("research: ")).anyMatch(l -> l.startsWith("import: MSFT"));
    }
}
