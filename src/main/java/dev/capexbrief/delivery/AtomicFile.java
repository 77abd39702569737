package dev.capexbrief.delivery;

import dev.capexbrief.dataset.ParallelDigest;
import org.apache.commons.io.output.CloseShieldOutputStream;
import org.apache.commons.io.output.TeeOutputStream;

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
import java.nio.file.LinkOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file so that it is either complete or absent: the bytes go to a hidden temporary file
 * in the same folder, are forced to disk, and the file is moved into place in one step. Several
 * files can be prepared first and committed together ({@link #commitAll}), so a run never leaves
 * one without the other.
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
    private String sha256;
    private long size;

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
            try (ParallelDigest digest = new ParallelDigest();
                 FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE);
                 OutputStream out = new BufferedOutputStream(
                         new TeeOutputStream(Channels.newOutputStream(channel), digest), 1 << 16)) {
                // writers such as OpenPDF close the stream they are given; the file is ours to close
                content.writeTo(CloseShieldOutputStream.wrap(out));
                out.flush();
                channel.force(true);
                file.size = channel.size();
                file.sha256 = digest.hex();
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
            Path part = hiddenSibling(dir, name, ".part");
            try {
                return Files.createFile(part);
            } catch (FileAlreadyExistsException e) {
                if (attempt == 10) {
                    throw e;
                }
            }
        }
    }

    /** ".NAME.RANDOM.SUFFIX" in {@code dir}: hidden, beside the file it belongs to. */
    static Path hiddenSibling(Path dir, String name, String suffix) {
        return dir.resolve("." + name + "." + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + suffix);
    }

    /** Moves {@code from} onto {@code to} in one step where the file system can, replacing it. */
    static void replace(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    public Path target() {
        return target;
    }

    /** The SHA-256 of the bytes written, in lower-case hex. */
    public String sha256() {
        return sha256;
    }

    /** How many bytes were written. */
    public long size() {
        return size;
    }

    /** Moves the finished file into place, replacing any earlier version in one step. */
    public void commit() throws IOException {
        try {
            replace(tmp, target);
        } catch (IOException e) {
            // the file system names the hidden temporary file; the user knows the target
            String reason = e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null ? fs.getReason()
                    : e.getClass().getSimpleName();
            throw new IOException("cannot put " + target + " in place: " + reason, e);
        }
        committed = true;
    }

    /**
     * Moves several finished files into place as one: if any move fails, the files already moved
     * are put back as they were (the earlier version restored, or the new file removed where there
     * was none), so a briefing's PDF and workbook are replaced together or not at all. Each earlier
     * version is kept under a second name (a hard link, or a copy where links are not supported)
     * until every file is in place.
     *
     * <p>A process killed between two moves cannot undo them itself, so before the first move a
     * journal ({@link CommitJournal}) is forced to disk in the folder, naming each target, its
     * earlier version's second name and the SHA-256 of its new bytes; it is removed once the commit
     * is complete. The next run that locks the folder finishes or undoes a commit whose journal is
     * still there ({@link CommitJournal#recover}).
     */
    public static void commitAll(List<AtomicFile> files) throws IOException {
        List<Path> previous = new ArrayList<>();
        Path journal = null;
        boolean settled = false;
        try {
            for (AtomicFile f : files) {
                previous.add(Files.isRegularFile(f.target, LinkOption.NOFOLLOW_LINKS) ? f.keepPrevious() : null);
            }
            journal = CommitJournal.write(files, previous);
            int moved = 0;
            try {
                for (AtomicFile f : files) {
                    f.commit();
                    moved++;
                }
            } catch (IOException | RuntimeException | Error e) {
                settled = undo(files, previous, moved, e);
                throw e;
            }
            settled = true;
        } finally {
            for (Path p : previous) {
                if (p != null) {
                    Files.deleteIfExists(p);
                }
            }
            // a file that could not be put back keeps its earlier version, and the journal names it
            if (journal != null && settled) {
                Files.deleteIfExists(journal);
            }
        }
    }

    /**
     * Puts back the files already moved, newest first; a file that cannot be put back is added to
     * {@code e}, and its earlier version is kept. True when every file was put back.
     */
    private static boolean undo(List<AtomicFile> files, List<Path> previous, int moved, Throwable e) {
        boolean all = true;
        for (int i = moved - 1; i >= 0; i--) {
            Path kept = previous.get(i);
            try {
                files.get(i).restore(kept);
                previous.set(i, null);
            } catch (IOException | RuntimeException undo) {
                previous.set(i, null); // not deleted: it may be the only copy
                all = false;
                e.addSuppressed(new IOException("could not put back " + files.get(i).target
                        + (kept == null ? "" : "; its earlier version is kept as " + kept), undo));
            }
        }
        return all;
    }

    /** A second name for the target as it is now; the file itself stays in place. */
    private Path keepPrevious() throws IOException {
        Path keep = hiddenSibling(target.toAbsolutePath().getParent(), target.getFileName().toString(), ".previous");
        try {
            return Files.createLink(keep, target);
        } catch (UnsupportedOperationException | IOException noLinks) {
            Files.deleteIfExists(keep);
            return Files.copy(target, keep, StandardCopyOption.COPY_ATTRIBUTES);
        }
    }

    /** Undoes {@link #commit()}: the earlier version back in place, or the target removed if there was none. */
    private void restore(Path previousVersion) throws IOException {
        if (previousVersion == null) {
            Files.deleteIfExists(target);
        } else {
            replace(previousVersion, target);
        }
    }

    /** Removes the temporary file unless it was committed. */
    @Override
    public void close() throws IOException {
        if (!committed) {
            Files.deleteIfExists(tmp);
        }
    }
}
