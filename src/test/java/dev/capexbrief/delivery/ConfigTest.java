package dev.capexbrief.delivery;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A settings file with a mistake in it: one plain message naming the file and the line and column
 * of the key or value that is wrong, never a Java class, never the end of the file or of a block.
 */
class ConfigTest {
    @TempDir
    Path dir;

    static Stream<Arguments> mistakes() {
        return Stream.of(
                Arguments.of("a typo in a key", "data: x.yaml\ntemplat: templates\ncurrency: USD\n",
                        "line 2, column 1: unknown setting 'templat' (did you mean 'template'?); "
                                + "known: data, template, output, currency, email, edgar"),
                Arguments.of("a typo in the last key of a block", "email:\n  from: a@example.com\n  smtp:\n    host: h\n    prot: 25\n",
                        "line 5, column 5: unknown setting 'email.smtp.prot' (did you mean 'port'?); "
                                + "known here: host, port, security, user, require_tls, timeout_seconds"),
                Arguments.of("a typo at the end of the file", "data: x.yaml\noutput:\n  root: out\n  patern: brief-{week}\n",
                        "line 4, column 3: unknown setting 'output.patern' (did you mean 'pattern'?); known here: root, pattern"),
                Arguments.of("a key nothing is like", "data: x.yaml\ncolour: red\n",
                        "line 2, column 1: unknown setting 'colour'; known: data, template, output, currency, email, edgar"),
                Arguments.of("a line without a colon", "data: x.yaml\ntemplate\ncurrency: USD\n",
                        "line 2, column 1: this line has no ':'; write each setting as key: value, not 'template'"),
                Arguments.of("a file of one word", "hyperscalers.yaml\n",
                        "line 1, column 1: this is not a setting; write each setting as key: value on a line of its own "
                                + "(for example data: hyperscalers.yaml), not 'hyperscalers.yaml'"),
                Arguments.of("a key set twice", "data: a.yaml\ncurrency: USD\ndata: b.yaml\n",
                        "line 3, column 1: data is set twice (first on line 1); keep one"),
                Arguments.of("a block set twice", "email:\n  smtp:\n    host: a\n  from: x@example.com\n  smtp:\n    host: b\n",
                        "line 5, column 3: email.smtp is set twice (first on line 2); keep one"),
                Arguments.of("a word for a number", "email:\n  smtp:\n    port: smtp\n    host: h\n",
                        "line 3, column 11: email.smtp.port must be a whole number, not 'smtp'"),
                Arguments.of("a fraction for a whole number", "edgar:\n  timeout_seconds: 2.5\n",
                        "line 2, column 20: edgar.timeout_seconds must be a whole number, not '2.5'"),
                Arguments.of("maybe for true or false", "email:\n  smtp:\n    require_tls: maybe\n",
                        "line 3, column 18: email.smtp.require_tls must be true or false, not 'maybe'"),
                Arguments.of("a list for one value", "data: x.yaml\ncurrency: [USD, EUR]\n",
                        "line 2, column 11: currency must be one value, not a list"),
                Arguments.of("a value for a block", "output: out\n",
                        "line 1, column 9: output must be settings indented under it (root: pattern:), not 'out'"),
                Arguments.of("a second document", "data: a.yaml\n---\ndata: b.yaml\n",
                        "line 3, column 1: a second YAML document; a settings file is one document (remove the '---' before this line)"),
                Arguments.of("a bad indent", "data: x.yaml\n  template: t\n",
                        "line 2, column 11: a ':' where a value should be; check the indentation of this line, "
                                + "and put a value that holds ': ' in quotes"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void isOneLineWithTheFileLineAndColumn(String what, String yaml, String message) throws IOException {
        Path file = Files.writeString(dir.resolve("capexbrief.yaml"), yaml);
        assertThatThrownBy(() -> Config.load(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(file + " " + message)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n", "java.", "dev.capexbrief", "Exception"));
    }

    @Test
    void anEmptyOrCommentedOutFileIsNoSettings() throws IOException {
        assertThat(Config.load(Files.writeString(dir.resolve("empty.yaml"), ""))).isEqualTo(Config.empty());
        assertThat(Config.load(Files.writeString(dir.resolve("comments.yaml"), "# data: x.yaml\n"))).isEqualTo(Config.empty());
    }

    @Test
    void theExampleInitWritesLoads() throws IOException {
        Config c = Config.load(Files.writeString(dir.resolve("capexbrief.yaml"), Config.example()));
        assertThat(c.data()).isEqualTo(dir.resolve("hyperscalers.yaml"));
        assertThat(c.outputPattern()).isEqualTo("capex-briefing-{week}");
        assertThat(c.currency()).isEqualTo("USD");
    }

    @Test
    void oneRecipientOrAListAreBothRecipients() throws IOException {
        Config one = Config.load(Files.writeString(dir.resolve("one.yaml"), "email:\n  to: pm@example.com\n"));
        Config list = Config.load(Files.writeString(dir.resolve("list.yaml"), "email:\n  to: [pm@example.com, cio@example.com]\n"));
        assertThat(one.email().to()).isEqualTo(List.of("pm@example.com"));
        assertThat(list.email().to()).hasSize(2);
    }
}
