package dev.capexbrief.delivery;

import org.apache.commons.io.output.CloseShieldOutputStream;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file so that it is either complete or absent: the bytes go to a hidden temporary file
 * in the same folder, are forced to disk, and the file is moved into place in one step. Several
 * files can be prepared first and committed together, so a run never leaves one without the other.
 */
public final class AtomicFile implements AutoCloseable {
    /** Writes bytes into a stream; may throw IOException. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private final Path target;
    private final Path tmp;
    private boolean committed;

    private AtomicFile(Path target, Path tmp) {
        this.target = target;
        this.tmp = tmp;
    }

    /** Writes {@code target} atomically; on any failure the temporary file is removed and target untouched. */
    public static void write(Path target, Content content) throws IOException {
        try (AtomicFile f = prepare(target, content)) {
            f.commit();
        }
    }

    /** Writes the content to a temporary file beside {@code target}; {@link #commit()} moves it into place. */
    public static AtomicFile prepare(Path target, Content content) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = createPart(dir, target.getFileName().toString());
        if (tmp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            // temp files are private (0600); a briefing is an ordinary document
            Files.setPosixFilePermissions(tmp, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        }
        AtomicFile file = new AtomicFile(target, tmp);
        try {
            try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE);
                 OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16)) {
                // writers such as OpenPDF close the stream they are given; the file is ours to close
                content.writeTo(CloseShieldOutputStream.wrap(out));
                out.flush();
                channel.force(true);
            }
            return file;
        } catch (IOException | RuntimeException | Error e) {
            try {
                file.close();
            } catch (IOException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
    }

    /**
     * A new hidden file beside the target. Not {@code Files.createTempFile}, which makes every file
     * readable by its owner only: a briefing gets the permissions any new file in the folder gets.
     */
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

    public Path target() {
        return target;
    }

    /** Moves the finished file into place, replacing any earlier version in one step. */
    public void commit() throws IOException {
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
        committed = true;
    }

    /** Removes the temporary file unless it was committed. */
    @Override
    public void close() throws IOException {
        if (!committed) {
            Files.deleteIfExists(tmp);
        }
    }
}
