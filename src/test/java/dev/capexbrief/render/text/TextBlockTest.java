package dev.capexbrief.render.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextBlockTest {
    @Test
    void firstLineIsTheHeadingAndBlankLinesSplitParagraphs() {
        TextBlock b = TextBlock.parse("\n  Guidance by company  \nOne line\ncontinued.\n\nSecond paragraph.\n");
        assertThat(b.heading()).isEqualTo("Guidance by company");
        assertThat(b.paragraphs()).containsExactly("One line continued.", "Second paragraph.");
        assertThat(b.body()).isEqualTo("One line continued.\n\nSecond paragraph.");
    }

    @Test
    void emptyTextHasNoHeading() {
        assertThat(TextBlock.parse("  \n \n")).isEqualTo(new TextBlock("", java.util.List.of()));
    }

    @Test
    void bulletsStartWithADashAndMayWrap() {
        String rendered = "ignored preamble\n- First item\n  wraps here.\n\u2022 Second item.\n\n- Third.\n";
        assertThat(TextBlock.bullets(rendered)).containsExactly("First item wraps here.", "Second item.", "Third.");
    }
}
