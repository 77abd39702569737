package dev.capexbrief.cli;

import dev.capexbrief.delivery.Config;
import dev.capexbrief.delivery.OutputLayout;
import dev.capexbrief.render.text.TemplateSet;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Where briefings live and how they are written, shared by {@code brief} and {@code send}: each
 * flag overrides the config file, which overrides the built-in default.
 */
final class BriefingOptions {
    @Option(names = "--out", paramLabel = "DIR", description = "Output root folder. Default: the config's output.root, else ./output")
    Path out;

    @Option(names = "--name-pattern", paramLabel = "PATTERN",
            description = "File name without extension; {week} and {date} are replaced. Default: " + OutputLayout.DEFAULT_PATTERN)
    String pattern;

    @Option(names = "--template", paramLabel = "DIR",
            description = "Template set folder. Default: the config's template, else ./templates when present, else the bundled templates.")
    Path template;

    @Option(names = "--currency", paramLabel = "CODE", description = "Report currency (ISO code). Default: USD.")
    String currency;

    TemplateSet templates(Config config) {
        Path dir = template != null ? template : config.template() != null ? config.template()
                : Files.isDirectory(Path.of("templates")) ? Path.of("templates") : null;
        return TemplateSet.load(dir);
    }

    OutputLayout layout(Config config) {
        Path root = out != null ? out : config.outputRoot() != null ? config.outputRoot() : Path.of("output");
        return new OutputLayout(root, pattern != null ? pattern : config.outputPattern());
    }

    String currency(Config config) {
        String c = currency != null ? currency : config.currency() != null ? config.currency() : "USD";
        return c.toUpperCase(Locale.ROOT);
    }
}
