package dev.capexbrief.render.text;

/**
 * A template set that cannot be used: a template that does not parse or fails while rendering, a
 * forbidden construct ({@code ?new}, {@code ?api}), or a bad {@code theme.yaml}. The message starts
 * with the file and line, e.g. {@code templates/takeaways.ftl:12: ...}. It is a usage error (the
 * user's template set, not the data), so the CLI maps it to exit code 2 with the other
 * {@link IllegalArgumentException}s — unless a file it needs is missing (a font, a logo, an
 * included template): then its cause is an IOException and the CLI reports an I/O failure (3).
 */
public final class TemplateProblemException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public TemplateProblemException(String message) {
        super(message);
    }

    public TemplateProblemException(String message, Throwable cause) {
        super(message, cause);
    }
}
