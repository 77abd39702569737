package dev.capexbrief.render.pdf;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import dev.capexbrief.render.text.Theme;

import java.awt.Color;

/**
 * The type scale and colours of the document, all from the theme, with floors for a phone: read on
 * a 390-pixel-wide screen, an A4 page is shown at about 0.66 px per point, so body text under
 * {@value #BODY_MIN} points and any table, note or caption under {@value #SMALL_MIN} points needs
 * pinch-zoom. A theme's smaller body size scales the headings down but never the text below these.
 */
final class Styles {
    private final PdfFonts fonts;
    private final Theme theme;
    /** Smallest body text, in points. */
    static final float BODY_MIN = 9f;
    /** Smallest type anywhere else (tables, notes, captions, sources, page furniture), in points. */
    static final float SMALL_MIN = 8f;
    /** Smallest type of the source list: it must stay legible on a phone. */
    static final float SOURCE_MIN = SMALL_MIN;

    private final float body;

    Styles(PdfFonts fonts, Theme theme) {
        this.fonts = fonts;
        this.theme = theme;
        this.body = Math.max(BODY_MIN, theme.fonts().bodySize());
    }

    Theme theme() {
        return theme;
    }

    PdfFonts fonts() {
        return fonts;
    }

    float bodySize() {
        return body;
    }

    Font body() {
        return font(fonts.regular(), body, theme.ink());
    }

    Font bodyBold() {
        return font(fonts.bold(), body, theme.ink());
    }

    Font title() {
        return font(fonts.bold(), body * 2.0f, theme.accent());
    }

    Font standfirst() {
        return font(fonts.regular(), body * 1.2f, theme.ink());
    }

    Font heading() {
        return font(fonts.bold(), body * 1.35f, theme.accent());
    }

    Font subheading() {
        return font(fonts.bold(), body * 1.05f, theme.accent());
    }

    Font small() {
        return font(fonts.regular(), small(0.8f), theme.muted());
    }

    Font smallInk() {
        return font(fonts.regular(), small(0.8f), theme.ink());
    }

    Font smallBold() {
        return font(fonts.bold(), small(0.8f), theme.muted());
    }

    /** The source list's type: condensed, the small size, never under {@value #SOURCE_MIN} points. */
    Font source() {
        return font(fonts.condensed(), sourceSize(), theme.muted());
    }

    /** A source that is a web page: the link colour of the theme. */
    Font sourceLink() {
        return font(fonts.condensed(), sourceSize(), theme.accent());
    }

    Font sourceNumber() {
        return font(fonts.condensedBold(), sourceSize(), theme.muted());
    }

    private float sourceSize() {
        return Math.max(SOURCE_MIN, small(0.8f));
    }

    Font cell() {
        return font(fonts.condensed(), small(0.87f), theme.ink());
    }

    Font cellBold() {
        return font(fonts.condensedBold(), small(0.87f), theme.ink());
    }

    Font cellMuted() {
        return font(fonts.condensed(), small(0.74f), theme.muted());
    }

    Font cellHeader() {
        return font(fonts.condensedBold(), small(0.78f), theme.accent());
    }

    Font figure() {
        return font(fonts.bold(), body * 1.75f, theme.accent());
    }

    Font figureLabel() {
        return font(fonts.bold(), small(0.72f), theme.muted());
    }

    Font furniture() {
        return font(fonts.regular(), small(0.74f), theme.muted());
    }

    Font furnitureBold() {
        return font(fonts.bold(), small(0.74f), theme.accent());
    }

    Font masthead() {
        return font(fonts.bold(), body * 1.1f, theme.accent());
    }

    Font colored(Font f, Color c) {
        return new Font(f.getBaseFont(), f.getSize(), f.getStyle(), c);
    }

    /** A size under the body's, never under {@value #SMALL_MIN} points. */
    private float small(float scale) {
        return Math.max(SMALL_MIN, body * scale);
    }

    private static Font font(BaseFont bf, float size, Color color) {
        return new Font(bf, size, Font.NORMAL, color);
    }
}
