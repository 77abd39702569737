package dev.capexbrief.delivery;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An exclusive lock on a briefing folder for one run. The operating system releases it when the
 * process dies, even by SIGKILL, so the next run can safely delete the temporary files a killed
 * run left behind.
 */
final class WeekFolderLock implements AutoCloseable {
    private static final String LOCK_FILE = ".capexbrief.lock";
    private final Path folder;
    private final FileChannel channel;
    private final FileLock lock;

    private WeekFolderLock(Path folder, FileChannel channel, FileLock lock) {
        this.folder = folder;
        this.channel = channel;
        this.lock = lock;
    }

    /** Locks {@code folder}, which must lie inside {@code root} once links are followed. */
    static WeekFolderLock acquire(Path folder, Path root) throws IOException {
        Files.createDirectories(folder);
        Path real = folder.toRealPath();
        Path realRoot = root.toRealPath();
        if (!real.startsWith(realRoot)) {
            throw new IOException(folder + " leads outside the output root " + root + " (to " + real
                    + "); capexbrief writes only inside the output root: remove the link or choose another --out");
        }
        FileChannel channel = FileChannel.open(folder.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock = channel.tryLock();
        if (lock == null) {
            channel.close();
            throw new IOException("another capexbrief run is writing " + folder + "; try again when it has finished");
        }
        try {
            removeLeftovers(folder);
            CommitJournal.recover(folder);
        } catch (IOException | RuntimeException e) {
            lock.release();
            channel.close();
            throw e;
        }
        return new WeekFolderLock(folder, channel, lock);
    }

    /** Deletes temporary files of runs that were killed before they could clean up. */
    private static void removeLeftovers(Path folder) throws IOException {
        try (DirectoryStream<Path> parts = Files.newDirectoryStream(folder, ".*.part")) {
            for (Path p : parts) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** Releases the lock, removes the lock file, and the folder too when the run left nothing in it. */
    @Override
    public void close() throws IOException {
        try {
            Files.deleteIfExists(folder.resolve(LOCK_FILE));
            lock.release();
        } finally {
            channel.close();
        }
        try (DirectoryStream<Path> left = Files.newDirectoryStream(folder)) {
            if (!left.iterator().hasNext()) {
                Files.deleteIfExists(folder);
            }
        } catch (java.nio.file.DirectoryNotEmptyException | java.nio.file.NoSuchFileException e) {
            // another run wrote here meanwhile, or the folder is gone: nothing to tidy
        }
    }
}
