package dev.capexbrief.dataset.edit;

import dev.capexbrief.CliProcesses;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Starts {@code capexbrief add} as a separate process on a large dataset, kills it with SIGKILL
 * while it writes the new version, and checks that the dataset is exactly as it was; the next run
 * removes the killed run's temporary file and adds the figure.
 */
class KilledEditTest {
    @TempDir
    Path dir;

    private CliProcesses processes;

    @org.junit.jupiter.api.BeforeEach
    void processes() {
        processes = new CliProcesses(dir);
    }

    @AfterEach
    void killLeftovers() {
        processes.killAll();
    }

    @Test
    void sigkillWhileRewritingLeavesTheDatasetAsItWas() throws Exception {
        Path data = bigDataset(dir.resolve("big.yaml"));
        byte[] before = Files.readAllBytes(data);
        String[] add = {"add", "guidance", "--company", "C00001", "--period", "FY2026", "--value", "3", "--announced",
                "2026-01-05", "--into", data.toString()};

        Process victim = cli(add);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (parts().isEmpty() && victim.isAlive() && Instant.now().isBefore(deadline)) {
            Thread.sleep(2);
        }
        assertThat(victim.isAlive()).as("the run must still be writing when it is killed").isTrue();
        victim.destroyForcibly();
        assertThat(victim.waitFor(30, TimeUnit.SECONDS)).isTrue();

        assertThat(Files.readAllBytes(data)).as("the dataset is exactly as it was").isEqualTo(before);
        assertThat(visible()).containsExactly("big.yaml");

        Process retry = cli(add);
        assertThat(retry.waitFor(600, TimeUnit.SECONDS)).isTrue();
        assertThat(retry.exitValue()).as(Files.readString(processes.stderr(1))).isZero();
        assertThat(parts()).as("the next run removes the killed run's temporary file").isEmpty();
        assertThat(Files.readAllBytes(data)).startsWith(before);
        assertThat(Files.readString(data)).endsWith("  - {company: C00001, metric: capex, kind: guidance, period: FY2026,"
                + " value: 3, currency: USD, unit: B, announced: 2026-01-05}\n");
    }

    private List<Path> parts() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".part")).toList();
        }
    }

    private List<String> visible() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".") && !n.matches("std(out|err)-\\d+\\.txt") && !n.equals("tmp")).toList();
        }
    }

    private Process cli(String... args) throws IOException {
        return processes.start(512, args);
    }

    /** 250,000 figures, one flow line each: large enough that copying and checking it takes a while. */
    private static Path bigDataset(Path file) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file)) {
            w.write("# synthetic\nfigures:\n");
            for (int c = 0; c < 5000; c++) {
                String id = String.format("C%05d", c);
                for (int y = 2000; y < 2012; y++) {
                    for (int q = 1; q <= 4; q++) {
                        w.write("  - {company: " + id + ", metric: capex, kind: actual, period: FY" + y + "Q" + q + ", value: "
                                + (10 + (c * 7 + y * 3 + q) % 90) + ".5, currency: USD, unit: M, source: \"synthetic\"}\n");
                    }
                }
                w.write("  - {company: " + id + ", metric: capex, kind: guidance, period: FY2025, low: " + (1 + c % 5) + ", high: "
                        + (2 + c % 5) + ", currency: USD, unit: B, announced: 2025-01-" + String.format("%02d", 1 + c % 28) + "}\n");
            }
        }
        return file;
    }
}
