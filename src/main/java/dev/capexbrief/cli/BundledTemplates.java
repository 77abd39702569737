package dev.capexbrief.cli;

import dev.capexbrief.render.text.TemplateSet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Copies the template set packaged in the jar (listed in {@code templates/INDEX}) to a folder. */
final class BundledTemplates {
    private BundledTemplates() {
    }

    static int copyTo(Path dir) throws IOException {
        int n = 0;
        for (String file : TemplateSet.bundledFiles()) {
            InputStream in = BundledTemplates.class.getResourceAsStream(TemplateSet.BUNDLED_ROOT + file);
            if (in != null) {
                Path target = dir.resolve(file);
                Files.createDirectories(target.getParent());
                InitCommand.copy(in, target);
                n++;
            }
        }
        return n;
    }
}
