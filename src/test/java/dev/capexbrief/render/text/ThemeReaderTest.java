package dev.capexbrief.render.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

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
        assertThat(theme.companyColors()).isEqualTo(Theme.defaults().companyColors());
        assertThat(List.copyOf(theme.companyColors().keySet()))
                .as("the theme's order, which gives each company its marker shape")
                .isEqualTo(List.copyOf(Theme.defaults().companyColors().keySet()))
                .startsWith("AMZN", "MSFT", "GOOGL", "META", "ORCL");
        assertThat(theme.companyColors()).containsEntry("MSFT", new Color(0x1F4E79)).containsEntry("0700.HK", new Color(0x56B4E9));
        assertThat(theme.palette()).isEqualTo(Theme.defaults().palette());
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
        assertThat(theme.companyColors()).as("not given: the built-in company colours")
                .isEqualTo(Theme.defaults().companyColors());
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
    void companyColorsMapIdsToColoursInTheFilesOrder() throws IOException {
        Files.writeString(dir.resolve("theme.yaml"), """
                company_colors:
                  ORCL: "#D55E00"
                  0700.HK: 56b4e9
                  "9988.HK": "#954200"
                """);
        Theme theme = TemplateSet.load(dir).theme();
        assertThat(theme.companyColors()).containsExactly(Map.entry("ORCL", new Color(0xD55E00)),
                Map.entry("0700.HK", new Color(0x56B4E9)), Map.entry("9988.HK", new Color(0x954200)));
        assertThat(theme.palette()).isEqualTo(Theme.defaults().palette());
    }

    @Test
    void anEmptyCompanyColorsGivesNoCompanyItsOwnColour() throws IOException {
        Files.writeString(dir.resolve("theme.yaml"), "company_colors: {}\n");
        assertThat(TemplateSet.load(dir).theme().companyColors()).isEmpty();
        Files.writeString(dir.resolve("theme.yaml"), "company_colors:\npalette: [\"#000000\"]\n");
        assertThat(TemplateSet.load(dir).theme().companyColors()).isEmpty();
    }

    @Test
    void anOldThemeWithOnlyAPaletteStillLoads() throws IOException {
        Files.writeString(dir.resolve("theme.yaml"), """
                firm_name: Northwind Capital
                palette:
                  - "#1F4E79"
                  - "#E69F00"
                  - "#56B4E9"
                """);
        Theme theme = TemplateSet.load(dir).theme();
        assertThat(theme.palette()).hasSize(3);
        assertThat(theme.companyColors()).isEqualTo(Theme.defaults().companyColors());
    }

    /** What, the YAML after a first line "firm_name: X", the line of the problem in that YAML, the message. */
    static Stream<Arguments> badCompanyColors() {
        return Stream.of(
                Arguments.of("a bad colour", "company_colors:\n  AMZN: orange\n",
                        2, "company_colors.AMZN: 'orange' is not a colour; write it as \"#RRGGBB\""),
                Arguments.of("an empty colour", "company_colors:\n  AMZN:\n",
                        2, "company_colors.AMZN: '' is not a colour"),
                Arguments.of("an id given twice", "company_colors:\n  AMZN: \"#E69F00\"\n  AMZN: \"#000000\"\n",
                        3, "company_colors.AMZN: given twice (also on line 3); keep one"),
                Arguments.of("one colour for two ids", "company_colors:\n  AMZN: \"#E69F00\"\n  BABA: \"#e69f00\"\n",
                        3, "company_colors.BABA: '#e69f00' is already AMZN's colour; give each company its own"),
                Arguments.of("a list", "company_colors:\n  - \"#E69F00\"\n",
                        1, "company_colors: is a list, not company id: colour lines; write one line per company "
                                + "under it, e.g. AMZN: \"#E69F00\""),
                Arguments.of("one colour", "company_colors: \"#E69F00\"\n",
                        1, "company_colors: '#E69F00' is not company id: colour lines"),
                Arguments.of("a map for a company", "company_colors:\n  AMZN:\n    color: \"#E69F00\"\n",
                        2, "company_colors.AMZN: give the company one colour, e.g. AMZN: \"#E69F00\""),
                Arguments.of("a list for a company", "company_colors:\n  AMZN: [\"#E69F00\", \"#000000\"]\n",
                        2, "company_colors.AMZN: give the company one colour"),
                Arguments.of("an empty id", "company_colors:\n  \"\": \"#E69F00\"\n",
                        2, "company_colors.: the company id is empty"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badCompanyColors")
    void aBadCompanyColorsEntryIsOneLineWithFileAndLine(String what, String yaml, int line, String expected)
            throws IOException {
        Files.writeString(dir.resolve("theme.yaml"), "firm_name: X\n" + yaml);
        String file = dir.resolve("theme.yaml").toString();
        assertThatThrownBy(() -> TemplateSet.load(dir))
                .isInstanceOf(TemplateProblemException.class)
                .satisfies(e -> assertThat(e.getMessage().lines()).as(what).singleElement().asString()
                        .startsWith(file + ":" + (line + 1) + ": " + expected));
    }

    @Test
    void aBadCompanyColourFailsTheBriefWithTheUsageExitCode() throws IOException {
        Files.writeString(dir.resolve("theme.yaml"), "company_colors:\n  ORCL: pink\n");
        assertThatThrownBy(() -> TemplateSet.load(dir)).isInstanceOf(TemplateProblemException.class)
                .hasNoCause()
                .hasMessage(dir.resolve("theme.yaml") + ":2: company_colors.ORCL: 'pink' is not a colour; "
                        + "write it as \"#RRGGBB\", e.g. \"#1F4E79\"");
    }

    @Test
    void invalidYamlNamesTheLine() throws IOException {
        Files.writeString(dir.resolve("theme.yaml"), "firm_name: X\npalette: [\"#000000\"\n");
        assertThatThrownBy(() -> TemplateSet.load(dir))
                .isInstanceOf(TemplateProblemException.class)
                .hasMessageStartingWith(dir.resolve("theme.yaml") + ":");
    }
}
