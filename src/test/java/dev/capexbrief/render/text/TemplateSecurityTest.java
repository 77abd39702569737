package dev.capexbrief.render.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A template set is a user's file: it may not run Java, reach the Java API or read outside its folder. */
class TemplateSecurityTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {
            "${\"freemarker.template.utility.Execute\"?new()(\"id\")}",
            "<#assign x = \"freemarker.template.utility.ObjectConstructor\"?new()>${x(\"java.io.File\", \"/\")}",
            "${firm?api.getClass()}",
            "<#if false>${\"freemarker.template.utility.Execute\" ? new()(\"id\")}</#if>"})
    void newAndApiAreRefusedWithFileAndLine(String line) throws IOException {
        Files.writeString(dir.resolve("takeaways.ftl"), "- fine first line\n" + line + "\n");
        TemplateSet set = TemplateSet.load(dir);
        assertThatThrownBy(() -> set.render("takeaways.ftl", Map.of("firm", "x")))
                .isInstanceOf(TemplateProblemException.class)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(dir.resolve("takeaways.ftl") + ":2: ")
                .hasMessageMatching("(?s).*\\?(new|api).*");
    }

    @Test
    void includesCannotLeaveTheTemplateFolder() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("set"));
        Files.writeString(dir.resolve("secret.ftl"), "secret");
        Files.writeString(folder.resolve("title.ftl"), "Title\n<#include \"../secret.ftl\">\n");
        TemplateSet set = TemplateSet.load(folder);
        assertThatThrownBy(() -> set.render("title.ftl", Map.of()))
                .isInstanceOf(TemplateProblemException.class)
                .hasMessageStartingWith(folder.resolve("title.ftl") + ":2: ");
    }

    @Test
    void themeFilesCannotPointOutsideTheFolder() throws IOException {
        Files.writeString(dir.resolve("theme.yaml"), "firm_name: X\nlogo: ../../etc/passwd.png\n");
        assertThatThrownBy(() -> TemplateSet.load(dir))
                .isInstanceOf(TemplateProblemException.class)
                .hasMessageContaining("theme.yaml:2: logo:");
        TemplateSet bundled = TemplateSet.load(null);
        assertThatThrownBy(() -> bundled.file("../fonts/DejaVuSans.ttf")).isInstanceOf(TemplateProblemException.class);
    }

    @Test
    void templatesSeeOnlyPlainValuesNotJavaObjects() throws IOException {
        Files.writeString(dir.resolve("probe.ftl"), "${(obj.class)!\"hidden\"} ${(obj.toString())!\"hidden\"}");
        String out = TemplateSet.load(dir).render("probe.ftl", Map.of("obj", new StringBuilder("sb")));
        assertThat(out).isEqualTo("hidden hidden");
    }

    @Test
    void aSyntaxErrorNamesFileLineAndColumnAndIsNotAnUnreadableFile() throws IOException {
        Files.writeString(dir.resolve("title.ftl"), "Title\n\n<#if total.count gt 0>\nno end tag\n");
        TemplateSet set = TemplateSet.load(dir);
        assertThatThrownBy(() -> set.render("title.ftl", Map.of()))
                .isInstanceOfSatisfying(TemplateProblemException.class, e -> assertThat(e.unreadable()).isFalse())
                .hasMessageStartingWith(dir.resolve("title.ftl") + " line 4, column 11: syntax error: ")
                .hasMessageContaining("unclosed #if");
    }

    @Test
    void aSyntaxErrorFoundWhilePreparingIsReportedTheSameWayWhenRendered() throws IOException {
        Files.writeString(dir.resolve("title.ftl"), "Title ${total\n");
        TemplateSet set = TemplateSet.load(dir);
        set.prepare();
        assertThatThrownBy(() -> set.render("title.ftl", Map.of()))
                .isInstanceOfSatisfying(TemplateProblemException.class, e -> assertThat(e.unreadable()).isFalse())
                .hasMessageStartingWith(dir.resolve("title.ftl") + " line 1, column ")
                .hasMessageNotContaining("earlier attempt");
    }
}
