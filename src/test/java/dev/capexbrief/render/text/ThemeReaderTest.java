package dev.capexbrief.render.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ThemeReaderTest {
    @TempDir
    Path dir;

    @Test
    void theBundledThemeIsTheRepositoryThemeYaml() {
        Theme theme = TemplateSet.load(null).theme();
        assertThat(theme.firmName()).isEqualTo("capexbrief Research");
        assertThat(theme.pageSize()).isEqualTo("A4");
        assertThat(theme.logo()).isEqualTo("logo.png");
        assertThat(theme.companyColor(0)).isEqualTo(new Color(0x1F4E79));
        assertThat(theme.companyColor(theme.palette().size())).isEqualTo(theme.companyColor(0));
        assertThat(theme.fonts()).isEqualTo(ThemeFonts.bundled());
        assertThat(theme.topCompanies()).isEqualTo(12).isEqualTo(Theme.defaults().topCompanies());
    }

    @Test
    void topCompaniesIsAWholeNumberInRange() throws IOException {
        Files.writeString(dir.resolve("theme.yaml"), "top_companies: 20\n");
        assertThat(TemplateSet.load(dir).theme().topCompanies()).isEqualTo(20);
        Files.writeString(dir.resolve("theme.yaml"), "firm_name: X\ntop_companies: all\n");
        assertThatThrownBy(() -> TemplateSet.load(dir))
                .isInstanceOf(TemplateProblemException.class)
                .hasMessageContaining(dir.resolve("theme.yaml")
                        + ":2: top_companies: 'all' is not a whole number from 1 to 50");
        Files.writeString(dir.resolve("theme.yaml"), "top_companies: 0\n");
        assertThatThrownBy(() -> TemplateSet.load(dir)).isInstanceOf(TemplateProblemException.class)
                .hasMessageContaining("top_companies: '0' is not a whole number");
    }

    @Test
    void settingsOverrideTheDefaultsAndMissingOnesKeepThem() throws IOException {
        Files.writeString(dir.resolve("theme.yaml"), """
                firm_name: Northwind Capital
                page_size: letter
                palette: ["#000000", "112233"]
                colors: {accent: "#123456"}
                fonts: {body_size: 10}
                """);
        Theme theme = TemplateSet.load(dir).theme();
        assertThat(theme.firmName()).isEqualTo("Northwind Capital");
        assertThat(theme.letter()).isTrue();
        assertThat(theme.palette()).containsExactly(Color.BLACK, new Color(0x112233));
        assertThat(theme.accent()).isEqualTo(new Color(0x123456));
        assertThat(theme.ink()).isEqualTo(Theme.defaults().ink());
        assertThat(theme.fonts().bodySize()).isEqualTo(10f);
    }

    @Test
    void everyProblemIsReportedWithItsLine() throws IOException {
        Files.writeString(dir.resolve("theme.yaml"), """
                firm_name: X
                page_size: A5
                palette:
                  - "#1F4E79"
                  - blu
                fonts:
                  regular: missing.ttf
                colour: "#000000"
                """);
        String file = dir.resolve("theme.yaml").toString();
        assertThatThrownBy(() -> TemplateSet.load(dir))
                .isInstanceOf(TemplateProblemException.class)
                .hasMessageContaining(file + ":2: page_size: 'A5' is not a page size")
                .hasMessageContaining(file + ":5: palette[1]: 'blu' is not a colour")
                .hasMessageContaining(file + ":7: fonts.regular: 'missing.ttf' is not in the template folder")
                .hasMessageContaining(file + ":8: colour: unknown setting");
    }

    @Test
    void invalidYamlNamesTheLine() throws IOException {
        Files.writeString(dir.resolve("theme.yaml"), "firm_name: X\npalette: [\"#000000\"\n");
        assertThatThrownBy(() -> TemplateSet.load(dir))
                .isInstanceOf(TemplateProblemException.class)
                .hasMessageStartingWith(dir.resolve("theme.yaml") + ":");
    }
}
