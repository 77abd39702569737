package dev.capexbrief.render.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontMapper;
import dev.capexbrief.render.text.TemplateSet;
import dev.capexbrief.render.text.TemplateProblemException;
import dev.capexbrief.render.text.ThemeFonts;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.util.List;
import java.util.Random;

/**
 * The four TrueType faces of one document, loaded fresh for each PDF (a shared font would carry
 * glyphs from another document into this one's subset): as PDF fonts, embedded and subset, and as
 * AWT fonts from the same bytes, so charts measure text exactly as the PDF prints it (charts use
 * the regular and bold faces; an AWT font is made only for a face that is asked for, as each costs
 * a cold JVM 10&ndash;35 ms). Also the {@link FontMapper} that sends chart text to these embedded fonts.
 */
final class PdfFonts implements FontMapper {
    private static final String BUNDLED = "/dev/capexbrief/fonts/";

    private final Face regular;
    private final Face bold;
    private final Face condensed;
    private final Face condensedBold;

    /** One face as a PDF font and, made when first asked for, an AWT font from the same bytes. */
    static final class Face {
        private final BaseFont pdf;
        private final byte[] bytes;
        private final String describe;
        private Font awt;

        Face(BaseFont pdf, byte[] bytes, String describe) {
            this.pdf = pdf;
            this.bytes = bytes;
            this.describe = describe;
        }

        BaseFont pdf() {
            return pdf;
        }

        Font awt() {
            if (awt == null) {
                try {
                    awt = Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(bytes));
                } catch (FontFormatException | IOException e) {
                    throw new TemplateProblemException(describe + ": not a usable TrueType font (" + e.getMessage() + ")", e);
                }
            }
            return awt;
        }

        /** Whether {@code font} is this face's AWT font at some size (by name: no font lookup). */
        boolean isAwt(Font font) {
            return awt != null && awt.getName().equals(font.getName());
        }
    }

    PdfFonts(TemplateSet templates) {
        ThemeFonts f = templates.theme().fonts();
        regular = face(templates, f.regular(), "DejaVuSans.ttf", 1);
        bold = face(templates, f.bold(), "DejaVuSans-Bold.ttf", 2);
        condensed = face(templates, f.condensed(), "DejaVuSansCondensed.ttf", 3);
        condensedBold = face(templates, f.condensedBold(), "DejaVuSansCondensed-Bold.ttf", 4);
    }

    BaseFont regular() {
        return regular.pdf();
    }

    BaseFont bold() {
        return bold.pdf();
    }

    BaseFont condensed() {
        return condensed.pdf();
    }

    BaseFont condensedBold() {
        return condensedBold.pdf();
    }

    Font awtRegular() {
        return regular.awt();
    }

    Font awtBold() {
        return bold.awt();
    }

    /**
     * The embedded font for a chart's AWT font. Fonts are told apart by the name they were made
     * with, never by {@link Font#getFontName()}: for a font that is not installed (OpenPDF's
     * graphics start with "sanserif") that asks AWT to search every font on the system, which
     * costs a cold JVM tens of milliseconds.
     */
    @Override
    public BaseFont awtToPdf(Font font) {
        for (Face f : List.of(bold, condensedBold, condensed, regular)) {
            if (f.isAwt(font)) {
                return f.pdf();
            }
        }
        return font.isBold() ? bold.pdf() : regular.pdf();
    }

    @Override
    public Font pdfToAwt(BaseFont font, int size) {
        for (Face f : List.of(regular, bold, condensed, condensedBold)) {
            if (f.pdf() == font) {
                return f.awt().deriveFont((float) size);
            }
        }
        return regular.awt().deriveFont((float) size);
    }

    private static Face face(TemplateSet templates, String file, String bundledName, int seed) {
        boolean bundled = ThemeFonts.BUNDLED.equals(file);
        String name = bundled ? bundledName : file;
        byte[] bytes = bundled ? bundled(bundledName) : templates.file(file);
        String describe = bundled ? "bundled font " + bundledName : templates.describe(file);
        try {
            BaseFont pdf = BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes, null);
            pdf.setSubset(true);
            pdf.setSecureRandom(new FixedSubsetTag(seed));
            return new Face(pdf, bytes, describe);
        } catch (DocumentException | IOException e) {
            throw new TemplateProblemException(describe + ": not a usable TrueType font (" + e.getMessage() + ")", e);
        }
    }

    private static byte[] bundled(String name) {
        try (InputStream in = PdfFonts.class.getResourceAsStream(BUNDLED + name)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the jar: " + BUNDLED + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The subset tag ("ABCDEF+DejaVuSans") is random by default, which would make every PDF differ;
     * a seeded sequence keeps the bytes identical from run to run and distinct per face.
     */
    private static final class FixedSubsetTag extends SecureRandom {
        private static final long serialVersionUID = 1L;
        private final transient Random sequence;

        FixedSubsetTag(long seed) {
            this.sequence = new Random(0x5EED_CA9E_0000L + seed);
        }

        @Override
        public double nextDouble() {
            return sequence.nextDouble();
        }
    }
}
