package dev.capexbrief.render.text;

import java.util.Locale;

/**
 * How large a file of a template set may be, checked from its size on disk before a byte of it
 * is read, and how many pixels a logo may claim, checked from its header before it is decoded:
 * a theme naming a 3 GB "font" or a logo whose header claims 100,000 &times; 100,000 pixels is
 * refused with one line naming the file and the bound, never answered with an OutOfMemoryError.
 * The bounds are far above anything a real template set holds (DejaVu Sans is 0.7 MB).
 */
public final class ResourceBounds {
    private static final long MIB = 1024 * 1024;
    /** {@code theme.yaml}. */
    public static final long MAX_THEME_BYTES = MIB;
    /** A template ({@code .ftl}), included ones too. */
    public static final long MAX_TEMPLATE_BYTES = MIB;
    /** A TrueType font. */
    public static final long MAX_FONT_BYTES = 32 * MIB;
    /** A logo image file. */
    public static final long MAX_LOGO_BYTES = 10 * MIB;
    /** Any other file of the set (read for the manifest's digest). */
    public static final long MAX_OTHER_BYTES = 32 * MIB;
    /** A logo's width or height, in pixels, as its header states it. */
    public static final int MAX_LOGO_SIDE = 10_000;
    /** A logo's width times height: 25 megapixels decode to 100 MB. */
    public static final long MAX_LOGO_PIXELS = 25_000_000L;

    private ResourceBounds() {
    }

    /** The largest size a file of this name may have. */
    public static long maxBytes(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith("theme.yaml")) {
            return MAX_THEME_BYTES;
        }
        if (lower.endsWith(".ftl")) {
            return MAX_TEMPLATE_BYTES;
        }
        if (lower.endsWith(".ttf")) {
            return MAX_FONT_BYTES;
        }
        if (lower.endsWith(".png") || lower.endsWith(".jpg") || lower.endsWith(".jpeg")) {
            return MAX_LOGO_BYTES;
        }
        return MAX_OTHER_BYTES;
    }

    /**
     * Refuses a file larger than its bound.
     *
     * @param describe the file as messages name it
     * @param name     its name in the template set (the extension picks the bound)
     * @param size     its size in bytes
     */
    public static void requireSize(String describe, String name, long size) {
        long max = maxBytes(name);
        if (size > max) {
            throw new TemplateProblemException(describe + ": is " + bytes(size) + "; " + what(name)
                    + " in a template set may be at most " + bytes(max));
        }
    }

    /** Refuses a logo whose header claims more pixels than a masthead could use. */
    public static void requirePixels(String describe, int width, int height) {
        if (width <= 0 || height <= 0) {
            throw new TemplateProblemException(describe + ": claims " + width + " \u00d7 " + height
                    + " pixels; it is not a usable PNG or JPEG image");
        }
        if (width > MAX_LOGO_SIDE || height > MAX_LOGO_SIDE || (long) width * height > MAX_LOGO_PIXELS) {
            throw new TemplateProblemException(describe + ": is " + width + " \u00d7 " + height + " pixels; a logo may be at most "
                    + MAX_LOGO_SIDE + " pixels a side and " + MAX_LOGO_PIXELS / 1_000_000 + " megapixels"
                    + " (a masthead shows it a few hundred pixels wide: scale it down)");
        }
    }

    private static String what(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith("theme.yaml")) {
            return "a theme";
        }
        if (lower.endsWith(".ftl")) {
            return "a template";
        }
        if (lower.endsWith(".ttf")) {
            return "a font";
        }
        if (lower.endsWith(".png") || lower.endsWith(".jpg") || lower.endsWith(".jpeg")) {
            return "an image";
        }
        return "a file";
    }

    /** "3.0 GiB", "32 MiB", "900 bytes". */
    static String bytes(long n) {
        if (n >= 1024 * MIB) {
            return String.format(Locale.ROOT, "%.1f GiB", n / (1024.0 * MIB));
        }
        if (n >= MIB) {
            return n % MIB == 0 ? n / MIB + " MiB" : String.format(Locale.ROOT, "%.1f MiB", n / (double) MIB);
        }
        return n + " bytes";
    }
}
