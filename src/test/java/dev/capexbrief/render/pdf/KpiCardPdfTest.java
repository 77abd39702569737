package dev.capexbrief.render.pdf;

import dev.capexbrief.analysis.AnalysisOptions;
import dev.capexbrief.analysis.Analyzer;
import dev.capexbrief.dataset.Dataset;
import dev.capexbrief.dataset.DatasetReader;
import dev.capexbrief.render.text.TemplateSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A growth card whose figure is a bound ("at most +138.1%") sets the bound's words in the card's small
 * type and the figure alone in its large type, so the words never take the large type's line and push
 * the figure onto the next.
 */
class KpiCardPdfTest {
    @Test
    void aBoundsWordsAreSmallAndItsFigureLarge() throws Exception {
        Dataset d = new DatasetReader().read(Path.of(KpiCardPdfTest.class.getResource("/datasets/next-tier.yaml").toURI()));
        byte[] pdf = PdfFixtures.render(new Analyzer().analyze(d, new AnalysisOptions(LocalDate.of(2025, 12, 10), "USD",
                null)), TemplateSet.load(null));
        List<TextPosition> glyphs = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper page = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition text) {
                    glyphs.add(text);
                }
            };
            page.setEndPage(1);
            page.getText(doc);
        }
        StringBuilder text = new StringBuilder();
        glyphs.forEach(g -> text.append(g.getUnicode()));
        // the card: "GROWTH ON FY2025", then its figure, then "$21B+ → $50B"
        int card = text.indexOf("GROWTH ON FY2025");
        int words = text.indexOf("at most", card);
        int figure = text.indexOf("+138.1%", card);
        assertThat(card).isNotNegative();
        assertThat(words).isGreaterThan(card).isLessThan(figure);
        float small = glyphs.get(words).getFontSizeInPt();
        float large = glyphs.get(figure + 1).getFontSizeInPt();
        assertThat(large).as("the figure in the card's large type").isGreaterThan(small * 1.5f);
        // on one line the words, small, then the figure, large: their baselines agree
        assertThat(Math.abs(glyphs.get(words).getYDirAdj() - glyphs.get(figure + 1).getYDirAdj())).isLessThan(30f);
    }
}
