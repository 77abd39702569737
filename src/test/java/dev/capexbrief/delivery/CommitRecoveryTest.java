package dev.capexbrief.delivery;

import dev.capexbrief.cli.CapexBrief;
import dev.capexbrief.dataset.Digests;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A run killed between the renames of its commit leaves, on disk, some files new and some old,
 * the earlier versions under hidden second names and the commit's journal. Each such state is laid
 * out here exactly as the kill leaves it, and the next run settles it: an unfinished commit is
 * undone (the week is again the earlier briefing, whole), a finished one kept, and no hidden file
 * is left behind.
 */
class CommitRecoveryTest {
    private static final String BASE = "capex-briefing-2026-W31";
    private static final List<String> ORDER = List.of(".json", ".pdf", ".xlsx");

    @TempDir
    static Path shared;
    static Path data;
    /** The files of the earlier briefing, and of the one the killed run was committing. */
    static final List<byte[]> earlier = new ArrayList<>();
    static final List<byte[]> newer = new ArrayList<>();

    @TempDir
    Path dir;
    Path out;
    Path week;

    @BeforeAll
    static void twoVersions() throws IOException {
        data = shared.resolve("data.yaml");
        assertThat(CapexBrief.run("init", shared.resolve("desk").toString())).isZero();
        String yaml = Files.readString(shared.resolve("desk/hyperscalers.yaml"));
        Files.writeString(data, yaml);
        Path other = shared.resolve("other.yaml");
        Files.writeString(other, yaml.replace("value: 220, qualifier: about", "value: 230, qualifier: about"));
        for (var version : List.of(Map.entry(data, earlier), Map.entry(other, newer))) {
            Path out = shared.resolve("out-" + version.getKey().getFileName());
            assertThat(CapexBrief.run("brief", "--data", version.getKey().toString(), "--out", out.toString(),
                    "--week", "2026-W31")).isZero();
            for (String ext : ORDER) {
                version.getValue().add(Files.readAllBytes(out.resolve("2026-W31/" + BASE + ext)));
            }
        }
        assertThat(newer.get(1)).isNotEqualTo(earlier.get(1));
    }

    /** The earlier briefing, as the first run left it. */
    @BeforeEach
    void theEarlierBriefing() throws IOException {
        out = dir.resolve("out");
        week = Files.createDirectories(out.resolve("2026-W31"));
        for (int i = 0; i < ORDER.size(); i++) {
            Files.write(week.resolve(BASE + ORDER.get(i)), earlier.get(i));
        }
    }

    /** The folder as a run killed after {@code moved} of its three renames leaves it. */
    private void killedAfter(int moved) throws IOException {
        StringBuilder journal = new StringBuilder("capexbrief commit 1\n");
        for (int i = 0; i < ORDER.size(); i++) {
            Path target = week.resolve(BASE + ORDER.get(i));
            String previous = "." + BASE + ORDER.get(i) + ".k1ll3d.previous";
            Files.createLink(week.resolve(previous), target);
            journal.append(target.getFileName()).append('\t').append(previous).append('\t')
                    .append(Digests.of(newer.get(i))).append('\n');
        }
        Files.writeString(week.resolve(".capexbrief.commit"), journal);
        for (int i = 0; i < moved; i++) {
            Path part = week.resolve("." + BASE + ORDER.get(i) + ".n3w.part");
            Files.write(part, newer.get(i));
            Files.move(part, week.resolve(BASE + ORDER.get(i)), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        }
    }

    private List<String> hidden() throws IOException {
        try (Stream<Path> files = Files.list(week)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".")).toList();
        }
    }

    private void assertFiles(List<byte[]> expected) throws IOException {
        for (int i = 0; i < ORDER.size(); i++) {
            assertThat(week.resolve(BASE + ORDER.get(i))).hasBinaryContent(expected.get(i));
        }
        assertThat(hidden()).isEmpty();
    }

    @ParameterizedTest(name = "killed after {0} of 3 renames")
    @ValueSource(ints = {0, 1, 2})
    void anUnfinishedCommitIsUndoneAndTheEarlierBriefingIsWholeAgain(int moved) throws IOException {
        killedAfter(moved);
        // the next run, with the inputs of the earlier briefing: it finds the earlier week whole, up to date
        assertThat(CapexBrief.run("brief", "--data", data.toString(), "--out", out.toString(), "--week", "2026-W31"))
                .isZero();
        assertFiles(earlier);
    }

    @Test
    void aCommitKilledAfterItsLastRenameIsKept() throws IOException {
        killedAfter(3);
        // the earlier inputs no longer match what is there: kept, exit 3, and the killed run's leftovers gone
        assertThat(CapexBrief.run("brief", "--data", data.toString(), "--out", out.toString(), "--week", "2026-W31"))
                .isEqualTo(3);
        assertFiles(newer);
    }

    @Test
    void anEarlierVersionNoJournalNamesGoesBackWhereItsFileIsMissing() throws IOException {
        Path pdf = week.resolve(BASE + ".pdf");
        Files.move(pdf, week.resolve("." + BASE + ".pdf.0ld.previous"));
        Files.copy(week.resolve(BASE + ".xlsx"), week.resolve("." + BASE + ".xlsx.0ld.previous"));
        assertThat(CapexBrief.run("brief", "--data", data.toString(), "--out", out.toString(), "--week", "2026-W31"))
                .isZero();
        assertFiles(earlier);
    }
}
