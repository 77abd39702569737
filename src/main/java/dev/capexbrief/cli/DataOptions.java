package dev.capexbrief.cli;

import dev.capexbrief.dataset.Dataset;
import dev.capexbrief.dataset.DatasetReader;
import dev.capexbrief.dataset.InvalidDatasetException;
import dev.capexbrief.dataset.Problem;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;

/** The dataset options shared by every command. */
final class DataOptions {
    @Option(names = "--data", paramLabel = "FILE",
            description = "Dataset file (.csv, .yaml, .xlsx). Default: the bundled hyperscaler dataset.")
    Path data;

    @Option(names = "--verbose", description = "Show stack traces on errors.")
    boolean verbose;

    /** Reads the dataset, printing warnings; throws with every problem when it is invalid. */
    Dataset load(PrintWriter err) throws IOException, InvalidDatasetException {
        Dataset d = data == null ? new DatasetReader().readBundled() : new DatasetReader().read(data);
        for (Problem w : d.warnings()) {
            err.println(w);
        }
        err.flush();
        return d;
    }
}
