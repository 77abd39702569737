package dev.capexbrief.render.text;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A set of briefing templates and its theme: a folder on disk (edited by users without a rebuild)
 * or the copy packaged in the jar.
 */
public final class TemplateSet {
    private final Path folder;
    private final Theme theme;

    private TemplateSet(Path folder, Theme theme) {
        this.folder = folder;
        this.theme = theme;
    }

    /** The templates in {@code folder}, or the bundled ones when {@code folder} is null. */
    public static TemplateSet load(Path folder) {
        if (folder != null && !Files.isDirectory(folder)) {
            throw new IllegalArgumentException("template folder not found: " + folder);
        }
        return new TemplateSet(folder, Theme.defaults());
    }

    public Theme theme() {
        return theme;
    }

    /** The folder the templates come from, or null for the bundled set. */
    public Path folder() {
        return folder;
    }
}
