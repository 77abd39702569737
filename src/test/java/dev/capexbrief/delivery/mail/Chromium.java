package dev.capexbrief.delivery.mail;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Headless Chromium as a separate process: a page's DOM after its scripts ran, or a screenshot.
 * Each run gets its own profile folder, and every host name fails to resolve, so a page that
 * tried to load anything from the network would show it. {@code --window-size} narrower than
 * 500 px still lays pages out 500 px wide (the screenshot is only cropped), so callers show the
 * page in an iframe of the width they mean.
 */
final class Chromium {
    private static final List<String> NAMES = List.of("chromium", "chromium-browser", "google-chrome", "chrome");
    private static final long TIMEOUT_SECONDS = 90;

    private final Path executable;
    private final Path scratch;
    private int runs;

    private Chromium(Path executable, Path scratch) {
        this.executable = executable;
        this.scratch = scratch;
    }

    /**
     * The browser on PATH (or in CAPEXBRIEF_CHROMIUM); without one the test is skipped, except on
     * CI (CI=true), where .ci/run installs it and its absence is a failure.
     */
    static Chromium require(Path scratch) {
        Optional<Path> found = find();
        if (found.isEmpty()) {
            String why = "no Chromium on PATH (looked for " + String.join(", ", NAMES)
                    + " and CAPEXBRIEF_CHROMIUM); install it with apt-get install chromium";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail(why + " -- CI=true, and .ci/run installs it, so this must not be skipped on CI");
            }
            Assumptions.abort("The HTML email is not rendered in a browser: " + why);
        }
        return new Chromium(found.get(), scratch);
    }

    private static Optional<Path> find() {
        String set = System.getenv("CAPEXBRIEF_CHROMIUM");
        if (set != null && !set.isBlank()) {
            return Optional.of(Path.of(set)).filter(Files::isExecutable);
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            for (String name : NAMES) {
                Path p = Path.of(dir.isEmpty() ? "." : dir, name);
                if (Files.isExecutable(p)) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }

    /** The page's DOM, serialised after it loaded; {@code flags} such as --force-dark-mode. */
    String dumpDom(Path page, int width, int height, List<String> flags) throws IOException, InterruptedException {
        return run(page, width, height, flags, "--dump-dom");
    }

    /** A PNG of the window's first {@code width} x {@code height} pixels. */
    void screenshot(Path page, int width, int height, List<String> flags, Path png) throws IOException, InterruptedException {
        Files.deleteIfExists(png);
        run(page, width, height, flags, "--screenshot=" + png.toAbsolutePath());
        Assertions.assertTrue(Files.isRegularFile(png), "Chromium wrote no screenshot " + png);
    }

    private String run(Path page, int width, int height, List<String> flags, String what) throws IOException, InterruptedException {
        Path run = Files.createDirectories(scratch.resolve("chromium-" + (++runs)));
        List<String> cmd = new ArrayList<>(List.of(executable.toString(), "--headless=new", "--no-sandbox", "--disable-gpu",
                "--hide-scrollbars", "--no-first-run", "--no-default-browser-check", "--disable-extensions",
                "--mute-audio", "--allow-file-access-from-files", "--host-resolver-rules=MAP * ~NOTFOUND",
                "--user-data-dir=" + run.resolve("profile"), "--window-size=" + width + "," + height));
        cmd.addAll(flags);
        cmd.add(what);
        cmd.add(page.toAbsolutePath().toUri().toString());
        Path out = run.resolve("stdout");
        Path err = run.resolve("stderr");
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            Assertions.fail("Chromium took over " + TIMEOUT_SECONDS + " s for " + page + ": " + String.join(" ", cmd));
        }
        if (p.exitValue() != 0) {
            Assertions.fail("Chromium exited with " + p.exitValue() + " for " + String.join(" ", cmd) + "\n"
                    + Files.readString(err, StandardCharsets.UTF_8));
        }
        return Files.readString(out, StandardCharsets.UTF_8);
    }
}
