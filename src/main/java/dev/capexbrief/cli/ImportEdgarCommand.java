package dev.capexbrief.cli;

import dev.capexbrief.dataset.Company;
import dev.capexbrief.dataset.Dataset;
import dev.capexbrief.dataset.DatasetReader;
import dev.capexbrief.dataset.InvalidDatasetException;
import dev.capexbrief.dataset.Problem;
import dev.capexbrief.dataset.edgar.DatasetMerge;
import dev.capexbrief.dataset.edgar.FactsReader;
import dev.capexbrief.dataset.edgar.MergeSummary;
import dev.capexbrief.dataset.edgar.ParserFacade;
import dev.capexbrief.dataset.edgar.ReportedCompany;
import dev.capexbrief.dataset.edgar.SourceResolver;
import dev.capexbrief.dataset.edit.DatasetEditor;
import dev.capexbrief.delivery.Config;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * {@code capexbrief import edgar SOURCE... --into DATASET}: reads SEC EDGAR companyfacts (files,
 * folders, the bulk zip, or tickers and CIKs fetched live), merges the actuals into the dataset and
 * prints one line per company.
 */
@Command(name = "edgar", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Import reported actuals from SEC EDGAR companyfacts into a .yaml or .csv dataset.",
                "SOURCE is a companyfacts JSON file, a folder of them, the SEC's bulk companyfacts.zip, or a ticker or CIK"
                        + " to fetch from the SEC (which needs edgar.user_agent or CAPEXBRIEF_SEC_USER_AGENT).",
                "Only imported actuals are added or updated; importing the same payload twice changes nothing."})
final class ImportEdgarCommand implements Callable<Integer> {
    @Parameters(paramLabel = "SOURCE", arity = "1..*", description = "companyfacts file, folder or zip; or a ticker or CIK.")
    List<String> sources = new ArrayList<>();

    @Option(names = "--into", paramLabel = "DATASET",
            description = "The .yaml or .csv dataset to merge into (created when missing). Default: the config's data.")
    Path into;

    @Option(names = "--dry-run", description = "Print what would change; write nothing.")
    boolean dryRun;

    @Option(names = "--metrics", split = ",", paramLabel = "METRIC",
            description = "Import only these metrics, e.g. capex_purchases_ppe,revenue.")
    List<String> metrics = new ArrayList<>();

    @Option(names = "--only", split = ",", paramLabel = "TICKER|CIK",
            description = "Keep only these companies (a bulk zip keeps the dataset's companies with a cik: otherwise).")
    List<String> only = new ArrayList<>();

    @Mixin
    EdgarOptions edgar;

    @Option(names = "--config", paramLabel = "FILE", description = "Settings file. Default: ./capexbrief.yaml when present.")
    Path configFile;

    @Option(names = "--verbose", description = "Show stack traces on errors.")
    boolean verbose;

    @Spec
    CommandSpec spec;

    private final FactsReader parser;

    ImportEdgarCommand() {
        this(new ParserFacade());
    }

    ImportEdgarCommand(FactsReader parser) {
        this.parser = parser;
    }

    @Override
    public Integer call() throws Exception {
        try {
            return importAll();
        } catch (InvalidDataset e) {
            throw (InvalidDatasetException) e.getCause();
        }
    }

    private Integer importAll() throws Exception {
        Config config = Config.load(configFile);
        Path file = into != null ? into : config.data();
        if (file == null) {
            throw new IllegalArgumentException("give the dataset to import into with --into FILE (or set data: in capexbrief.yaml)");
        }
        DatasetEditor.format(file);
        Supplier<Dataset> current = new Current(file);
        SourceResolver resolver = new SourceResolver(current, () -> edgar.client(config));
        SourceResolver.Sources resolved = resolver.resolve(sources);
        Set<Long> keep = keep(resolver, resolved, current, new HashMap<>(resolved.tickers()));
        Set<String> wanted = new LinkedHashSet<>();
        metrics.forEach(m -> wanted.add(m.strip().toLowerCase(Locale.ROOT)));
        List<? extends ReportedCompany> companies = parser.read(resolved.paths(), keep, wanted);
        if (companies.isEmpty()) {
            throw new InvalidDatasetException(List.of(Problem.error(String.join(", ", sources), 0, "",
                    "has no companyfacts" + (keep.isEmpty() ? "" : " for the companies asked for") + "; nothing to import")));
        }
        DatasetMerge.Result result = new DatasetMerge().merge(file, companies, resolved.tickers(), dryRun);
        PrintWriter out = spec.commandLine().getOut();
        result.companies().forEach(c -> out.println(c.line()));
        int changes = result.companies().stream().mapToInt(MergeSummary::changes).sum();
        if (dryRun) {
            out.println("dry run: " + changes + " figure(s) would be added or updated in " + file + "; nothing was written");
        } else if (result.written()) {
            out.println("wrote " + file + ": " + changes + " figure(s) added or updated");
        } else {
            out.println(file + " is up to date; nothing was written");
        }
        return ExitCodes.OK;
    }

    /** The dataset as it is before the import, read once and only when a look-up needs it. */
    private static final class Current implements Supplier<Dataset> {
        private final Path file;
        private Dataset read;

        Current(Path file) {
            this.file = file;
        }

        @Override
        public Dataset get() {
            if (read == null) {
                try {
                    read = Files.exists(file) ? new DatasetReader().read(file)
                            : new Dataset(file.toString(), Map.of(), List.of(), List.of(), List.of());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } catch (InvalidDatasetException e) {
                    throw new InvalidDataset(e);
                }
            }
            return read;
        }
    }

    /** Carries a dataset's problems out of a look-up; unwrapped in {@link #call}. */
    private static final class InvalidDataset extends RuntimeException {
        private static final long serialVersionUID = 1L;

        InvalidDataset(InvalidDatasetException e) {
            super(e);
        }
    }

    /** The CIKs to keep: --only, else (for a bulk archive) the dataset's companies with a cik, plus what was fetched. */
    private Set<Long> keep(SourceResolver resolver, SourceResolver.Sources resolved, Supplier<Dataset> current,
                           Map<Long, String> tickers) throws Exception {
        Set<Long> keep = new LinkedHashSet<>();
        for (String o : only) {
            keep.add(resolver.cik(o, tickers));
        }
        if (keep.isEmpty() && resolved.bulk()) {
            current.get().companyList().stream().filter(Company::hasCik).forEach(c -> keep.add(c.cik()));
            if (keep.isEmpty()) {
                throw new IllegalArgumentException("a bulk companyfacts.zip holds thousands of companies: name the ones to"
                        + " import with --only TICKER,CIK,... (or give the dataset's companies a cik:)");
            }
        }
        if (!keep.isEmpty()) {
            keep.addAll(resolved.live());
        }
        return keep;
    }
}
