package dev.capexbrief.cli;

import dev.capexbrief.CliProcesses;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A run whose heap is too small for its dataset ends with one line that says so and how to give it
 * more, exit 3 (not the stack trace and exit 1, "invalid data", the JVM gives an uncaught error),
 * and the briefing already in the week folder is left as it was.
 */
class OutOfMemoryProcessTest {
    @TempDir
    Path dir;

    private CliProcesses processes;

    @AfterEach
    void kill() {
        if (processes != null) {
            processes.killAll();
        }
    }

    @Test
    void aHeapTooSmallIsOneLineAndExitThreeAndTheBriefingInPlaceIsKept() throws Exception {
        Path out = dir.resolve("output");
        Cli first = Cli.run("brief", "--out", out.toString(), "--week", "2025-W06");
        assertThat(first.exitCode()).as(first.err()).isZero();
        Path pdf = out.resolve("2025-W06/capex-briefing-2025-W06.pdf");
        byte[] before = Files.readAllBytes(pdf);

        processes = new CliProcesses(dir);
        Process p = processes.start(16, "brief", "--out", out.toString(), "--week", "2025-W06", "--force");
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String err = Files.readString(processes.stderr(0)).strip();
        assertThat(p.exitValue()).as(err).isEqualTo(ExitCodes.IO);
        assertThat(err.lines()).containsExactly("capexbrief: ran out of memory with a heap of 16 MiB;"
                + " nothing more was written and files already in place were kept; give Java more with"
                + " CAPEXBRIEF_JAVA_OPTS=-Xmx2g (target/capexbrief) or java -Xmx2g -jar");
        assertThat(Files.readAllBytes(pdf)).isEqualTo(before);
        try (var files = Files.list(pdf.getParent())) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .containsExactlyInAnyOrder("capex-briefing-2025-W06.pdf", "capex-briefing-2025-W06.xlsx",
                            "capex-briefing-2025-W06.json");
        }
    }
}
