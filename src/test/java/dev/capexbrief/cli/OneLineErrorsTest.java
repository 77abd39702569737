package dev.capexbrief.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A command line a new user gets wrong: one line on stderr naming what was wrong and where to
 * look, exit code 2, never picocli's usage dump or a Java exception class.
 */
class OneLineErrorsTest {
    @TempDir
    Path dir;

    static Stream<Arguments> mistakes() {
        return Stream.of(
                Arguments.of(new String[]{"brief", "--as-of", "2025-13-45"},
                        "capexbrief brief: --as-of '2025-13-45' is not a date (YYYY-MM-DD) or 'latest'; see capexbrief brief --help"),
                Arguments.of(new String[]{"brief", "--as-of", "yesterday"},
                        "capexbrief brief: --as-of 'yesterday' is not a date (YYYY-MM-DD) or 'latest'; see capexbrief brief --help"),
                Arguments.of(new String[]{"send", "--as-of", "2025-02-30"},
                        "capexbrief send: --as-of '2025-02-30' is not a date (YYYY-MM-DD) or 'latest'; see capexbrief send --help"),
                Arguments.of(new String[]{"brief", "--smtp-port", "smtp"},
                        "capexbrief brief: --smtp-port 'smtp' is not a whole number; see capexbrief brief --help"),
                Arguments.of(new String[]{"brief", "--forse"},
                        "capexbrief brief: unknown option '--forse' (did you mean: --force?); see capexbrief brief --help"),
                Arguments.of(new String[]{"brief", "--bogus"},
                        "capexbrief brief: unknown option '--bogus'; see capexbrief brief --help"),
                Arguments.of(new String[]{"bref"},
                        "capexbrief: unknown command 'bref' (did you mean: capexbrief brief?); see capexbrief --help"),
                Arguments.of(new String[]{"--verbos"},
                        "capexbrief: unknown option '--verbos' (did you mean: --version?); see capexbrief --help"),
                Arguments.of(new String[]{"brief", "2025-W06"},
                        "capexbrief brief: unexpected argument '2025-W06'; see capexbrief brief --help"),
                Arguments.of(new String[]{"brief", "--as-of"},
                        "capexbrief brief: missing required parameter for option '--as-of' (YYYY-MM-DD|latest); see capexbrief brief --help"),
                Arguments.of(new String[]{"brief", "--as-of", "2025-02-07", "--week", "2025-W06"},
                        "capexbrief brief: --as-of=YYYY-MM-DD|latest, --week=YYYY-Www are mutually exclusive (specify only one); "
                                + "see capexbrief brief --help"),
                Arguments.of(new String[]{"init"},
                        "capexbrief init: missing required parameter: 'DIR'; see capexbrief init --help"),
                Arguments.of(new String[]{"import", "edgr"},
                        "capexbrief import: unknown command 'edgr' (did you mean: capexbrief import edgar?); "
                                + "see capexbrief import --help"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("mistakes")
    void isOneLineWithExitCode2(String[] args, String line) {
        Cli r = Cli.run(args);
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().lines()).containsExactly(line);
    }

    @Test
    void aWeekThatIsNotAnIsoWeekIsOneLine() {
        Cli r = Cli.run("brief", "--week", "garbage", "--out", dir.resolve("out").toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err().lines()).singleElement().asString()
                .isEqualTo("capexbrief: 'garbage' is not an ISO week; write it like 2025-W06");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void controlCharactersInAValueAreEscapedSoTheMessageStaysOneLine() {
        Cli r = Cli.run("brief", "--as-of", "2025-02-07\r\n\u001b[31mred\u0000\u007f\u0085");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err().lines()).containsExactly("capexbrief brief: --as-of '2025-02-07\\r\\n\\u001b[31mred\\u0000"
                + "\\u007f\\u0085' is not a date (YYYY-MM-DD) or 'latest'; see capexbrief brief --help");
    }

    @Test
    void anEmailAddressWithALineBreakInItIsQuotedOnOneLine() {
        Cli r = Cli.run("brief", "--email", "--mail-from", "research@example.com",
                "--mail-to", "pm@example.com\r\nBcc: everyone@example.com", "--out", dir.resolve("out").toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err().lines()).singleElement().asString()
                .startsWith("capexbrief: --mail-to: 'pm@example.com\\r\\nBcc: everyone@example.com' is not a valid email address")
                .doesNotContain("\r").doesNotContain("\u001b");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void anEscapeSequenceInAFileNameNeverReachesTheTerminal() {
        Cli r = Cli.run("validate", "--data", dir.resolve("no\u001b]0;pwned\u0007.csv").toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.IO);
        assertThat(r.err().lines()).singleElement().asString()
                .endsWith("no\\u001b]0;pwned\\u0007.csv").doesNotContain("\u001b").doesNotContain("\u0007");
    }

    @Test
    void aMistakeInTheSettingsFileIsOneLineWithItsLineAndColumnAndExitCode2() throws Exception {
        Path config = java.nio.file.Files.writeString(dir.resolve("capexbrief.yaml"),
                "data: hyperscalers.yaml\ncurrency: USD\ndata: other.yaml\n");
        Cli r = Cli.run("brief", "--config", config.toString(), "--out", dir.resolve("out").toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err().lines()).containsExactly(
                "capexbrief: " + config + " line 3, column 1: data is set twice (first on line 1); keep one");
        assertThat(dir.resolve("out")).doesNotExist();
    }
}
