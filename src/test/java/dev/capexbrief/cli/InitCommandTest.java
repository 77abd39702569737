package dev.capexbrief.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code capexbrief init DIR}: everything or nothing, never an overwrite. */
class InitCommandTest {
    @TempDir
    Path dir;

    static List<Path> files(Path root) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(p -> !p.equals(root)).sorted().toList();
        }
    }

    @Test
    void writesTheDatasetTheTemplatesAndTheSettings() throws IOException {
        Path work = dir.resolve("work");
        Cli r = Cli.run("init", work.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(work.resolve("hyperscalers.yaml")).isNotEmptyFile();
        assertThat(work.resolve("capexbrief.yaml")).content().contains("data: hyperscalers.yaml");
        assertThat(work.resolve("templates/title.ftl")).isNotEmptyFile();
        assertThat(work.resolve("templates/email/subject.ftl")).isNotEmptyFile();
        assertThat(r.out()).contains("template file(s) under " + work.resolve("templates"));
    }

    @Test
    void oneTemplateAlreadyThereMeansNothingIsWritten() throws IOException {
        Path work = dir.resolve("work");
        Path mine = Files.writeString(Files.createDirectories(work.resolve("templates")).resolve("title.ftl"), "My title\n");
        Cli r = Cli.run("init", work.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.IO);
        assertThat(r.err().lines()).singleElement().asString()
                .startsWith("capexbrief: " + mine + " already exists; init never overwrites (1 of the ")
                .endsWith(" files it writes is already there), so nothing was written; remove it or choose another folder");
        assertThat(files(work)).containsExactly(work.resolve("templates"), mine);
        assertThat(mine).hasContent("My title");
    }

    @Test
    void aSecondInitNamesTheFirstFileAndCountsThemAllAndChangesNothing() throws IOException {
        Path work = dir.resolve("work");
        assertThat(Cli.run("init", work.toString()).exitCode()).isZero();
        Files.writeString(work.resolve("capexbrief.yaml"), "data: mine.csv\n");
        List<Path> before = files(work);
        Cli again = Cli.run("init", work.toString());
        assertThat(again.exitCode()).isEqualTo(ExitCodes.IO);
        long written = before.stream().filter(Files::isRegularFile).count();
        assertThat(again.err().lines()).singleElement().asString()
                .startsWith("capexbrief: " + work.resolve("hyperscalers.yaml") + " already exists; init never overwrites ("
                        + written + " of the " + written + " files it writes are already there)");
        assertThat(files(work)).isEqualTo(before);
        assertThat(work.resolve("capexbrief.yaml")).hasContent("data: mine.csv");
    }

    @Test
    void aFileWhereATemplateFolderGoesStopsItBeforeAnythingIsWritten() throws IOException {
        Path work = Files.createDirectories(dir.resolve("work"));
        Path email = Files.writeString(Files.createDirectories(work.resolve("templates")).resolve("email"), "not a folder");
        Cli r = Cli.run("init", work.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.IO);
        assertThat(r.err().lines()).singleElement().asString().startsWith("capexbrief: " + email + " already exists;");
        assertThat(files(work)).containsExactly(work.resolve("templates"), email);
    }

    @Test
    void aFileWhereTheFolderGoesIsOneLine() throws IOException {
        Path file = Files.writeString(dir.resolve("work"), "x");
        Cli r = Cli.run("init", file.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.IO);
        assertThat(r.err().lines()).containsExactly(
                "capexbrief: " + file + " already exists; it is a file, not a folder, so nothing can be written there");
        assertThat(files(dir)).containsExactly(file);
    }

    @Test
    void itsHelpSaysWhatItWrites() {
        Cli r = Cli.run("init", "--help");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("DIR/hyperscalers.yaml", "DIR/templates/", "DIR/capexbrief.yaml")
                .contains("if any file exists, init writes none (exit 3)");
    }
}
