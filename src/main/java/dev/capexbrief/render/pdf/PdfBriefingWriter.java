package dev.capexbrief.render.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfWriter;
import dev.capexbrief.render.chart.ChartTheme;
import dev.capexbrief.render.model.BriefingModel;
import dev.capexbrief.render.model.Section;
import dev.capexbrief.render.text.BriefingSection;
import dev.capexbrief.render.text.TemplateSet;
import dev.capexbrief.render.text.Theme;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Writes the investor PDF briefing from the briefing model: page one (masthead, takeaways, headline
 * figures, this week, main exhibit), then every other section of the model in order, with vector
 * charts, embedded fonts, an outline, page furniture and PDF/A-1b metadata. It draws the model and
 * computes nothing; the theme and fonts come from the template set. Same model, same bytes.
 */
public final class PdfBriefingWriter {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
    private static final int LOGO_PIXELS = 192;

    private final TemplateSet templates;

    public PdfBriefingWriter(TemplateSet templates) {
        this.templates = templates;
    }

    public void write(BriefingModel model, OutputStream out) throws IOException {
        Theme theme = templates.theme();
        PdfFonts fonts = new PdfFonts(templates);
        Styles styles = new Styles(fonts, theme);
        Rectangle page = theme.letter() ? PageSize.LETTER : PageSize.A4;
        Document document = new Document(page, 50, 50, 54, 58);
        ArchiveSettings archive = new ArchiveSettings(model);
        String asOf = DAY.format(model.asOf());
        PageFurniture furniture = new PageFurniture(styles, model.title(),
                model.firm() + "  \u00b7  As of " + asOf + "  \u00b7  Not investment advice", asOf);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setStrictImageSequence(true);
            writer.setViewerPreferences(PdfWriter.PageModeUseOutlines);
            writer.setPageEvent(furniture);
            archive.beforeOpen(writer, document);
            document.open();
            archive.afterOpen(writer);
            Composer composer = new Composer(document, writer, styles,
                    new ChartTheme(theme, fonts.awtRegular(), fonts.awtBold()));
            SectionWriter sections = new SectionWriter(composer, model);
            new FrontPage(composer, sections, model, logo(theme)).write();
            if (writer.getPageNumber() == 1) {
                composer.newPage();
            }
            for (Section s : model.sections()) {
                if (s.id() != BriefingSection.TAKEAWAYS && s.id() != BriefingSection.THIS_WEEK) {
                    sections.write(s, false);
                }
            }
            archive.beforeClose(writer);
            document.close();
        } catch (DocumentException e) {
            throw new IOException("could not write the PDF briefing: " + e.getMessage(), e);
        }
    }

    /**
     * The theme's logo, flattened onto white and scaled down: PDF/A-1 forbids transparency, and a
     * masthead logo needs no more than a couple of hundred pixels.
     */
    private Image logo(Theme theme) throws IOException {
        if (theme.logo().isEmpty()) {
            return null;
        }
        BufferedImage src = LogoImage.decode(templates.file(theme.logo()), templates.describe(theme.logo()));
        double scale = Math.min(1.0, (double) LOGO_PIXELS / Math.max(src.getWidth(), src.getHeight()));
        int w = Math.max(1, (int) Math.round(src.getWidth() * scale));
        int h = Math.max(1, (int) Math.round(src.getHeight() * scale));
        BufferedImage flat = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = flat.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, w, h);
            g.setRenderingHint(java.awt.RenderingHints.KEY_INTERPOLATION, java.awt.RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.drawImage(src, 0, 0, w, h, null);
        } finally {
            g.dispose();
        }
        try {
            return Image.getInstance(flat, null);
        } catch (com.lowagie.text.BadElementException e) {
            throw new IOException("logo could not be embedded", e);
        }
    }
}
