package dev.capexbrief.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * Output paths that try to leave the output root, and output folders that cannot be written: a
 * clear one-line error (exit 2 for a bad pattern, 3 for the file system) and nothing written.
 */
class HostileOutputCliTest {
    /** A small dataset that briefs quickly. */
    static final String CSV = "company,company_name,metric,kind,period,value,announced\n"
            + "GOOGL,Alphabet,capex,guidance,FY2025,75,2025-02-04\n";

    @TempDir
    Path dir;

    Path data() throws IOException {
        return Files.writeString(dir.resolve("figures.csv"), CSV);
    }

    static List<Path> files(Path root) throws IOException {
        if (!Files.exists(root)) {
            return List.of();
        }
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(Files::isRegularFile).toList();
        }
    }

    @Test
    void whenTheWorkbookCannotBeMovedIntoPlaceTheEarlierPdfStays() throws IOException {
        Path out = dir.resolve("out");
        Path week = out.resolve("2025-W06");
        Cli first = Cli.run("brief", "--data", data().toString(), "--out", out.toString(), "--as-of", "2025-02-07");
        assertThat(first.exitCode()).as(first.err()).isZero();
        Path pdf = week.resolve("capex-briefing-2025-W06.pdf");
        Path xlsx = week.resolve("capex-briefing-2025-W06.xlsx");
        byte[] earlierPdf = Files.readAllBytes(pdf);
        Path manifest = week.resolve("capex-briefing-2025-W06.json");
        byte[] earlierManifest = Files.readAllBytes(manifest);
        // the workbook's place is taken by a folder with a file in it: no file can be moved onto it
        Files.delete(xlsx);
        Files.createDirectory(xlsx);
        Files.writeString(xlsx.resolve("keep.txt"), "mine");

        Cli again = Cli.run("brief", "--data", data().toString(), "--out", out.toString(), "--as-of", "2025-02-08",
                "--force");
        assertThat(again.exitCode()).isEqualTo(3);
        assertThat(again.err()).startsWith("capexbrief: ").contains(xlsx.toString());
        assertThat(pdf).as("the PDF is put back as it was, not left beside a missing workbook").hasBinaryContent(earlierPdf);
        assertThat(manifest).as("and so is its manifest").hasBinaryContent(earlierManifest);
        assertThat(files(week)).containsExactlyInAnyOrder(pdf, manifest, xlsx.resolve("keep.txt"));
    }

    @Test
    void outWithDotDotIsNormalisedAndStaysUnderTheRootItNames() throws IOException {
        Path out = dir.resolve("never/../briefings");
        Cli r = Cli.run("brief", "--data", data().toString(), "--out", out.toString(), "--as-of", "2025-02-07");
        assertThat(r.exitCode()).as(r.err()).isZero();
        Path root = dir.resolve("briefings");
        assertThat(r.out()).contains(root.resolve("2025-W06/capex-briefing-2025-W06.pdf").toString()).doesNotContain("..");
        assertThat(root.resolve("2025-W06/capex-briefing-2025-W06.pdf")).isNotEmptyFile();
        assertThat(dir.resolve("never")).as("a/.. does not need a to exist, and does not create it").doesNotExist();
    }

    @ParameterizedTest(name = "--name-pattern {0}")
    @ValueSource(strings = {"../x", "a/b", "..\\x", "..", "{week}/../../escape", "/etc/passwd", "C:\\x"})
    void aPatternThatCouldLeaveTheFolderIsAUsageError(String pattern) throws IOException {
        Path out = dir.resolve("out");
        Cli r = Cli.run("brief", "--data", data().toString(), "--out", out.toString(), "--name-pattern", pattern);
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("capexbrief: file-name pattern '" + pattern
                + "' must be a plain file name (no '/', '\\' or '..'); use {week} and {date}");
        assertThat(out).doesNotExist();
        assertThat(files(dir)).containsExactly(dir.resolve("figures.csv"));
    }

    @ParameterizedTest(name = "--name-pattern {0}")
    @ValueSource(strings = {"a\u0000b", "brief:{week}"})
    void aPatternWithControlCharactersOrColonsIsAUsageError(String pattern) throws IOException {
        Path out = dir.resolve("out");
        Cli r = Cli.run("brief", "--data", data().toString(), "--out", out.toString(), "--name-pattern", pattern);
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("file-name pattern must be a plain file name");
        assertThat(out).doesNotExist();
    }

    @Test
    void aPatternIsBoundedInTheBytesAFileSystemCountsNotInCharacters() throws IOException {
        Path out = dir.resolve("out");
        String fits = "\u8d44\u672c\u5f00\u652f".repeat(9) + "-{week}"; // 36 Chinese characters: 108 + 7 bytes
        Cli ok = Cli.run("brief", "--data", data().toString(), "--out", out.toString(), "--as-of", "2025-02-07",
                "--name-pattern", fits);
        assertThat(ok.exitCode()).as(ok.err()).isZero();
        assertThat(out.resolve("2025-W06").resolve(fits.replace("{week}", "2025-W06") + ".pdf")).isNotEmptyFile();

        Path other = dir.resolve("other");
        String tooLong = "\u8d44\u672c\u5f00\u652f".repeat(10) + "-{week}"; // 40 characters, 127 bytes
        Cli r = Cli.run("brief", "--data", data().toString(), "--out", other.toString(), "--as-of", "2025-02-07",
                "--name-pattern", tooLong);
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err().lines()).containsExactly("capexbrief: file-name pattern must be a plain file name of at most"
                + " 120 bytes in UTF-8 (an accented letter takes 2, a Chinese character 3), without control characters"
                + " or ':'; use {week} and {date}");
        assertThat(other).doesNotExist();
    }

    @ParameterizedTest(name = "--name-pattern {0}")
    @CsvSource(delimiter = '|', value = {"brief-{weeks}|{weeks}", "brief-{Week}|{Week}", "{week}-{}|{}", "{date}{isoweek}|{isoweek}"})
    void anUnknownPlaceholderIsAUsageErrorListingTheKnownOnes(String pattern, String unknown) throws IOException {
        Path out = dir.resolve("out");
        Cli r = Cli.run("brief", "--data", data().toString(), "--out", out.toString(), "--as-of", "2025-02-07",
                "--name-pattern", pattern);
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err().lines()).containsExactly("capexbrief: file-name pattern '" + pattern
                + "' has an unknown placeholder " + unknown + "; the known ones are {week} and {date}");
        assertThat(out).doesNotExist();
    }

    @ParameterizedTest(name = "--name-pattern {0}")
    @ValueSource(strings = {"brief-{week", "brief-week}", "{{week}}"})
    void aBraceOutsideAPlaceholderIsAUsageError(String pattern) throws IOException {
        Path out = dir.resolve("out");
        Cli r = Cli.run("brief", "--data", data().toString(), "--out", out.toString(), "--as-of", "2025-02-07",
                "--name-pattern", pattern);
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err().lines()).singleElement().asString()
                .startsWith("capexbrief: file-name pattern '" + pattern + "' has a '")
                .endsWith("that is not part of a placeholder; the known ones are {week} and {date}");
        assertThat(out).doesNotExist();
    }

    @Test
    void anUnknownPlaceholderInTheConfigIsRefusedToo() throws IOException {
        Path config = Files.writeString(dir.resolve("capexbrief.yaml"), "output:\n  pattern: capex-{iso_week}\n");
        Path out = dir.resolve("out");
        Cli r = Cli.run("brief", "--config", config.toString(), "--data", data().toString(), "--out", out.toString(),
                "--as-of", "2025-02-07");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("unknown placeholder {iso_week}; the known ones are {week} and {date}");
        assertThat(out).doesNotExist();
    }

    @Test
    void aPlainPatternWithDateIsUsed() throws IOException {
        Path out = dir.resolve("out");
        Cli r = Cli.run("brief", "--data", data().toString(), "--out", out.toString(), "--as-of", "2025-02-07",
                "--name-pattern", "capex {date}");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(out.resolve("2025-W06/capex 2025-02-07.xlsx")).isNotEmptyFile();
    }

    @Test
    void anOutputFolderUnderAFileIsAnIoErrorAndNothingIsWritten() throws IOException {
        Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
        Cli r = Cli.run("brief", "--data", data().toString(), "--out", file.resolve("out").toString());
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.err().strip()).isEqualTo("capexbrief: Not a directory: " + file.resolve("out"));
        assertThat(file).hasContent("x");
        assertThat(files(dir)).containsExactlyInAnyOrder(dir.resolve("figures.csv"), file);
    }

    @Test
    void aFileWhereTheWeekFolderBelongsIsAnIoError() throws IOException {
        Path out = Files.createDirectories(dir.resolve("out"));
        Path week = Files.writeString(out.resolve("2025-W06"), "x");
        Cli r = Cli.run("brief", "--data", data().toString(), "--out", out.toString(), "--as-of", "2025-02-07");
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.err().strip()).isEqualTo("capexbrief: " + week
                + " already exists; it is a file, not a folder, so nothing can be written there");
        assertThat(files(out)).containsExactly(week);
    }

    @Test
    void aReadOnlyOutputFolderIsAnIoErrorAndNothingIsWritten() throws IOException {
        Path out = Files.createDirectories(dir.resolve("read-only"));
        Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            // root writes anyway; the parent-is-a-file tests above cover that case
            assumeFalse(Files.isWritable(out), "running as root: permissions do not stop writes");
            Cli r = Cli.run("brief", "--data", data().toString(), "--out", out.toString(), "--as-of", "2025-02-07");
            assertThat(r.exitCode()).isEqualTo(3);
            assertThat(r.err().strip()).isEqualTo("capexbrief: permission denied: " + out.resolve("2025-W06"));
            assertThat(files(out)).isEmpty();
        } finally {
            Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void aFullDiskIsAnIoErrorAndLeavesNoPartialFile() throws Exception {
        Path tiny = Files.createDirectories(dir.resolve("tiny"));
        // a real full disk: a 64 kB tmpfs, where the system lets us mount one (root in a container usually can)
        assumeFalse(run("mount", "-t", "tmpfs", "-o", "size=64k", "capexbrief-full", tiny.toString()) != 0,
                "cannot mount a small tmpfs here; FaultAtomicFileTest covers a full disk with an injected failure");
        try {
            Cli r = Cli.run("brief", "--data", data().toString(), "--out", tiny.toString(), "--as-of", "2025-02-07");
            assertThat(r.exitCode()).isEqualTo(3);
            assertThat(r.err().strip()).isEqualTo("capexbrief: the disk is full (No space left on device); nothing was written");
            assertThat(files(tiny)).allMatch(p -> p.getFileName().toString().equals(".capexbrief.lock"));
        } finally {
            run("umount", tiny.toString());
        }
    }

    private static int run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        return p.waitFor();
    }

    @Test
    void aFolderTheKernelRefusesIsAnIoError() throws IOException {
        assumeFalse(!Files.isDirectory(Path.of("/sys/kernel")), "no sysfs here");
        Path out = Path.of("/sys/kernel/capexbrief-test");
        Cli r = Cli.run("brief", "--data", data().toString(), "--out", out.toString(), "--as-of", "2025-02-07");
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.err().lines()).singleElement().asString().startsWith("capexbrief: ").contains(out.toString());
        assertThat(out).doesNotExist();
    }

    @Test
    void aBackfillIntoABlockedFolderFailsInsteadOfCountingWeeksAsKept() throws IOException {
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.writeString(out.resolve("2025-W06"), "x");
        Cli r = Cli.run("brief", "--data", data().toString(), "--out", out.toString(), "--from", "2025-W06", "--to", "2025-W06");
        assertThat(r.exitCode()).as(r.out() + r.err()).isEqualTo(3);
        assertThat(r.err()).contains("it is a file, not a folder");
    }
}
