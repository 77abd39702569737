package dev.capexbrief.cli;

import dev.capexbrief.render.text.TemplateSet;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/** The template set packaged in the jar, as its {@code templates/INDEX} lists it. */
final class BundledTemplates {
    private BundledTemplates() {
    }

    /** The files of the packaged set, by their path inside the template folder. */
    static List<String> files() throws IOException {
        return TemplateSet.bundledFiles().stream()
                .filter(file -> BundledTemplates.class.getResource(TemplateSet.BUNDLED_ROOT + file) != null).toList();
    }

    static InputStream open(String file) throws IOException {
        InputStream in = BundledTemplates.class.getResourceAsStream(TemplateSet.BUNDLED_ROOT + file);
        if (in == null) {
            throw new IOException("templates/" + file + " is missing from the jar");
        }
        return in;
    }
}
