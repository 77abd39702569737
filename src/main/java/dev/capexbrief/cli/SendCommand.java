package dev.capexbrief.cli;

import dev.capexbrief.analysis.Briefing;
import dev.capexbrief.analysis.IsoWeek;
import dev.capexbrief.render.model.ModelBuilder;
import dev.capexbrief.dataset.Dataset;
import dev.capexbrief.delivery.BriefingJob;
import dev.capexbrief.delivery.Config;
import dev.capexbrief.delivery.OutputLayout;
import dev.capexbrief.delivery.mail.BriefingFiles;
import dev.capexbrief.delivery.mail.MailDeliveryException;
import dev.capexbrief.render.text.TemplateSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code capexbrief send}: emails briefing files that are already written. The email's numbers come
 * from running the analysis again for the files' week, which gives the numbers in the PDF.
 */
@Command(name = "send", mixinStandardHelpOptions = true,
        description = {"Email a briefing that is already written: the PDF (and with --attach-workbook the workbook).",
                "With --week, the files of that week under the output root; with FILE..., those files; "
                        + "with neither, the week the plain 'brief' command writes.",
                "Recipients who already got the briefing (see OUT/send-log.csv) are skipped unless --resend."})
final class SendCommand implements Callable<Integer> {
    @Mixin
    DataOptions data;

    @Mixin
    BriefingOptions output;

    @Mixin
    EmailOptions email;

    @Option(names = "--week", paramLabel = "YYYY-Www", description = "Send the briefing of this ISO week, e.g. 2025-W06.")
    String week;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD",
            description = "Send the briefing written with brief --as-of this date.")
    LocalDate asOf;

    @Parameters(paramLabel = "FILE", arity = "0..*",
            description = "Briefing files to attach (a PDF first); the week is read from the file or folder name.")
    List<Path> files = new ArrayList<>();

    @Option(names = "--to", paramLabel = "ADDR", description = "Same as --mail-to.")
    List<String> toAlias = new ArrayList<>();

    @Option(names = "--from", paramLabel = "ADDR", description = "Same as --mail-from.")
    String fromAlias;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter o = spec.commandLine().getOut();
        if (!files.isEmpty() && (week != null || asOf != null)) {
            throw new IllegalArgumentException("give --week/--as-of or FILE..., not both");
        }
        if (week != null && asOf != null) {
            throw new IllegalArgumentException("give --week or --as-of, not both");
        }
        Config config = data.config();
        EmailOptions.Plan plan = email.plan(config, toAlias, fromAlias);
        TemplateSet templates = output.templates(config);
        OutputLayout layout = output.layout(config);
        Dataset dataset = data.load(spec.commandLine().getErr());
        BriefingJob job = new BriefingJob(dataset, templates, layout, output.currency(config));
        List<Path> attachments;
        LocalDate date;
        if (files.isEmpty()) {
            date = asOf != null ? asOf : week != null ? IsoWeek.parse(week).sunday()
                    : dataset.latestAnnouncement().orElse(LocalDate.now());
            String isoWeek = IsoWeek.of(date).toString();
            attachments = email.attachments(layout.pdf(isoWeek, date), layout.xlsx(isoWeek, date));
            for (Path f : attachments) {
                requireWritten(f, isoWeek);
            }
        } else {
            date = BriefingFiles.asOf(files);
            attachments = List.copyOf(files);
        }
        Briefing briefing = job.analyze(date);
        email.send(plan, briefing, ModelBuilder.of(templates).build(briefing), attachments, templates, layout.root(), o);
        return ExitCodes.OK;
    }

    private static void requireWritten(Path file, String isoWeek) throws MailDeliveryException {
        if (!Files.isRegularFile(file)) {
            throw new MailDeliveryException("no briefing file " + file + "; write it first with capexbrief brief --week "
                    + isoWeek + ", or name the files to send");
        }
    }

}
