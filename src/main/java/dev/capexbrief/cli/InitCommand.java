package dev.capexbrief.cli;

import dev.capexbrief.dataset.DatasetReader;
import dev.capexbrief.delivery.AtomicFile;
import dev.capexbrief.delivery.Config;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code capexbrief init DIR}: an editable copy of the bundled dataset and templates. All or
 * nothing: every target is checked before anything is written, and a write that fails takes the
 * files already written with it.
 */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = {"Write an editable starting point into DIR:",
                "  DIR/hyperscalers.yaml  the bundled dataset, to edit or extend",
                "  DIR/templates/         the template set: text, theme, logo (see README.txt)",
                "  DIR/capexbrief.yaml    commented settings pointing brief and send at both",
                "Nothing is overwritten: if any file exists, init writes none (exit 3)."})
final class InitCommand implements Callable<Integer> {
    @Parameters(paramLabel = "DIR", description = "Folder to create or fill.")
    Path dir;

    @Spec
    CommandSpec spec;

    /** One file init writes. */
    private record Target(Path path, Source source) {
    }

    @FunctionalInterface
    private interface Source {
        InputStream open() throws IOException;
    }

    @Override
    public Integer call() throws IOException {
        Path dataset = dir.resolve("hyperscalers.yaml");
        Path config = dir.resolve(Config.FILE_NAME);
        Path templates = dir.resolve("templates");
        List<Target> targets = new ArrayList<>();
        targets.add(new Target(dataset, DatasetReader::bundledStream));
        for (String file : BundledTemplates.files()) {
            targets.add(new Target(templates.resolve(file), () -> BundledTemplates.open(file)));
        }
        targets.add(new Target(config, () -> new ByteArrayInputStream(Config.example().getBytes(StandardCharsets.UTF_8))));
        refuseExisting(targets);
        write(targets);
        spec.commandLine().getOut().printf("Wrote %s, %s and %d template file(s) under %s%n", dataset, config,
                targets.size() - 2, templates);
        spec.commandLine().getOut().printf("Try: cd %s && capexbrief brief%n", dir);
        return ExitCodes.OK;
    }

    /** The first target (or folder on its way) that is already there, and how many are, before anything is written. */
    private void refuseExisting(List<Target> targets) throws FileAlreadyExistsException {
        List<Path> existing = new ArrayList<>();
        for (Target t : targets) {
            Path p = t.path();
            if (Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
                existing.add(p);
            } else {
                // a file where init needs a folder (DIR/templates, DIR/templates/email) is in the way too
                for (Path parent = p.getParent(); parent != null && parent.startsWith(dir) && !parent.equals(dir);
                     parent = parent.getParent()) {
                    if (Files.exists(parent) && !Files.isDirectory(parent)) {
                        if (!existing.contains(parent)) {
                            existing.add(parent);
                        }
                        break;
                    }
                }
            }
        }
        if (!existing.isEmpty()) {
            int n = existing.size();
            throw new FileAlreadyExistsException(existing.get(0).toString(), null, "init never overwrites ("
                    + n + " of the " + targets.size() + " files it writes " + (n == 1 ? "is" : "are")
                    + " already there), so nothing was written; remove " + (n == 1 ? "it" : "them") + " or choose another folder");
        }
    }

    /** Writes every target; if one fails, removes what this run wrote (files, then the folders it made). */
    private void write(List<Target> targets) throws IOException {
        Deque<Path> made = new ArrayDeque<>();
        boolean done = false;
        try {
            for (Target t : targets) {
                createFolders(t.path().getParent(), made);
                copy(t.source().open(), t.path());
                made.push(t.path());
            }
            done = true;
        } finally {
            if (!done) {
                while (!made.isEmpty()) {
                    try {
                        Files.deleteIfExists(made.pop());
                    } catch (IOException e) {
                        // the failure that stopped the run is the one to report
                    }
                }
            }
        }
    }

    private static void createFolders(Path folder, Deque<Path> made) throws IOException {
        Deque<Path> missing = new ArrayDeque<>();
        for (Path p = folder; p != null && !Files.isDirectory(p); p = p.getParent()) {
            missing.push(p);
        }
        while (!missing.isEmpty()) {
            Path p = missing.pop();
            Files.createDirectory(p);
            made.push(p);
        }
    }

    private static void copy(InputStream in, Path target) throws IOException {
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            // appeared since the check: still never overwritten
            throw new FileAlreadyExistsException(target.toString(), null, "init never overwrites; remove it first");
        }
        try (in) {
            AtomicFile.write(target, in::transferTo);
        }
    }
}
