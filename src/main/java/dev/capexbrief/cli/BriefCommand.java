package dev.capexbrief.cli;

import dev.capexbrief.dataset.Dataset;
import dev.capexbrief.delivery.BriefingJob;
import dev.capexbrief.delivery.OutputLayout;
import dev.capexbrief.render.text.TemplateSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

/** {@code capexbrief brief}: writes the PDF briefing and the Excel workbook. */
@Command(name = "brief", mixinStandardHelpOptions = true,
        description = "Write a PDF briefing and an Excel workbook as of a date.")
final class BriefCommand implements Callable<Integer> {
    @Mixin
    DataOptions data;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD",
            description = "See only figures public on or before this day. Default: the latest announcement in the dataset.")
    LocalDate asOf;

    @Option(names = "--out", paramLabel = "DIR", description = "Output root folder. Default: ./output")
    Path out = Path.of("output");

    @Option(names = "--template", paramLabel = "DIR",
            description = "Template set folder. Default: ./templates when present, else the bundled templates.")
    Path template;

    @Option(names = "--currency", paramLabel = "CODE", description = "Report currency (ISO code). Default: USD.")
    String currency = "USD";

    @Option(names = "--force", description = "Replace an existing briefing for the same week.")
    boolean force;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        Dataset dataset = data.load(err);
        LocalDate date = asOf != null ? asOf : dataset.latestAnnouncement().orElse(LocalDate.now());
        Path templates = template != null ? template : Files.isDirectory(Path.of("templates")) ? Path.of("templates") : null;
        BriefingJob job = new BriefingJob(dataset, TemplateSet.load(templates), new OutputLayout(out, null),
                currency.toUpperCase(java.util.Locale.ROOT));
        BriefingJob.Result result = job.run(date, force);
        PrintWriter o = spec.commandLine().getOut();
        o.println("Briefing " + result.briefing().isoWeek() + " as of " + date + ":");
        o.println("  " + result.pdf());
        o.println("  " + result.xlsx());
        return ExitCodes.OK;
    }
}
