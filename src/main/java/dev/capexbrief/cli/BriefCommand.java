package dev.capexbrief.cli;

import dev.capexbrief.analysis.IsoWeek;
import dev.capexbrief.dataset.Dataset;
import dev.capexbrief.delivery.BriefingExistsException;
import dev.capexbrief.delivery.BriefingJob;
import dev.capexbrief.delivery.Config;
import dev.capexbrief.render.text.TemplateSet;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code capexbrief brief}: writes the PDF briefing and the Excel workbook for a date, a week or a range of weeks. */
@Command(name = "brief", mixinStandardHelpOptions = true,
        description = {"Write a PDF briefing and an Excel workbook.",
                "Files go to OUT/<ISO week>/capex-briefing-<ISO week>.pdf and .xlsx; existing ones are kept unless --force."})
final class BriefCommand implements Callable<Integer> {
    @Mixin
    DataOptions data;

    @Mixin
    BriefingOptions output;

    @ArgGroup(exclusive = true)
    When when;

    static final class When {
        @Option(names = "--as-of", paramLabel = "YYYY-MM-DD",
                description = "See only figures public on or before this day. Default: the latest announcement in the dataset.")
        LocalDate asOf;

        @Option(names = "--week", paramLabel = "YYYY-Www",
                description = "Brief as of the Sunday of this ISO week, e.g. 2025-W06.")
        String week;

        @ArgGroup(exclusive = false)
        Range range;
    }

    static final class Range {
        @Option(names = "--from", paramLabel = "YYYY-Www", required = true, description = "First week of a backfill.")
        String from;

        @Option(names = "--to", paramLabel = "YYYY-Www", required = true, description = "Last week of a backfill (inclusive).")
        String to;
    }

    @Option(names = "--force", description = "Replace an existing briefing for the same week.")
    boolean force;

    @Option(names = "--email", description = "Email the briefing once it is written (see capexbrief send --help).")
    boolean email;

    @Mixin
    EmailOptions mail;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter o = spec.commandLine().getOut();
        Config config = data.config();
        EmailOptions.Plan plan = emailPlan(config);
        Dataset dataset = data.load(err);
        TemplateSet templates = output.templates(config);
        BriefingJob job = new BriefingJob(dataset, templates, output.layout(config), output.currency(config));
        if (when != null && when.range != null) {
            return backfill(job, IsoWeek.parse(when.range.from).through(IsoWeek.parse(when.range.to)), o, err);
        }
        LocalDate date = when != null && when.asOf != null ? when.asOf
                : when != null && when.week != null ? IsoWeek.parse(when.week).sunday()
                : dataset.latestAnnouncement().orElse(LocalDate.now());
        BriefingJob.Result result = job.run(date, force);
        o.println("Briefing " + result.briefing().isoWeek() + " as of " + date + ":");
        o.println("  " + result.pdf());
        o.println("  " + result.xlsx());
        if (plan != null) {
            mail.send(plan, result.briefing(), result.model(), mail.attachments(result.pdf(), result.xlsx()), templates,
                    job.root(), o);
        }
        return ExitCodes.OK;
    }

    /** The email settings, checked before anything is written; null without --email. */
    private EmailOptions.Plan emailPlan(Config config) {
        if (!email) {
            if (!mail.to.isEmpty() || mail.from != null || mail.smtpHost != null || mail.smtpPort != null
                    || mail.attachWorkbook || mail.resend) {
                throw new IllegalArgumentException("email options need --email to send the briefing");
            }
            return null;
        }
        if (when != null && when.range != null) {
            throw new IllegalArgumentException("--email sends one week; after a backfill use capexbrief send --week W");
        }
        return mail.plan(config, List.of(), null);
    }

    private int backfill(BriefingJob job, List<IsoWeek> weeks, PrintWriter o, PrintWriter err) throws Exception {
        Progress progress = new Progress(err, weeks.size());
        int written = 0;
        int skipped = 0;
        for (int i = 0; i < weeks.size(); i++) {
            IsoWeek w = weeks.get(i);
            progress.step(i, w.toString());
            try {
                job.run(w.sunday(), force);
                written++;
            } catch (BriefingExistsException e) {
                skipped++;
            }
        }
        progress.step(weeks.size(), "done");
        progress.finish();
        o.println("Backfill " + weeks.get(0) + " to " + weeks.get(weeks.size() - 1) + ": " + written + " briefing(s) written"
                + (skipped == 0 ? "" : ", " + skipped + " existing kept (use --force to replace)") + " under " + job.root());
        return ExitCodes.OK;
    }

}
