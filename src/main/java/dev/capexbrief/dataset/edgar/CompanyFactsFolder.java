package dev.capexbrief.dataset.edgar;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.LongPredicate;
import java.util.stream.Stream;

/** A folder of companyfacts payloads: its {@code *.json} files (not sub-folders), in file-name order. */
public final class CompanyFactsFolder implements CompanyFactsSource {
    private final Path folder;

    public CompanyFactsFolder(Path folder) {
        this.folder = folder;
    }

    @Override
    public String name() {
        return folder.toString();
    }

    /** The payload files, sorted by name so that every run reads them in the same order. */
    public List<Path> files() throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(p -> p.getFileName().toString().endsWith(".json") && Files.isRegularFile(p))
                    .sorted()
                    .toList();
        }
    }

    @Override
    public void read(CompanyFactsReader reader, LongPredicate wanted, Sink sink) throws IOException {
        for (Path file : files()) {
            CompanyFactsJsonSource.of(file).read(reader, wanted, sink);
        }
    }
}
