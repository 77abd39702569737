package dev.capexbrief.dataset;

import org.apache.commons.io.file.PathUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Temporary files of one capexbrief process (a copied workbook being read, the workbook's Data
 * rows and sheets being written), in a folder of the system's temporary directory named after the
 * process: {@code capexbrief-<pid>-<start>-<random>}. A process ends by removing its folder; one
 * killed (SIGKILL, power loss) cannot, so the first scratch file of every later run removes the
 * folders whose process is no longer running. Large runs leave nothing behind that way.
 */
public final class ScratchFiles {
    private static final Pattern OWNED = Pattern.compile("capexbrief-(\\d+)-(\\d+)-.*");

    private ScratchFiles() {
    }

    /** A new empty file in this process's scratch folder. */
    public static Path create(String prefix, String suffix) throws IOException {
        return Files.createTempFile(Folder.PATH, prefix, suffix);
    }

    /** The process's folder, made (and the folders of dead processes removed) on first use. */
    private static final class Folder {
        static final Path PATH = make();

        private static Path make() {
            ProcessHandle self = ProcessHandle.current();
            long start = startOf(self).map(Instant::toEpochMilli).orElse(0L);
            Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
            removeAbandoned(tmp);
            try {
                Path dir = Files.createTempDirectory(tmp, "capexbrief-" + self.pid() + "-" + start + "-");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(dir), "capexbrief-scratch-cleanup"));
                return dir;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot make a temporary folder in " + tmp, e);
            }
        }
    }

    private static Optional<Instant> startOf(ProcessHandle p) {
        return p.info().startInstant();
    }

    /** Removes the scratch folders of capexbrief processes that are no longer running. */
    private static void removeAbandoned(Path tmp) {
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(tmp, "capexbrief-*")) {
            for (Path d : dirs) {
                Matcher m = OWNED.matcher(d.getFileName().toString());
                if (m.matches() && Files.isDirectory(d) && !running(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)))) {
                    deleteTree(d);
                }
            }
        } catch (IOException | RuntimeException e) {
            // another user's folder, or a race with its owner: left alone
        }
    }

    /** True while the process with this id and start time runs (a reused id has another start time). */
    private static boolean running(long pid, long startMillis) {
        Optional<ProcessHandle> p = ProcessHandle.of(pid);
        if (p.isEmpty() || !p.get().isAlive()) {
            return false;
        }
        Optional<Instant> start = startOf(p.get());
        return start.isEmpty() || startMillis == 0 || Math.abs(start.get().toEpochMilli() - startMillis) < 1000;
    }

    private static void deleteTree(Path dir) {
        try {
            PathUtils.deleteDirectory(dir);
        } catch (IOException e) {
            // best effort: what cannot be removed now is removed by a later run
        }
    }
}
