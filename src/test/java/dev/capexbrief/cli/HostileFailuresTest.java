package dev.capexbrief.cli;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** How the one failure mapper turns what goes wrong deep inside into an exit code and one line. */
class HostileFailuresTest {
    @CommandLine.Command(name = "fail")
    static final class Fail implements Callable<Integer> {
        private final Exception failure;

        Fail(Exception failure) {
            this.failure = failure;
        }

        @Override
        public Integer call() throws Exception {
            throw failure;
        }
    }

    static Stream<Arguments> failures() {
        return Stream.of(
                Arguments.of(new IOException("No space left on device"), 3,
                        "capexbrief: the disk is full (No space left on device); nothing was written"),
                Arguments.of(new FileSystemException("/out/.brief.pdf.x.part", null, "No space left on device"), 3,
                        "capexbrief: the disk is full (No space left on device); nothing was written"),
                Arguments.of(new UncheckedIOException(new IOException("Disk quota exceeded")), 3,
                        "capexbrief: the disk is full (No space left on device); nothing was written"),
                Arguments.of(new FileAlreadyExistsException("/out/2025-W06"), 3,
                        "capexbrief: /out/2025-W06 already exists; it is a file, not a folder, so nothing can be written there"),
                Arguments.of(new UncheckedIOException("templates/logo.png: cannot be read", new NoSuchFileException("/t/logo.png")), 3,
                        "capexbrief: templates/logo.png: cannot be read (file not found: /t/logo.png)"),
                Arguments.of(new IllegalArgumentException("theme.yaml:4: fonts.bold: 'b.ttf' is missing",
                        new NoSuchFileException("/t/b.ttf")), 3, "capexbrief: theme.yaml:4: fonts.bold: 'b.ttf' is missing"),
                Arguments.of(new IllegalArgumentException("title.ftl:1: syntax error"), 2, "capexbrief: title.ftl:1: syntax error"),
                Arguments.of(new IllegalArgumentException("--mail-to: 'a@x.com\r\nBcc: b@y.com\u001b[2J\u009b' is bad"), 2,
                        "capexbrief: --mail-to: 'a@x.com\\r\\nBcc: b@y.com\\u001b[2J\\u009b' is bad"),
                Arguments.of(new NullPointerException(), 3, "capexbrief: NullPointerException"),
                // the heap ran out inside a template or a renderer: the run failed, not the user's text
                Arguments.of(new dev.capexbrief.render.text.TemplateProblemException("title.ftl:1: failed",
                        new OutOfMemoryError("Java heap space")), 3, "capexbrief: " + CapexBrief.outOfMemory()),
                Arguments.of(new IllegalArgumentException("chart", new OutOfMemoryError("Java heap space")), 3,
                        "capexbrief: " + CapexBrief.outOfMemory()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failures")
    void becomesAnExitCodeAndOneLine(Exception failure, int exitCode, String line) {
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new Fail(failure));
        Failures failures = new Failures();
        cli.setExecutionExceptionHandler(failures);
        cli.setExitCodeExceptionMapper(failures);
        cli.setErr(new PrintWriter(err, true));
        assertThat(cli.execute()).isEqualTo(exitCode);
        assertThat(err.toString().strip()).isEqualTo(line);
    }
}
