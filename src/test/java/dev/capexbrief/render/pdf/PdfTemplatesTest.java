package dev.capexbrief.render.pdf;

import dev.capexbrief.analysis.Briefing;
import dev.capexbrief.render.text.TemplateProblemException;
import dev.capexbrief.render.text.TemplateSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static dev.capexbrief.render.pdf.PdfFixtures.SEED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** A user's edits to a template folder show up in the PDF without a rebuild. */
class PdfTemplatesTest {
    private final Briefing seed = PdfFixtures.briefing(SEED);

    @Test
    void aChangedFirmNameAndTakeawayChangeTheOutput(@TempDir Path dir) throws IOException {
        Path templates = PdfFixtures.copyOfTemplates(dir.resolve("templates"));
        replace(templates.resolve("theme.yaml"), "firm_name: capexbrief Research", "firm_name: Northwind Capital");
        Files.writeString(templates.resolve("takeaways.ftl"),
                "- Our own view: ${largest.company} leads with ${largest.label} (${largest.announced}).\n",
                StandardCharsets.UTF_8);
        byte[] edited = PdfFixtures.render(seed, TemplateSet.load(templates));
        String text = PdfFixtures.flatText(edited);
        assertThat(text).contains("Northwind Capital", "Our own view: Amazon leads with over $100B (2025-02-06).");
        assertThat(text).doesNotContain("capexbrief Research");
        assertThat(edited).isNotEqualTo(PdfFixtures.pdf(SEED));
    }

    @Test
    void dashesCurrenciesAndCurlyQuotesRender(@TempDir Path dir) throws IOException {
        Path templates = PdfFixtures.copyOfTemplates(dir.resolve("templates"));
        String special = "Ranges \u2013 \u20AC12B, \u00A39B, \u00A5700B \u201Cquoted\u201D and \u2018single\u2019";
        Files.writeString(templates.resolve("takeaways.ftl"), "- " + special + " as of ${asOf}.\n", StandardCharsets.UTF_8);
        String text = PdfFixtures.flatText(PdfFixtures.render(seed, TemplateSet.load(templates)));
        assertThat(text).contains(special + " as of 2025-02-07.");
    }

    @Test
    void theThemeChoosesLetterPaper(@TempDir Path dir) throws IOException {
        Path templates = PdfFixtures.copyOfTemplates(dir.resolve("templates"));
        replace(templates.resolve("theme.yaml"), "page_size: A4", "page_size: Letter");
        try (PDDocument doc = Loader.loadPDF(PdfFixtures.render(seed, TemplateSet.load(templates)))) {
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isCloseTo(PDRectangle.LETTER.getWidth(), within(1f));
        }
        try (PDDocument doc = Loader.loadPDF(PdfFixtures.pdf(SEED))) {
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isCloseTo(PDRectangle.A4.getWidth(), within(1f));
        }
    }

    @Test
    void aBrokenTemplateStopsTheRenderWithItsFileAndLine(@TempDir Path dir) throws IOException {
        Path templates = PdfFixtures.copyOfTemplates(dir.resolve("templates"));
        Files.writeString(templates.resolve("sections/history.ftl"), "Capex history\n${noSuchValue}\n");
        TemplateSet set = TemplateSet.load(templates);
        assertThatThrownBy(() -> PdfFixtures.render(seed, set))
                .isInstanceOf(TemplateProblemException.class)
                .hasMessageStartingWith(templates.resolve("sections/history.ftl") + ":2: ")
                .hasMessageContaining("noSuchValue");
    }

    @Test
    void aLogoWithTransparencyIsFlattenedForPdfA(@TempDir Path dir) throws IOException {
        Path templates = PdfFixtures.copyOfTemplates(dir.resolve("templates"));
        java.awt.image.BufferedImage argb = new java.awt.image.BufferedImage(400, 200,
                java.awt.image.BufferedImage.TYPE_INT_ARGB);
        javax.imageio.ImageIO.write(argb, "png", templates.resolve("logo.png").toFile());
        try (PDDocument doc = Loader.loadPDF(PdfFixtures.render(seed, TemplateSet.load(templates)))) {
            var images = new java.util.ArrayList<org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject>();
            for (var name : doc.getPage(0).getResources().getXObjectNames()) {
                if (doc.getPage(0).getResources().getXObject(name)
                        instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject img) {
                    images.add(img);
                }
            }
            assertThat(images).singleElement().satisfies(img -> {
                assertThat(img.getWidth()).isEqualTo(192);
                assertThat(img.getCOSObject().containsKey(org.apache.pdfbox.cos.COSName.SMASK)).isFalse();
            });
        }
    }

    private static void replace(Path file, String from, String to) throws IOException {
        String s = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(s).contains(from);
        Files.writeString(file, s.replace(from, to), StandardCharsets.UTF_8);
    }
}
