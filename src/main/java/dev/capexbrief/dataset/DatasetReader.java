package dev.capexbrief.dataset;

import org.apache.commons.io.IOUtils;
import org.apache.commons.io.input.CloseShieldInputStream;
import org.apache.commons.io.input.TeeInputStream;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads a dataset by file type (.csv, .yaml/.yml, .xlsx), or the bundled hyperscaler dataset.
 */
public final class DatasetReader {
    /** The bundled dataset, packaged into the jar. */
    public static final String BUNDLED_RESOURCE = "/dev/capexbrief/dataset/hyperscalers.yaml";
    public static final String BUNDLED_NAME = "bundled:hyperscalers.yaml";

    /**
     * A dataset as read, with where it came from and the SHA-256 of exactly the bytes it was read
     * from, so that a briefing's manifest can say which data it was made from.
     *
     * @param location the file's absolute path, or {@link #BUNDLED_NAME}
     */
    public record Loaded(Dataset dataset, String location, String sha256) {
    }

    public Dataset read(Path path) throws IOException, InvalidDatasetException {
        return read(path, path.toString());
    }

    /** Reads {@code path} and the digest of its bytes. */
    public Loaded load(Path path) throws IOException, InvalidDatasetException {
        return load(path, path.toString());
    }

    /** The bundled dataset and the digest of its bytes. */
    public Loaded loadBundled() {
        try (InputStream raw = DatasetReader.class.getResourceAsStream(BUNDLED_RESOURCE)) {
            if (raw == null) {
                throw new IllegalStateException("bundled dataset missing from the jar: " + BUNDLED_RESOURCE);
            }
            try (ParallelDigest digest = new ParallelDigest(); InputStream in = digested(raw, digest)) {
                Dataset d = new YamlDatasetReader().read(CloseShieldInputStream.wrap(in), BUNDLED_NAME);
                return new Loaded(d, BUNDLED_NAME, finish(in, digest));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InvalidDatasetException e) {
            throw new IllegalStateException("bundled dataset is invalid: " + e.problems(), e);
        }
    }

    /**
     * Reads {@code path} as the dataset {@code name}: the format comes from the name's extension and
     * every problem names it. For checking a file before it takes that name (a rewrite's temporary file).
     */
    public Dataset read(Path path, String name) throws IOException, InvalidDatasetException {
        return load(path, name).dataset();
    }

    private Loaded load(Path path, String name) throws IOException, InvalidDatasetException {
        String file = name;
        if (!Files.exists(path)) {
            throw new NoSuchFileException(path.toString(), null, "dataset file not found");
        }
        if (Files.isDirectory(path)) {
            throw new IOException(path + " is a folder; give a .csv, .yaml or .xlsx dataset file");
        }
        String type = name.toLowerCase(Locale.ROOT);
        try (ParallelDigest digest = new ParallelDigest();
             InputStream in = digested(Files.newInputStream(path), digest)) {
            Dataset d;
            if (type.endsWith(".yaml") || type.endsWith(".yml")) {
                d = new YamlDatasetReader().read(CloseShieldInputStream.wrap(in), file);
            } else if (type.endsWith(".xlsx")) {
                d = new XlsxDatasetReader().read(CloseShieldInputStream.wrap(in), file);
            } else {
                d = new CsvDatasetReader().read(CloseShieldInputStream.wrap(in), file);
            }
            return new Loaded(d, path.toAbsolutePath().normalize().toString(), finish(in, digest));
        }
    }

    /** The bundled dataset; a broken bundle is a build error, so it fails loudly. */
    public Dataset readBundled() {
        return loadBundled().dataset();
    }

    /** {@code in}, its bytes copied to {@code digest} as they are read, skipped ones too. */
    private static InputStream digested(InputStream in, ParallelDigest digest) {
        return new TeeInputStream(in, digest, false) {
            @Override
            public long skip(long n) throws IOException {
                return IOUtils.skip(this, n);
            }
        };
    }

    /** The digest of every byte of the stream, including any a reader left unread. */
    private static String finish(InputStream in, ParallelDigest digest) throws IOException {
        in.transferTo(OutputStream.nullOutputStream());
        return digest.hex();
    }

    /** The bundled dataset's text, for {@code capexbrief init}. */
    public static InputStream bundledStream() {
        return DatasetReader.class.getResourceAsStream(BUNDLED_RESOURCE);
    }
}
