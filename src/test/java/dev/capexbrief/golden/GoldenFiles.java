package dev.capexbrief.golden;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Committed golden files under {@code src/test/resources}, compared byte for byte with what a test
 * produces. They pin what POI and OpenPDF write for fixed inputs, so a library upgrade that changes
 * the output fails a test instead of changing every briefing silently.
 *
 * <p>When a change is intended (an upgrade, a new style), regenerate the files and review the diff:
 * <pre>mvn -o test -Dtest='Golden*' -Dgolden.update=true &amp;&amp; git diff src/test/resources</pre>
 * With {@code golden.update} set the comparisons write the files instead (and remove golden files
 * nothing wrote); the run passes, and the next run without it compares again.
 */
public final class GoldenFiles {
    /** The system property that rewrites the golden files instead of comparing with them. */
    public static final String UPDATE = "golden.update";
    static final String HOW_TO_UPDATE = "If the change is intended (e.g. a POI or OpenPDF upgrade), regenerate the"
            + " golden files with\n    mvn -o test -Dtest='Golden*' -Dgolden.update=true\nand review `git diff "
            + "src/test/resources` before committing.";

    private final String resourceDir;
    private final Path dir;
    private final boolean update;
    private final Set<String> written = new TreeSet<>();
    private final List<String> problems = new ArrayList<>();

    /** @param resourceDir the folder under {@code src/test/resources}, e.g. {@code dev/capexbrief/render/excel/golden} */
    public GoldenFiles(String resourceDir) {
        // surefire runs in the project folder and sets basedir; the files are read from the source
        // tree (not the class path) so that an update is compared against at once
        this(Path.of(System.getProperty("basedir", System.getProperty("user.dir")), "src", "test", "resources")
                .resolve(resourceDir), resourceDir, updating());
    }

    GoldenFiles(Path dir, String resourceDir, boolean update) {
        this.dir = dir;
        this.resourceDir = resourceDir;
        this.update = update;
    }

    public static boolean updating() {
        return Boolean.getBoolean(UPDATE);
    }

    /**
     * Text (XML) compared exactly; a difference is reported with the first differing line, lines
     * being cut after each {@code >} that another tag follows (POI writes most parts as one line).
     */
    public void checkText(String name, byte[] actual) {
        checkBytes(name, actual, bytes -> new String(bytes, StandardCharsets.UTF_8));
    }

    /**
     * Bytes compared exactly; {@code dump} turns them into text for the message when they differ
     * (a binary file's readable form). Differences are collected: {@link #verify} reports them all.
     */
    public void checkBytes(String name, byte[] actual, Function<byte[], String> dump) {
        Path file = dir.resolve(name);
        written.add(name);
        if (update) {
            write(file, actual);
            return;
        }
        if (!Files.isRegularFile(file)) {
            problems.add("golden " + name + ": no golden file " + shown(file));
            return;
        }
        byte[] expected = read(file);
        if (!java.util.Arrays.equals(expected, actual)) {
            problems.add("golden " + name + " differs from " + shown(file) + " (" + expected.length
                    + " bytes expected, " + actual.length + " written)\n"
                    + firstDifference(dump.apply(expected), dump.apply(actual)));
        }
    }

    /** Fails with every difference found so far, each with its part and first differing line. */
    public void verify() {
        if (!problems.isEmpty()) {
            String all = String.join("\n\n", problems);
            int count = problems.size();
            problems.clear();
            throw new AssertionError(count + " golden file" + (count == 1 ? " differs" : "s differ") + ":\n\n" + all
                    + "\n\n" + HOW_TO_UPDATE);
        }
    }

    /**
     * After every file of {@code folder} (relative to this golden folder) was checked: golden files
     * that nothing produced any more are a difference too; with {@code golden.update}, deleted.
     */
    public void checkNoOthers(String folder) {
        Path root = dir.resolve(folder);
        if (!Files.isDirectory(root)) {
            return;
        }
        List<String> stale = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(Files::isRegularFile).forEach(f -> {
                String name = dir.relativize(f).toString().replace('\\', '/');
                if (!written.contains(name)) {
                    stale.add(name);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (stale.isEmpty()) {
            return;
        }
        if (update) {
            stale.forEach(name -> delete(dir.resolve(name)));
            return;
        }
        problems.add("golden files that the output no longer has: " + stale);
    }

    /** The first line where two texts differ, with its number and a line of context before it. */
    static String firstDifference(String expected, String actual) {
        if (expected.equals(actual)) {
            return "their readable forms are the same: only what those leave out differs (for a PDF, how its"
                    + " streams were deflated: another zlib?)";
        }
        String[] e = lines(expected);
        String[] a = lines(actual);
        int n = Math.min(e.length, a.length);
        int i = 0;
        while (i < n && e[i].equals(a[i])) {
            i++;
        }
        StringBuilder sb = new StringBuilder("first difference at line " + (i + 1) + ":\n");
        if (i > 0) {
            sb.append("    same:     ").append(cut(e[i - 1])).append('\n');
        }
        sb.append("    expected: ").append(i < e.length ? cut(e[i]) : "(end of file)").append('\n');
        sb.append("    actual:   ").append(i < a.length ? cut(a[i]) : "(end of file)");
        return sb.toString();
    }

    private static String[] lines(String s) {
        return s.replace("><", ">\n<").split("\n", -1);
    }

    private static String cut(String line) {
        return line.length() <= 400 ? line : line.substring(0, 400) + "… (" + line.length() + " chars)";
    }

    private String shown(Path file) {
        return "src/test/resources/" + resourceDir + "/" + dir.relativize(file).toString().replace('\\', '/');
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(Path file, byte[] bytes) {
        try {
            Files.createDirectories(file.getParent());
            if (!Files.isRegularFile(file) || !java.util.Arrays.equals(Files.readAllBytes(file), bytes)) {
                Files.write(file, bytes);
                System.err.println("golden.update: wrote " + shown(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void delete(Path file) {
        try {
            Files.delete(file);
            System.err.println("golden.update: removed " + shown(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
