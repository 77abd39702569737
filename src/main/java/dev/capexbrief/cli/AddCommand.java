package dev.capexbrief.cli;

import dev.capexbrief.dataset.Amount;
import dev.capexbrief.dataset.Figure;
import dev.capexbrief.dataset.Kind;
import dev.capexbrief.dataset.Problem;
import dev.capexbrief.dataset.edit.FigureAdder;
import dev.capexbrief.delivery.Config;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code capexbrief add guidance|actual}: appends one figure to a YAML or CSV dataset, validated
 * exactly as {@code validate} would validate the result, and written atomically.
 */
@Command(name = "add", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Append one guidance or actual figure to a .yaml or .csv dataset, in the file's own style.",
                "The resulting dataset is checked the way 'validate' checks it; a problem leaves the file untouched."})
final class AddCommand implements Callable<Integer> {
    /** LOW-HIGH with a hyphen or an en dash between: 130-145, 62.5–65. */
    private static final Pattern RANGE = Pattern.compile("\\s*([^-\u2013\\s][^-\u2013]*?)\\s*[-\u2013]\\s*([^-\u2013]+?)\\s*");

    @Parameters(index = "0", paramLabel = "guidance|actual", description = "What the figure is.")
    String kind;

    @Option(names = "--company", required = true, paramLabel = "ID", description = "The company's id in the dataset, e.g. META.")
    String company;

    @Option(names = "--period", required = true, paramLabel = "PERIOD",
            description = "FY2026, FY2026Q2, CY2026, CY2026Q1 or FY2026-FY2028, in the company's fiscal calendar.")
    String period;

    @Option(names = "--range", paramLabel = "LOW-HIGH", description = "A guided range, e.g. 130-145.")
    String range;

    @Option(names = "--value", paramLabel = "N", description = "A single value (with --qualifier for about, a floor or a ceiling).")
    String value;

    @Option(names = "--qualifier", paramLabel = "about|at_least|at_most", description = "How --value is meant.")
    String qualifier;

    @Option(names = "--announced", paramLabel = "YYYY-MM-DD", description = "The day it became public (required for guidance).")
    String announced;

    @Option(names = "--source", paramLabel = "URL", description = "Where it comes from.")
    String source;

    @Option(names = "--metric", paramLabel = "METRIC",
            description = "Default: the metric of the company's latest capex guidance (its guidance basis), else capex.")
    String metric;

    @Option(names = "--currency", paramLabel = "CODE", description = "ISO 4217 code. Default: USD.")
    String currency;

    @Option(names = "--unit", paramLabel = "B|M|%", description = "Default: B (billions).")
    String unit;

    @Option(names = "--note", paramLabel = "TEXT", description = "Free text.")
    String note;

    @Option(names = "--confidence", paramLabel = "GRADE", description = "verified, single-source, unverified, reported or derived.")
    String confidence;

    @Option(names = "--tag", paramLabel = "XBRL_TAG", description = "For an actual from a filing: the XBRL tag.")
    String tag;

    @Option(names = "--form", paramLabel = "FORM", description = "For an actual from a filing: 10-Q, 10-K, 20-F, ...")
    String form;

    @Option(names = "--accession", paramLabel = "NUMBER", description = "For an actual from a filing: its accession number.")
    String accession;

    @Option(names = "--company-name", paramLabel = "NAME", description = "Adds --company to the dataset under this name.")
    String companyName;

    @Option(names = "--fiscal-year-end", paramLabel = "MONTH", description = "With --company-name: 1-12 or a month name (default 12).")
    String fiscalYearEnd;

    @Option(names = "--cik", paramLabel = "CIK", description = "With --company-name: the company's SEC CIK.")
    String cik;

    @Option(names = "--into", paramLabel = "DATASET", description = "The .yaml or .csv dataset to add to. Default: the config's data.")
    Path into;

    @Option(names = "--config", paramLabel = "FILE", description = "Settings file. Default: ./capexbrief.yaml when present.")
    Path configFile;

    @Option(names = "--verbose", description = "Show stack traces on errors.")
    boolean verbose;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Kind k = Kind.parse(kind).orElseThrow(() -> usage("add takes guidance or actual, not '" + kind + "'"));
        Path file = into != null ? into : Config.load(configFile).data();
        if (file == null) {
            throw usage("give the dataset to add to with --into FILE (or set data: in capexbrief.yaml)");
        }
        String low = null;
        String high = null;
        if (range != null && value != null) {
            throw usage("give --range or --value, not both");
        }
        if (range == null && value == null) {
            throw usage("give the figure with --range LOW-HIGH or --value N");
        }
        if (range != null) {
            Matcher m = RANGE.matcher(range);
            if (!m.matches()) {
                throw usage("--range takes LOW-HIGH, e.g. 130-145, not '" + range + "'");
            }
            low = m.group(1);
            high = m.group(2);
            if (qualifier != null) {
                throw usage("--qualifier goes with --value; a range is low to high");
            }
        }
        if (companyName == null && (fiscalYearEnd != null || cik != null)) {
            throw usage("--fiscal-year-end and --cik describe a new company: give its --company-name too");
        }
        FigureAdder.NewCompany newCompany = companyName == null ? null
                : new FigureAdder.NewCompany(companyName, fiscalYearEnd, cik);
        FigureAdder.Request request = new FigureAdder.Request(k, company, metric, period, value, low, high, qualifier,
                currency, unit, announced, source, note, confidence, tag, form, accession, newCompany);
        FigureAdder.Outcome outcome = new FigureAdder().add(file, request);
        PrintWriter out = spec.commandLine().getOut();
        if (outcome instanceof FigureAdder.Added added) {
            PrintWriter err = spec.commandLine().getErr();
            for (Problem w : added.warnings()) {
                err.println(w);
            }
            err.flush();
            out.printf("%s:%d: added %s%s%n", added.file(), added.line(), describe(added.figure()),
                    added.newCompany() ? " (and the company " + added.figure().company().id() + ")" : "");
        } else {
            out.printf("%s:%d: already there (the same figure); nothing was written%n", outcome.file(), outcome.line());
        }
        return ExitCodes.OK;
    }

    private IllegalArgumentException usage(String message) {
        return new IllegalArgumentException(message);
    }

    /** "META capex guidance FY2026 130-145 USD B, announced 2026-07-29". */
    static String describe(Figure f) {
        Amount a = f.amount();
        String amount = a instanceof Amount.Range r ? r.low().toPlainString() + "-" + r.high().toPlainString()
                : (a.qualifier().code().isEmpty() ? "" : a.qualifier().code() + " ") + a.central().toPlainString();
        String money = f.unit().isMoney() ? f.currency() + " " + f.unit().code() : f.unit().code();
        return f.company().id() + " " + f.metric() + " " + f.kind().code() + " " + f.period().label() + " " + amount + " "
                + money + (f.announcedStated() ? ", announced " + f.announced() : "");
    }
}
