package dev.capexbrief.render.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfEncryption;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfNumber;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfStream;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import dev.capexbrief.golden.GoldenFiles;
import dev.capexbrief.render.text.TemplateSet;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.TimeZone;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A golden PDF: a tiny document written with OpenPDF in the project's embedded fonts
 * ({@link PdfFonts}, the bundled DejaVu faces with their fixed subset tags), one table, and one
 * JFreeChart chart drawn as vector graphics through {@link ChartImage}, with fixed dates and a
 * fixed document ID in the way {@link ArchiveSettings} sets them (PDF/A-1b, sRGB output intent,
 * XMP). The inputs are built here, not taken from a briefing, so the briefing's sections can change
 * without touching this file, while an OpenPDF or JFreeChart upgrade that writes anything
 * differently fails, with the first differing line of the PDF's readable form.
 *
 * <p>To regenerate after an intended change: {@code mvn -o test -Dtest='Golden*' -Dgolden.update=true},
 * then review {@code git diff src/test/resources} (see the README.txt beside the golden files).
 */
class GoldenPdfTest {
    static final String GOLDEN_DIR = "dev/capexbrief/render/pdf/golden";
    private static final String SRGB = "/dev/capexbrief/color/sRGB.icc";

    private static byte[] pdf;

    @BeforeAll
    static void write(@TempDir Path dir) throws IOException {
        pdf = pdf(templates(dir));
    }

    @Test
    void thePdfIsTheSameBytesEveryTime(@TempDir Path dir) throws IOException {
        assertThat(pdf(templates(dir))).isEqualTo(pdf);
    }

    /**
     * A decimal comma and a far time zone change nothing. (A locale with other digits does: OpenPDF
     * 2.0.5 writes the cross-reference table's offsets in the default locale's digits, so with
     * Arabic-Indic digits the file is broken. Not tested here: it is OpenPDF's, and the briefing's.)
     */
    @Test
    void theDefaultLocaleAndTimeZoneChangeNothing(@TempDir Path dir) throws IOException {
        Locale locale = Locale.getDefault();
        TimeZone zone = TimeZone.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
            assertThat(pdf(templates(dir))).isEqualTo(pdf);
        } finally {
            Locale.setDefault(locale);
            TimeZone.setDefault(zone);
        }
    }

    /**
     * The bytes, exactly. Both JDKs the project builds with (17 with the system's zlib 1.2.13, and
     * Temurin 25 with its bundled zlib 1.3.2) deflate the streams to the same bytes. A runtime whose
     * zlib deflates otherwise (zlib-ng, say) would fail here with "their readable forms are the
     * same": the content would still be what the golden pins, only compressed differently.
     */
    @Test
    void thePdfIsItsGoldenFile() {
        GoldenFiles golden = new GoldenFiles(GOLDEN_DIR);
        golden.checkBytes("golden.pdf", pdf, PdfDump::of);
        golden.verify();
    }

    /** A template folder of its own: only a theme, with the bundled fonts, whatever templates/ says. */
    static TemplateSet templates(Path dir) throws IOException {
        Files.writeString(dir.resolve("theme.yaml"), """
                firm_name: Golden Research
                fonts:
                  regular: bundled
                  bold: bundled
                  condensed: bundled
                  condensed_bold: bundled
                """);
        return TemplateSet.load(dir);
    }

    static byte[] pdf(TemplateSet templates) throws IOException {
        PdfFonts fonts = new PdfFonts(templates);
        Document document = new Document(new Rectangle(320, 420), 24, 24, 28, 28);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setPDFXConformance(PdfWriter.PDFA1B);
        document.addTitle("Golden capex note");
        document.addSubject("A fixed document for the golden test");
        document.addKeywords("capex, guidance, golden");
        document.addAuthor("Golden Research");
        document.addCreator("capexbrief");
        document.open();
        archive(writer);
        Font heading = new Font(fonts.bold(), 13, Font.NORMAL, new Color(0x0B, 0x2E, 0x4F));
        Font body = new Font(fonts.regular(), 9.5f, Font.NORMAL, new Color(0x1A, 0x1A, 0x1A));
        Font cell = new Font(fonts.condensed(), 8.5f);
        Font cellBold = new Font(fonts.condensedBold(), 8.5f);
        document.add(new Paragraph("Hyperscaler capex, FY2025", heading));
        Paragraph p = new Paragraph("Meta guided $60\u201365 billion; Amazon \u201cover $100 billion\u201d. "
                + "Caf\u00e9 \u20ac, \u00b1 and \u2265 come from the embedded subset.", body);
        p.setSpacingAfter(6);
        document.add(p);
        PdfPTable table = new PdfPTable(new float[]{3, 2, 2});
        table.setWidthPercentage(100);
        for (String h : new String[]{"Company", "FY2025", "FY2026"}) {
            table.addCell(cell(h, cellBold, Element.ALIGN_LEFT));
        }
        String[][] rows = {{"Amazon", "$83.0B", "$100.0B"}, {"Meta", "$39.2B", "$62.5B"}};
        for (String[] row : rows) {
            table.addCell(cell(row[0], cell, Element.ALIGN_LEFT));
            table.addCell(cell(row[1], cell, Element.ALIGN_RIGHT));
            table.addCell(cell(row[2], cell, Element.ALIGN_RIGHT));
        }
        table.setSpacingAfter(8);
        document.add(table);
        document.add(ChartImage.of(writer, chart(fonts), 272, 170, fonts));
        writer.createXmpMetadata();
        document.close();
        return out.toByteArray();
    }

    private static PdfPCell cell(String text, Font font, int alignment) {
        PdfPCell c = new PdfPCell(new Phrase(text, font));
        c.setHorizontalAlignment(alignment);
        c.setBorderWidth(0.5f);
        c.setPadding(3);
        return c;
    }

    /** Fixed dates and ID, and the sRGB output intent from the jar: the settings ArchiveSettings makes. */
    private static void archive(PdfWriter writer) throws IOException {
        GregorianCalendar day = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
        day.clear();
        day.set(2025, 1, 7, 0, 0, 0);
        PdfDate date = new PdfDate(day);
        writer.getInfo().put(PdfName.CREATIONDATE, date);
        writer.getInfo().put(PdfName.MODDATE, date);
        byte[] id = "golden-document!".getBytes(StandardCharsets.US_ASCII);
        writer.getInfo().put(PdfName.FILEID, PdfEncryption.createInfoId(id, id));
        byte[] icc;
        try (InputStream in = GoldenPdfTest.class.getResourceAsStream(SRGB)) {
            icc = in.readAllBytes();
        }
        PdfStream profile = new PdfStream(icc);
        profile.put(PdfName.N, new PdfNumber(3));
        profile.put(PdfName.ALTERNATE, PdfName.DEVICERGB);
        profile.flateCompress(writer.getCompressionLevel());
        PdfDictionary intent = new PdfDictionary(PdfName.OUTPUTINTENT);
        intent.put(PdfName.S, PdfName.GTS_PDFA1);
        intent.put(PdfName.OUTPUTCONDITIONIDENTIFIER, new PdfString("sRGB IEC61966-2.1"));
        intent.put(PdfName.REGISTRYNAME, new PdfString("http://www.color.org"));
        intent.put(PdfName.INFO, new PdfString("sRGB IEC61966-2.1"));
        intent.put(PdfName.DESTOUTPUTPROFILE, writer.addToBody(profile).getIndirectReference());
        writer.getExtraCatalog().put(PdfName.OUTPUTINTENTS, new PdfArray(intent));
    }

    /** Two companies' bars over two years, every font one of the document's embedded faces. */
    private static JFreeChart chart(PdfFonts fonts) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        data.addValue(83.0, "Amazon", "FY2025");
        data.addValue(100.0, "Amazon", "FY2026");
        data.addValue(39.23, "Meta", "FY2025");
        data.addValue(62.5, "Meta", "FY2026");
        NumberAxis values = new NumberAxis("US$ billions");
        // tick labels in the default locale's digits would make the file depend on the machine
        values.setNumberFormatOverride(new DecimalFormat("0", DecimalFormatSymbols.getInstance(Locale.ROOT)));
        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis(null), values, new BarRenderer());
        plot.setOrientation(PlotOrientation.VERTICAL);
        JFreeChart chart = new JFreeChart("Capex plans", plot);
        StandardChartTheme theme = new StandardChartTheme("golden");
        theme.setExtraLargeFont(fonts.awtBold().deriveFont(11f));
        theme.setLargeFont(fonts.awtBold().deriveFont(9f));
        theme.setRegularFont(fonts.awtRegular().deriveFont(8f));
        theme.setSmallFont(fonts.awtRegular().deriveFont(7f));
        theme.setBarPainter(new StandardBarPainter());
        theme.setShadowVisible(false);
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setRangeGridlinePaint(new Color(0xC8, 0xCD, 0xD4));
        theme.apply(chart);
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setSeriesPaint(0, new Color(0x1F, 0x4E, 0x79));
        renderer.setSeriesPaint(1, new Color(0xE6, 0x9F, 0x00));
        renderer.setItemMargin(0.05);
        return chart;
    }
}
