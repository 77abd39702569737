package dev.capexbrief.dataset;

import java.io.IOException;
import java.io.InputStream;
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

    public Dataset read(Path path) throws IOException, InvalidDatasetException {
        return read(path, path.toString());
    }

    /**
     * Reads {@code path} as the dataset {@code name}: the format comes from the name's extension and
     * every problem names it. For checking a file before it takes that name (a rewrite's temporary file).
     */
    public Dataset read(Path path, String name) throws IOException, InvalidDatasetException {
        String file = name;
        if (!Files.exists(path)) {
            throw new NoSuchFileException(path.toString(), null, "dataset file not found");
        }
        if (Files.isDirectory(path)) {
            throw new IOException(path + " is a folder; give a .csv, .yaml or .xlsx dataset file");
        }
        String type = name.toLowerCase(Locale.ROOT);
        try (InputStream in = Files.newInputStream(path)) {
            if (type.endsWith(".yaml") || type.endsWith(".yml")) {
                return new YamlDatasetReader().read(in, file);
            }
            if (type.endsWith(".xlsx")) {
                return new XlsxDatasetReader().read(in, file);
            }
            return new CsvDatasetReader().read(in, file);
        }
    }

    /** The bundled dataset; a broken bundle is a build error, so it fails loudly. */
    public Dataset readBundled() {
        try (InputStream in = DatasetReader.class.getResourceAsStream(BUNDLED_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("bundled dataset missing from the jar: " + BUNDLED_RESOURCE);
            }
            return new YamlDatasetReader().read(in, BUNDLED_NAME);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InvalidDatasetException e) {
            throw new IllegalStateException("bundled dataset is invalid: " + e.problems(), e);
        }
    }

    /** The bundled dataset's text, for {@code capexbrief init}. */
    public static InputStream bundledStream() {
        return DatasetReader.class.getResourceAsStream(BUNDLED_RESOURCE);
    }
}
