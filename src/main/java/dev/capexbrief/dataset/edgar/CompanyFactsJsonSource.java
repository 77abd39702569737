package dev.capexbrief.dataset.edgar;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.LongPredicate;

/**
 * One companyfacts payload: a JSON file, or a stream someone else opened (the live SEC client hands
 * over a download this way). A file is opened and closed here; a stream is read once and left to
 * its owner to close.
 */
public final class CompanyFactsJsonSource implements CompanyFactsSource {
    private final String name;
    private final Path file;
    private InputStream stream;

    private CompanyFactsJsonSource(String name, Path file, InputStream stream) {
        this.name = Objects.requireNonNull(name, "name");
        this.file = file;
        this.stream = stream;
    }

    /** A payload in a file; messages name it by its path. */
    public static CompanyFactsJsonSource of(Path file) {
        return new CompanyFactsJsonSource(file.toString(), file, null);
    }

    /**
     * A payload in a stream, named {@code name} in messages (e.g. {@code CIK0000320193.json}). It can be
     * read once; the caller closes the stream.
     */
    public static CompanyFactsJsonSource of(String name, InputStream stream) {
        return new CompanyFactsJsonSource(name, null, Objects.requireNonNull(stream, "stream"));
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void read(CompanyFactsReader reader, LongPredicate wanted, Sink sink) throws IOException {
        if (file != null) {
            try (InputStream in = Files.newInputStream(file)) {
                read(reader, in, wanted, sink);
            }
            return;
        }
        if (stream == null) {
            throw new IllegalStateException(name + " was read already; a stream can be read once");
        }
        InputStream in = stream;
        stream = null;
        read(reader, in, wanted, sink);
    }

    private void read(CompanyFactsReader reader, InputStream in, LongPredicate wanted, Sink sink) throws IOException {
        var facts = reader.read(name, in, wanted);
        if (facts.isPresent()) {
            sink.accept(facts.get());
        }
    }
}
