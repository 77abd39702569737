package dev.capexbrief.delivery;

import dev.capexbrief.CliProcesses;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Week folders under attack: a link leading out of the output root, and two runs of the same week
 * at the same moment, as real processes. Nothing outside the root is touched, and a briefing is
 * never replaced by a run that did not see it.
 */
class WeekFolderHostileTest {
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
    void aWeekFolderLinkedOutsideTheRootIsRefusedAndWhatItLeadsToIsUntouched() throws Exception {
        Path outside = Files.createDirectories(dir.resolve("elsewhere"));
        Path theirs = Files.writeString(outside.resolve(".their-work.part"), "someone else's half-written file");
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.createSymbolicLink(out.resolve("2026-W31"), outside);

        Process p = cli("brief", "--out", out.toString(), "--week", "2026-W31");
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isEqualTo(3);
        assertThat(Files.readAllLines(processes.stderr(0))).singleElement().asString()
                .isEqualTo("capexbrief: " + out.resolve("2026-W31") + " leads outside the output root " + out
                        + " (to " + outside.toRealPath() + "); capexbrief writes only inside the output root: remove "
                        + "the link or choose another --out");
        try (Stream<Path> left = Files.list(outside)) {
            assertThat(left.toList()).containsExactly(theirs);
        }
        assertThat(theirs).hasContent("someone else's half-written file");
    }

    @Test
    void twoRunsOfOneWeekAtOnceWriteItOnceAndNeverReplaceWhatTheOtherWrote() throws Exception {
        Path out = dir.resolve("out");
        Process a = cli("brief", "--out", out.toString(), "--week", "2026-W31");
        Process b = cli("brief", "--out", out.toString(), "--week", "2026-W31");
        assertThat(a.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(b.waitFor(120, TimeUnit.SECONDS)).isTrue();
        List<String> said = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            said.add(Files.readString(processes.stdout(i)) + Files.readString(processes.stderr(i)));
        }
        // one wrote it; the other found it up to date or found the folder locked, and wrote nothing
        assertThat(said).filteredOn(s -> s.startsWith("Briefing 2026-W31 as of 2026-08-02:")).hasSize(1);
        assertThat(said).filteredOn(s -> s.contains("is up to date") || s.contains("another capexbrief run is writing"))
                .hasSize(1);
        Manifest m = Manifest.read(out.resolve("2026-W31/capex-briefing-2026-W31.json"));
        assertThat(m.fileProblems(out.resolve("2026-W31"))).isEmpty();
        try (Stream<Path> files = Files.list(out.resolve("2026-W31"))) {
            assertThat(files.map(f -> f.getFileName().toString()).filter(n -> n.startsWith("."))).isEmpty();
        }
    }

    private Process cli(String... args) throws IOException {
        return processes.start(512, args);
    }
}
