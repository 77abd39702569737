package dev.capexbrief.delivery;

import dev.capexbrief.dataset.Digests;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The record of a commit of several files ({@link AtomicFile#commitAll}) in progress, kept in the
 * folder as {@code .capexbrief.commit} from before the first move until the last: each target, the
 * hidden second name of its earlier version (or none) and the SHA-256 of its new bytes. A run
 * killed between two moves leaves it behind, and the next run that locks the folder settles it:
 * when every target already has its new bytes the commit is complete and the earlier versions go;
 * otherwise the commit is undone, each earlier version put back and each file the commit created
 * removed, so the folder holds the briefing as it was before. Earlier versions that no journal
 * names (left by a version without one) go back where their file is missing and are removed
 * otherwise.
 */
final class CommitJournal {
    static final String FILE_NAME = ".capexbrief.commit";
    private static final String HEADER = "capexbrief commit 1";
    private static final String NONE = "-";

    private record Entry(Path target, Path previous, String sha256) {
    }

    private CommitJournal() {
    }

    /** Writes and forces the journal for these files (all in one folder); returns its path. */
    static Path write(List<AtomicFile> files, List<Path> previous) throws IOException {
        Path folder = files.get(0).target().toAbsolutePath().getParent();
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        for (int i = 0; i < files.size(); i++) {
            AtomicFile f = files.get(i);
            if (!f.target().toAbsolutePath().getParent().equals(folder)) {
                throw new IllegalArgumentException("files committed together share one folder: " + f.target());
            }
            Path p = previous.get(i);
            text.append(f.target().getFileName()).append('\t').append(p == null ? NONE : p.getFileName().toString())
                    .append('\t').append(f.sha256()).append('\n');
        }
        Path journal = folder.resolve(FILE_NAME);
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        // the journal is itself put in place in one step, so it is whole or absent
        AtomicFile.write(journal, out -> out.write(bytes));
        return journal;
    }

    /**
     * Settles what a killed run left in {@code folder}, which the caller has locked: a commit in
     * progress, and earlier versions no journal names. Returns what was done, in words.
     */
    static List<String> recover(Path folder) throws IOException {
        List<String> done = new ArrayList<>();
        Path journal = folder.resolve(FILE_NAME);
        if (Files.isRegularFile(journal, LinkOption.NOFOLLOW_LINKS)) {
            List<Entry> entries = read(folder, journal);
            if (entries != null) {
                settle(entries, done);
            }
            Files.delete(journal);
        }
        try (DirectoryStream<Path> left = Files.newDirectoryStream(folder, ".*.previous")) {
            for (Path p : left) {
                Path target = targetOf(p);
                if (target != null && !Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                    AtomicFile.replace(p, target);
                    done.add("put back " + target.getFileName());
                } else {
                    Files.deleteIfExists(p);
                }
            }
        }
        return done;
    }

    private static void settle(List<Entry> entries, List<String> done) throws IOException {
        boolean complete = true;
        for (Entry e : entries) {
            complete &= hasBytes(e.target(), e.sha256());
        }
        if (complete) {
            for (Entry e : entries) {
                if (e.previous() != null) {
                    Files.deleteIfExists(e.previous());
                }
            }
            return;
        }
        for (int i = entries.size() - 1; i >= 0; i--) {
            Entry e = entries.get(i);
            if (e.previous() != null && Files.isRegularFile(e.previous(), LinkOption.NOFOLLOW_LINKS)) {
                AtomicFile.replace(e.previous(), e.target());
                done.add("put back the earlier " + e.target().getFileName());
            } else if (e.previous() == null && hasBytes(e.target(), e.sha256())) {
                Files.delete(e.target());
                done.add("removed " + e.target().getFileName() + " of an unfinished run");
            }
        }
    }

    private static boolean hasBytes(Path file, String sha256) throws IOException {
        return Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && Digests.of(file).equals(sha256);
    }

    /** The entries, or null when the journal is not one this version wrote (it is then only removed). */
    private static List<Entry> read(Path folder, Path journal) throws IOException {
        if (Files.size(journal) > 64 * 1024) {
            return null;
        }
        List<String> lines = Files.readAllLines(journal, StandardCharsets.UTF_8);
        if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
            return null;
        }
        List<Entry> out = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t", -1);
            if (f.length != 3 || !plainName(f[0]) || !(f[1].equals(NONE) || plainName(f[1]))) {
                return null;
            }
            out.add(new Entry(folder.resolve(f[0]), f[1].equals(NONE) ? null : folder.resolve(f[1]), f[2]));
        }
        return out;
    }

    private static boolean plainName(String name) {
        return !name.isEmpty() && !name.contains("/") && !name.contains("\\") && !name.equals("..") && !name.equals(".");
    }

    /** ".NAME.RANDOM.previous" belongs to NAME. */
    private static Path targetOf(Path previous) {
        String n = previous.getFileName().toString();
        int end = n.lastIndexOf('.', n.length() - ".previous".length() - 1);
        if (!n.startsWith(".") || end <= 1) {
            return null;
        }
        return previous.resolveSibling(n.substring(1, end));
    }
}
