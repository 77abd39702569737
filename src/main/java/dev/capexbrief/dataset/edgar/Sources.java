package dev.capexbrief.dataset.edgar;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Tells the kinds of SOURCE apart: a folder, a zip archive (by its first bytes), or a JSON payload. */
public final class Sources {
    private static final byte[] ZIP_ENTRY = {'P', 'K', 3, 4};
    private static final byte[] ZIP_EMPTY = {'P', 'K', 5, 6};

    private Sources() {
    }

    /** The source a path is: a folder of payloads, the bulk archive, or one payload. */
    public static CompanyFactsSource of(Path path) throws IOException {
        if (Files.isDirectory(path)) {
            return new CompanyFactsFolder(path);
        }
        if (!Files.exists(path)) {
            throw new NoSuchFileException(path.toString());
        }
        return isZip(path) ? new CompanyFactsZip(path) : CompanyFactsJsonSource.of(path);
    }

    /** {@link #of(Path)} for each path, in order. */
    public static List<CompanyFactsSource> of(List<Path> paths) throws IOException {
        List<CompanyFactsSource> out = new ArrayList<>(paths.size());
        for (Path p : paths) {
            out.add(of(p));
        }
        return out;
    }

    private static boolean isZip(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(4);
            return Arrays.equals(head, ZIP_ENTRY) || Arrays.equals(head, ZIP_EMPTY);
        }
    }
}
