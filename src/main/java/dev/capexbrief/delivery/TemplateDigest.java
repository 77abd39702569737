package dev.capexbrief.delivery;

import dev.capexbrief.dataset.Digests;
import dev.capexbrief.render.text.TemplateSet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The digest of a template set as a briefing sees it: every bundled file (from the folder where
 * it has its own copy) and every other file in the folder, by name and content. Two runs with the
 * same digest render the same words and look.
 */
final class TemplateDigest {
    /** A template folder holds a few dozen files; one with far more is not walked past this. */
    private static final int MAX_FILES = 2_000;

    private TemplateDigest() {
    }

    /** Templates, the theme, fonts and images shape a briefing; notes such as README.txt do not. */
    private static boolean shapesOutput(String name) {
        String n = name.toLowerCase(java.util.Locale.ROOT);
        return n.endsWith(".ftl") || n.endsWith(".yaml") || n.endsWith(".yml") || n.endsWith(".ttf")
                || n.endsWith(".otf") || n.endsWith(".png") || n.endsWith(".jpg") || n.endsWith(".jpeg");
    }

    static Manifest.Input of(TemplateSet set) {
        TreeSet<String> names = new TreeSet<>();
        try {
            TemplateSet.bundledFiles().stream().filter(TemplateDigest::shapesOutput).forEach(names::add);
            Path folder = set.folder();
            if (folder != null) {
                try (Stream<Path> files = Files.walk(folder, 6)) {
                    files.filter(Files::isRegularFile).limit(MAX_FILES)
                            .map(p -> folder.relativize(p).toString().replace('\\', '/'))
                            .filter(n -> !n.startsWith(".") && !n.contains("/.") && shapesOutput(n))
                            .forEach(names::add);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the template set " + set.folder(), e);
        }
        MessageDigest digest = Digests.sha256();
        for (String name : names) {
            if (!set.has(name)) {
                continue;
            }
            digest.update(name.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(Digests.sha256().digest(set.file(name)));
        }
        return new Manifest.Input(set.folder() == null ? "bundled" : set.folder().toString(),
                Digests.hex(digest));
    }
}
