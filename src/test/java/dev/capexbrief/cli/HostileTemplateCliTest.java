package dev.capexbrief.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Template sets with a file or a font missing or broken: a clear error naming the file, and no
 * briefing file written. (Template sandboxing is tested with the template engine.)
 */
class HostileTemplateCliTest {
    @TempDir
    Path dir;

    Path data() throws IOException {
        return Files.writeString(dir.resolve("figures.csv"), HostileOutputCliTest.CSV);
    }

    static List<Path> briefings(Path root) throws IOException {
        if (!Files.exists(root)) {
            return List.of();
        }
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().equals(".capexbrief.lock")).toList();
        }
    }

    Cli brief(Path templates, Path out) throws IOException {
        return Cli.run("brief", "--data", data().toString(), "--out", out.toString(), "--as-of", "2025-02-07",
                "--template", templates.toString());
    }

    /**
     * A template is a program a user writes: one that never ends, writes without end or recurses
     * without end is stopped with one line naming it (exit 2), and nothing is written.
     */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "a loop over an endless range | <#list 1.. as i></#list> | did not finish within 10 s; a #list over a range without an end (1..) or a loop that never stops? Bound it",
        "a loop that writes without end | <#list 1.. as i>x</#list> | wrote more than 4,000,000 characters; a #list that writes too much? Bound it (e.g. ?take_while or a range with an end)",
        "a hundred million items | <#list 1..100000000 as i>${i} </#list> | wrote more than 4,000,000 characters; a #list that writes too much? Bound it (e.g. ?take_while or a range with an end)",
        "a macro that calls itself | <#macro m><@m/></#macro><@m/> | a macro or function calls itself without end (the stack ran out); give its recursion a condition that stops it",
        "a function that calls itself | <#function f n><#return f(n + 1)></#function>${f(1)} | a macro or function calls itself without end (the stack ran out); give its recursion a condition that stops it"})
    void aTemplateThatWouldNeverEndIsStoppedAndNamed(String what, String code, String message) throws IOException {
        Path templates = Files.createDirectories(dir.resolve("templates"));
        Path takeaways = Files.writeString(templates.resolve("takeaways.ftl"), code + "\n- one\n- two\n- three\n");
        Path out = dir.resolve("out");
        Cli r = brief(templates, out);
        assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("capexbrief: " + takeaways + ": " + message);
        assertThat(briefings(out)).isEmpty();
    }

    @Test
    void aTemplateMissingFromTheFolderFallsBackToTheBundledOne() throws IOException {
        Path templates = Files.createDirectories(dir.resolve("templates"));
        Files.writeString(templates.resolve("theme.yaml"), "firm_name: Hostile Research\n");
        Path out = dir.resolve("out");
        Cli r = brief(templates, out);
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(out.resolve("2025-W06/capex-briefing-2025-W06.pdf")).isNotEmptyFile();
    }

    @Test
    void aMissingTemplateFolderIsNamed() throws IOException {
        Path out = dir.resolve("out");
        Cli r = brief(dir.resolve("no-such-templates"), out);
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.err().strip()).isEqualTo("capexbrief: template folder not found: " + dir.resolve("no-such-templates"));
        assertThat(out).doesNotExist();
    }

    @Test
    void aFontMissingFromTheTemplateSetIsNamedAndNothingIsWritten() throws IOException {
        Path templates = Files.createDirectories(dir.resolve("templates"));
        Files.writeString(templates.resolve("theme.yaml"), "fonts:\n  regular: house-sans.ttf\n");
        Path out = dir.resolve("out");
        Cli r = brief(templates, out);
        assertThat(r.exitCode()).as("a missing file is an I/O failure").isEqualTo(3);
        assertThat(r.err().lines()).singleElement().asString()
                .startsWith("capexbrief: " + templates.resolve("theme.yaml") + ":2: fonts.regular:")
                .contains("house-sans.ttf");
        assertThat(out).doesNotExist();
    }

    @Test
    void aBadCompanyColourIsOneLineWithFileAndLineAndNothingIsWritten() throws IOException {
        Path templates = Files.createDirectories(dir.resolve("templates"));
        Files.writeString(templates.resolve("theme.yaml"), "company_colors:\n  AMZN: \"#E69F00\"\n  ORCL: pink\n");
        Path out = dir.resolve("out");
        Cli r = brief(templates, out);
        assertThat(r.exitCode()).as("a bad theme is a usage error").isEqualTo(2);
        assertThat(r.err().lines()).singleElement().asString()
                .startsWith("capexbrief: " + templates.resolve("theme.yaml") + ":3: company_colors.ORCL:");
        assertThat(out).doesNotExist();
    }

    @Test
    void aBrokenFontIsNamedAndNoBriefingIsWritten() throws IOException {
        Path templates = Files.createDirectories(dir.resolve("templates"));
        Files.writeString(templates.resolve("theme.yaml"), "fonts:\n  regular: house-sans.ttf\n");
        Files.writeString(templates.resolve("house-sans.ttf"), "not a font");
        Path out = dir.resolve("out");
        Cli r = brief(templates, out);
        assertThat(r.exitCode()).as("a file that is there but is not a font is a bad template set, a usage error").isEqualTo(2);
        assertThat(r.err().lines()).singleElement().asString().startsWith("capexbrief: ").contains("house-sans.ttf");
        assertThat(briefings(out)).isEmpty();
    }

    @Test
    void anIncludeOfAMissingTemplateIsNamedAndNoBriefingIsWritten() throws IOException {
        Path templates = Files.createDirectories(dir.resolve("templates"));
        Files.writeString(templates.resolve("title.ftl"), "<#include \"missing-part.ftl\">\n");
        Path out = dir.resolve("out");
        Cli r = brief(templates, out);
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.err().lines()).singleElement().asString()
                .startsWith("capexbrief: " + templates.resolve("title.ftl") + ":1:").contains("missing-part.ftl");
        assertThat(briefings(out)).isEmpty();
    }

    @Test
    void aTemplateThatDoesNotParseIsAUsageErrorNamingFileLineAndColumn() throws IOException {
        Path templates = Files.createDirectories(dir.resolve("templates"));
        Files.writeString(templates.resolve("title.ftl"), "Capex briefing\n\nWeek ${week\n");
        Path out = dir.resolve("out");
        Cli r = brief(templates, out);
        assertThat(r.exitCode()).as("the user's template text is wrong, not a file").isEqualTo(2);
        assertThat(r.err().lines()).singleElement().asString()
                .startsWith("capexbrief: " + templates.resolve("title.ftl") + " line 3, column ")
                .contains(": syntax error: ")
                .doesNotContain("Exception");
        assertThat(briefings(out)).isEmpty();
    }

    @Test
    void anIncludedTemplateThatDoesNotParseIsNamedWithItsOwnLine() throws IOException {
        Path templates = Files.createDirectories(dir.resolve("templates"));
        Files.writeString(templates.resolve("title.ftl"), "Capex briefing\n<#include \"part.ftl\">\n");
        Files.writeString(templates.resolve("part.ftl"), "fine\nfine\n<#if>\n");
        Path out = dir.resolve("out");
        Cli r = brief(templates, out);
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err().lines()).singleElement().asString()
                .startsWith("capexbrief: " + templates.resolve("part.ftl") + " line 3, column ");
        assertThat(briefings(out)).isEmpty();
    }
}
