package dev.capexbrief.dataset.edit;

import dev.capexbrief.dataset.InvalidDatasetException;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Rewrites a file so that it is either the old version or the complete new one, never a mix: the
 * new bytes go to a hidden temporary file beside it, are forced to disk and checked, and the file
 * is moved into place in one step (then the folder is forced too, so the move survives a power
 * cut). While a rewrite is open the file is locked against other capexbrief runs, whose edit would
 * otherwise be lost, and the temporary files of a killed run are removed. The operating system
 * releases the lock when the process dies, even by SIGKILL.
 */
public final class FileRewrite implements AutoCloseable {
    /** Writes the new content. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Checks the new content before it replaces the file: false (or an exception) keeps the old one. */
    @FunctionalInterface
    public interface Check {
        boolean check(Path written) throws IOException, InvalidDatasetException;
    }

    private final Path target;
    private final Path lockFile;
    private final FileChannel channel;
    private final FileLock lock;

    private FileRewrite(Path target, Path lockFile, FileChannel channel, FileLock lock) {
        this.target = target;
        this.lockFile = lockFile;
        this.channel = channel;
        this.lock = lock;
    }

    /** Locks {@code file} for a rewrite (a symbolic link is followed: the file it points to is rewritten). */
    public static FileRewrite lock(Path file) throws IOException {
        Path target = Files.isSymbolicLink(file) ? file.toRealPath() : file.toAbsolutePath();
        Path dir = target.getParent();
        Files.createDirectories(dir);
        String name = target.getFileName().toString();
        Path lockFile = dir.resolve("." + name + ".lock");
        FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
        if (lock == null) {
            channel.close();
            throw new IOException("another capexbrief run is writing " + file + "; try again when it has finished");
        }
        try (DirectoryStream<Path> parts = Files.newDirectoryStream(dir, glob(name) + ".*.part")) {
            for (Path p : parts) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            lock.release();
            channel.close();
            throw e;
        }
        return new FileRewrite(target, lockFile, channel, lock);
    }

    /**
     * Writes the new content beside the file, checks it, and moves it into place; true when it did.
     * On any failure, or when the check says no, the file is untouched.
     */
    public boolean replace(Content content, Check check) throws IOException, InvalidDatasetException {
        Path part = createPart(target.getParent(), target.getFileName().toString());
        try {
            if (Files.exists(target) && part.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                // a dataset keeps the permissions it had; the temporary file starts private
                Files.setPosixFilePermissions(part, Files.getPosixFilePermissions(target));
            }
            try (FileChannel out = FileChannel.open(part, StandardOpenOption.WRITE);
                 OutputStream stream = new BufferedOutputStream(Channels.newOutputStream(out), 1 << 16)) {
                content.writeTo(stream);
                stream.flush();
                out.force(true);
            }
            if (!check.check(part)) {
                return false;
            }
            move(part, target);
            forceFolder(target.getParent());
            return true;
        } finally {
            Files.deleteIfExists(part);
        }
    }

    /** Writes {@code target} atomically without a lock or a check: for files only capexbrief writes (caches). */
    public static void write(Path target, Content content) throws IOException {
        try (FileRewrite rewrite = lock(target)) {
            rewrite.replace(content, written -> true);
        } catch (InvalidDatasetException e) {
            throw new IllegalStateException("an unchecked write cannot be refused", e);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            try {
                Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            String reason = e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null ? fs.getReason()
                    : e.getClass().getSimpleName();
            throw new IOException("cannot put " + to + " in place: " + reason, e);
        }
    }

    private static void forceFolder(Path dir) {
        try (FileChannel folder = FileChannel.open(dir, StandardOpenOption.READ)) {
            folder.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // not every platform can open a folder for syncing; the move itself is still atomic
        }
    }

    private static Path createPart(Path dir, String name) throws IOException {
        for (int attempt = 1; ; attempt++) {
            Path part = dir.resolve("." + name + "." + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".part");
            try {
                return Files.createFile(part);
            } catch (FileAlreadyExistsException e) {
                if (attempt == 10) {
                    throw e;
                }
            }
        }
    }

    /** The name with the glob's special characters escaped. */
    private static String glob(String name) {
        StringBuilder sb = new StringBuilder(".");
        for (char c : name.toCharArray()) {
            if ("*?[]{}\\".indexOf(c) >= 0) {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.toString();
    }

    /** Releases the lock and removes the lock file. */
    @Override
    public void close() throws IOException {
        try {
            if (Files.exists(lockFile, LinkOption.NOFOLLOW_LINKS)) {
                Files.deleteIfExists(lockFile);
            }
            lock.release();
        } finally {
            channel.close();
        }
    }
}
