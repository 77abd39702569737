package dev.capexbrief.render.pdf;

import dev.capexbrief.render.text.BriefingSection;
import dev.capexbrief.render.text.BriefingText;
import dev.capexbrief.render.text.TemplateSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.List;
import java.util.TimeZone;
import java.util.concurrent.TimeUnit;

import static dev.capexbrief.render.pdf.PdfFixtures.LATER;
import static dev.capexbrief.render.pdf.PdfFixtures.SEED;
import static org.assertj.core.api.Assertions.assertThat;

/** The file as a PDF reader sees it: outline, fonts, images, metadata, size, determinism, syntax. */
class PdfStructureTest {
    private final byte[] pdf = PdfFixtures.pdf(SEED);

    @Test
    void outlineHasOneEntryPerSectionInReadingOrder() throws IOException {
        BriefingText narrative = TemplateSet.load(null).text(PdfFixtures.briefing(SEED));
        List<String> expected = Arrays.stream(BriefingSection.values())
                .map(s -> narrative.section(s).heading()).toList();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> titles = new ArrayList<>();
            for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
                titles.add(item.getTitle());
                assertThat(item.findDestinationPage(doc)).as(item.getTitle()).isNotNull();
            }
            assertThat(titles).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void everyFontIsEmbeddedIncludingChartText() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : doc.getPages()) {
                collect(page.getResources(), fonts, new ArrayList<>());
            }
            assertThat(fonts).isNotEmpty();
            assertThat(fonts).allSatisfy(f -> assertThat(f.isEmbedded()).as(f.getName()).isTrue());
            assertThat(fonts).extracting(PDFont::getName).allMatch(n -> n.contains("DejaVuSans"));
        }
    }

    @Test
    void theOnlyRasterImageIsTheLogoAndChartsAreVectorForms() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<PDImageXObject> images = new ArrayList<>();
            int forms = 0;
            for (PDPage page : doc.getPages()) {
                List<PDFont> ignored = new ArrayList<>();
                forms += collect(page.getResources(), ignored, images);
            }
            assertThat(images).hasSize(1);
            assertThat(images.get(0).getWidth()).isLessThanOrEqualTo(192);
            assertThat(images.get(0).getCOSObject().containsKey(COSName.SMASK)).isFalse();
            assertThat(forms).as("charts drawn as form XObjects").isGreaterThanOrEqualTo(4);
        }
    }

    @Test
    void metadataDescribesTheBriefingAndIsDatedAsOf() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDDocumentInformation info = doc.getDocumentInformation();
            assertThat(info.getTitle()).isEqualTo("Hyperscaler Capex Weekly 2025-W06");
            assertThat(info.getAuthor()).isEqualTo("capexbrief Research");
            assertThat(info.getSubject()).contains("2025-02-07", "FY2025");
            assertThat(info.getKeywords()).contains("capex", "Amazon", "Microsoft", "Alphabet", "Meta");
            Calendar created = info.getCreationDate();
            created.setTimeZone(TimeZone.getTimeZone("UTC"));
            assertThat(created.get(Calendar.YEAR)).isEqualTo(2025);
            assertThat(created.get(Calendar.MONTH)).isEqualTo(Calendar.FEBRUARY);
            assertThat(created.get(Calendar.DAY_OF_MONTH)).isEqualTo(7);
            assertThat(doc.getDocumentCatalog().getMetadata()).as("XMP metadata").isNotNull();
            assertThat(doc.getDocumentCatalog().getOutputIntents()).hasSize(1);
        }
    }

    @Test
    void theOutputIntentIsTheShippedSrgbProfileByteForByte() throws IOException {
        byte[] shipped;
        try (var in = PdfStructureTest.class.getResourceAsStream("/dev/capexbrief/color/sRGB.icc")) {
            shipped = in.readAllBytes();
        }
        try (PDDocument doc = Loader.loadPDF(pdf); var in = doc.getDocumentCatalog().getOutputIntents().get(0)
                .getDestOutputIntent().createInputStream()) {
            assertThat(in.readAllBytes()).as("not the Java runtime's profile, which varies by version")
                    .isEqualTo(shipped);
        }
    }

    @Test
    void isSmallEnoughToEmail() {
        assertThat(pdf.length).isLessThanOrEqualTo(300 * 1024);
        assertThat(PdfFixtures.pdf(LATER).length).isLessThanOrEqualTo(300 * 1024);
    }

    @Test
    void twoRendersAreByteIdentical() {
        byte[] again = PdfFixtures.render(PdfFixtures.briefing(SEED), TemplateSet.load(null));
        assertThat(again).as("analysis, fill and render again").isEqualTo(pdf);
        TemplateSet templates = TemplateSet.load(null);
        var model = PdfFixtures.model(PdfFixtures.briefing(LATER), templates);
        assertThat(PdfFixtures.render(model, templates)).as("the same model twice")
                .isEqualTo(PdfFixtures.render(model, templates));
    }

    @Test
    void aDifferentAsOfDateGivesADifferentDocumentId() throws IOException {
        try (PDDocument a = Loader.loadPDF(pdf); PDDocument b = Loader.loadPDF(PdfFixtures.pdf(LATER))) {
            assertThat(a.getDocument().getDocumentID()).isNotNull();
            assertThat(a.getDocument().getDocumentID().toString()).isNotEqualTo(b.getDocument().getDocumentID().toString());
        }
    }

    @Test
    void qpdfFindsNoErrors(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(onPath("qpdf"), "qpdf is not installed");
        Path file = dir.resolve("briefing.pdf");
        Files.write(file, pdf);
        Process p = new ProcessBuilder("qpdf", "--check", file.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out).contains("No syntax or stream encoding errors");
    }

    /** Fonts and images of a resource dictionary and the forms inside it; returns the number of forms. */
    private static int collect(PDResources resources, List<PDFont> fonts, List<PDImageXObject> images) throws IOException {
        if (resources == null) {
            return 0;
        }
        int forms = 0;
        for (COSName name : resources.getFontNames()) {
            fonts.add(resources.getFont(name));
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject x = resources.getXObject(name);
            if (x instanceof PDImageXObject image) {
                images.add(image);
            } else if (x instanceof PDFormXObject form) {
                forms += 1 + collect(form.getResources(), fonts, images);
            }
        }
        return forms;
    }

    static boolean onPath(String command) {
        String path = System.getenv("PATH");
        return path != null && Arrays.stream(path.split(java.io.File.pathSeparator))
                .anyMatch(d -> Files.isExecutable(Path.of(d, command)));
    }
}
