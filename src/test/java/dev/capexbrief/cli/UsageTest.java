package dev.capexbrief.cli;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The usage a user sees. A command line that names a subcommand registers only that one (to start
 * faster), so these check that everything else still sees all of them.
 */
class UsageTest {
    private static final String[] COMMANDS = {"brief", "send", "validate", "add", "import", "weeks", "init", "completion", "help"};

    @Test
    void theTopLevelHelpListsEveryCommand() {
        Cli cli = Cli.run("--help");
        assertThat(cli.exitCode()).isZero();
        assertThat(cli.out()).contains("Commands:");
        for (String command : COMMANDS) {
            assertThat(cli.out()).containsPattern("(?m)^\\s+" + command + "\\s");
        }
    }

    @Test
    void noCommandPrintsTheUsageWithEveryCommand() {
        Cli cli = Cli.run();
        assertThat(cli.out()).contains("Usage: capexbrief");
        for (String command : COMMANDS) {
            assertThat(cli.out()).containsPattern("(?m)^\\s+" + command + "\\s");
        }
    }

    @Test
    void helpForACommandShowsThatCommandsOptions() {
        Cli cli = Cli.run("help", "brief");
        assertThat(cli.exitCode()).isZero();
        assertThat(cli.out()).contains("Usage: capexbrief brief").contains("--week=YYYY-Www").contains("--force");
    }

    @Test
    void aCommandsOwnHelpWorksWhenOnlyItIsRegistered() {
        Cli cli = Cli.run("weeks", "--help");
        assertThat(cli.exitCode()).isZero();
        assertThat(cli.out()).contains("Usage: capexbrief weeks");
    }

    @Test
    void aMistypedCommandIsAUsageErrorWithASuggestion() {
        Cli cli = Cli.run("bref");
        assertThat(cli.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(cli.err().lines()).containsExactly(
                "capexbrief: unknown command 'bref' (did you mean: capexbrief brief?); see capexbrief --help");
    }

    @Test
    void theTopLevelHelpShowsTheWeeklyRoutine() {
        Cli cli = Cli.run("--help");
        assertThat(cli.out()).containsPattern("(?m)^\\s+capexbrief brief\\s+brief the current ISO week, as of today$")
                .containsPattern("(?m)^\\s+capexbrief send\\s+email that briefing")
                .contains("capexbrief brief --as-of latest");
        assertThat(cli.out().lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(80));
    }
}
