package dev.capexbrief.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/** Copies the template set packaged in the jar (listed in {@code templates/INDEX}) to a folder. */
final class BundledTemplates {
    static final String ROOT = "/dev/capexbrief/templates/";

    private BundledTemplates() {
    }

    static int copyTo(Path dir) throws IOException {
        try (InputStream index = BundledTemplates.class.getResourceAsStream(ROOT + "INDEX")) {
            if (index == null) {
                return 0;
            }
            int n = 0;
            for (String name : new String(index.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                String file = name.strip();
                if (file.isEmpty() || file.startsWith("#") || file.contains("..")) {
                    continue;
                }
                InputStream in = BundledTemplates.class.getResourceAsStream(ROOT + file);
                if (in != null) {
                    Path target = dir.resolve(file);
                    java.nio.file.Files.createDirectories(target.getParent());
                    InitCommand.copy(in, target);
                    n++;
                }
            }
            return n;
        }
    }
}
