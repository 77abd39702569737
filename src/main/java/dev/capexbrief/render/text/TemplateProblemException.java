package dev.capexbrief.render.text;

import freemarker.core.ParseException;

import java.io.IOException;

/**
 * A template set that cannot be used: a template that does not parse or fails while rendering, a
 * forbidden construct ({@code ?new}, {@code ?api}), or a bad {@code theme.yaml}. The message starts
 * with the file and its position, e.g. {@code templates/takeaways.ftl:12: ...}, or
 * {@code templates/title.ftl line 3, column 5: ...} for a syntax error. It is a usage error (the
 * user's template set, not the data), so the CLI maps it to exit code 2 — unless a file it needs
 * cannot be read (a font, a logo, an included template): then {@link #unreadable()} is true and
 * the CLI reports an I/O failure (3).
 */
public final class TemplateProblemException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public TemplateProblemException(String message) {
        super(message);
    }

    public TemplateProblemException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * True when a file of the set could not be read: an IOException among the causes. FreeMarker's
     * ParseException is an IOException too, but a template that does not parse was read: it is the
     * user's text that is wrong.
     */
    public boolean unreadable() {
        for (Throwable c = getCause(); c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof ParseException) {
                return false;
            }
            if (c instanceof IOException) {
                return true;
            }
        }
        return false;
    }
}
