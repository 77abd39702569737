package dev.capexbrief.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code capexbrief completion}: a script bash accepts, that completes the commands and their options. */
class CompletionTest {
    @TempDir
    Path dir;

    Path script() throws IOException {
        Cli r = Cli.run("completion");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        return Files.writeString(dir.resolve("capexbrief-completion.bash"), r.out());
    }

    @Test
    void theScriptNamesEveryCommandAndTheirOptions() throws IOException {
        String script = Files.readString(script());
        for (String command : List.of("brief", "send", "validate", "add", "import", "edgar", "weeks", "init")) {
            assertThat(script).contains(command);
        }
        assertThat(script).contains("--as-of", "--week", "--name-pattern", "--mail-to", "--into")
                .contains("complete -F _complete_capexbrief");
    }

    @Test
    void bashAcceptsTheScript() throws Exception {
        Bash r = bash("-n", script().toString());
        assertThat(r.exitCode()).as(r.output()).isZero();
    }

    @Test
    void bashCompletesACommandAndAnOptionWithIt() throws Exception {
        String s = script().toString();
        Bash command = bash("-c", "source '" + s + "'; COMP_WORDS=(capexbrief br); COMP_CWORD=1; COMP_LINE='capexbrief br';"
                + " COMP_POINT=${#COMP_LINE}; _complete_capexbrief 2>/dev/null; echo \"${COMPREPLY[@]}\"");
        assertThat(command.output().strip()).isEqualTo("brief");
        Bash option = bash("-c", "source '" + s + "'; COMP_WORDS=(capexbrief brief --as); COMP_CWORD=2;"
                + " COMP_LINE='capexbrief brief --as'; COMP_POINT=${#COMP_LINE}; _complete_capexbrief 2>/dev/null;"
                + " echo \"${COMPREPLY[@]}\"");
        assertThat(option.output().strip()).isEqualTo("--as-of");
    }

    @Test
    void itsHelpSaysHowToInstallIt() {
        Cli r = Cli.run("completion", "--help");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("source <(capexbrief completion)").contains("bashcompinit");
    }

    record Bash(int exitCode, String output) {
    }

    private Bash bash(String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("bash", "--norc", "--noprofile"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return new Bash(p.exitValue(), out);
    }
}
