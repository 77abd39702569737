package dev.capexbrief.render.pdf;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import org.jfree.chart.JFreeChart;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;

/**
 * A chart drawn as PDF vector graphics: JFreeChart paints into a form XObject through
 * {@code PdfGraphics2D}, with its text set in the document's embedded fonts, and the form flows
 * in the document like an image (it is not one: nothing is rasterised).
 */
final class ChartImage {
    private ChartImage() {
    }

    static Image of(PdfWriter writer, JFreeChart chart, float width, float height, PdfFonts fonts) {
        PdfContentByte cb = writer.getDirectContent();
        PdfTemplate form = cb.createTemplate(width, height);
        Graphics2D g2 = form.createGraphics(width, height, fonts);
        try {
            chart.draw(g2, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            g2.dispose();
        }
        try {
            Image image = Image.getInstance(form);
            image.setAlignment(Image.ALIGN_CENTER);
            return image;
        } catch (BadElementException e) {
            throw new IllegalStateException("chart could not be placed", e);
        }
    }
}
