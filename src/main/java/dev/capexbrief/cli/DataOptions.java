package dev.capexbrief.cli;

import dev.capexbrief.dataset.Dataset;
import dev.capexbrief.dataset.DatasetReader;
import dev.capexbrief.dataset.InvalidDatasetException;
import dev.capexbrief.dataset.Problem;
import dev.capexbrief.delivery.Config;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;

/** The options every command shares: the config file, the dataset and --verbose. */
final class DataOptions {
    @Option(names = "--config", paramLabel = "FILE",
            description = "Settings file. Default: ./capexbrief.yaml when present.")
    Path configFile;

    @Option(names = "--data", paramLabel = "FILE",
            description = "Dataset file (.csv, .yaml, .xlsx). Default: the config's data, else the bundled hyperscaler dataset.")
    Path data;

    @Option(names = "--verbose", description = "Show stack traces on errors.")
    boolean verbose;

    private Config config;

    Config config() throws IOException {
        if (config == null) {
            config = Config.load(configFile);
        }
        return config;
    }

    /** Reads the dataset, printing warnings; throws with every problem when it is invalid. */
    Dataset load(PrintWriter err) throws IOException, InvalidDatasetException {
        return loadWithDigest(err).dataset();
    }

    /** Reads the dataset with where it came from and the digest of its bytes, printing warnings. */
    DatasetReader.Loaded loadWithDigest(PrintWriter err) throws IOException, InvalidDatasetException {
        Path file = data != null ? data : config().data();
        DatasetReader.Loaded d = file == null ? new DatasetReader().loadBundled() : new DatasetReader().load(file);
        for (Problem w : d.dataset().warnings()) {
            err.println(w);
        }
        err.flush();
        return d;
    }

    /** True when --data was given on the command line. */
    boolean dataGiven() {
        return data != null;
    }
}
