package dev.capexbrief.cli;

import dev.capexbrief.analysis.IsoWeek;
import dev.capexbrief.dataset.Dataset;
import dev.capexbrief.dataset.DatasetReader;
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
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code capexbrief brief}: writes the PDF briefing and the Excel workbook for a date, a week or a range of weeks. */
@Command(name = "brief", mixinStandardHelpOptions = true,
        description = {"Write a PDF briefing, an Excel workbook and their manifest.",
                "Without a date: the current ISO week, as of today. Files go to OUT/<ISO week>/capex-briefing-<ISO week>"
                        + ".pdf, .xlsx and .json; a week already written from the same inputs is up to date, one "
                        + "written from other inputs is kept unless --force."})
final class BriefCommand implements Callable<Integer> {
    @Mixin
    DataOptions data;

    @Mixin
    BriefingOptions output;

    @ArgGroup(exclusive = true)
    When when;

    static final class When {
        @Option(names = "--as-of", paramLabel = "YYYY-MM-DD|latest", converter = AsOf.Converter.class,
                description = "See only figures public on or before this day; 'latest' for the day of the newest figure. "
                        + "Default: today.")
        AsOf asOf;

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

    @Option(names = "--force", description = "Replace a briefing of the same week written from other inputs.")
    boolean force;

    @Option(names = "--allow-empty", description = "Write a briefing even when no figure is public by its date.")
    boolean allowEmpty;

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
        DatasetReader.Loaded loaded = data.loadWithDigest(err);
        Dataset dataset = loaded.dataset();
        TemplateSet templates = output.templates(config);
        BriefingJob job = new BriefingJob(loaded, templates, output.layout(config), output.currency(config));
        if (when != null && when.range != null) {
            List<IsoWeek> weeks = IsoWeek.parse(when.range.from).through(IsoWeek.parse(when.range.to));
            requireData(dataset, weeks.get(0).sunday(), "--from " + weeks.get(0));
            return backfill(job, weeks, o, err);
        }
        LocalDate date = when != null && when.asOf != null ? when.asOf.resolve(dataset, mail.today())
                : when != null && when.week != null ? IsoWeek.parse(when.week).sunday()
                : mail.today();
        requireData(dataset, date, date.toString());
        BriefingJob.Result result = job.run(date, force);
        report(result, date, o);
        if (plan != null) {
            mail.send(plan, result.manifest(), result.pdf().getParent(), mail.attachments(result.manifest()), templates,
                    job.root(), o);
        }
        return ExitCodes.OK;
    }

    private static void report(BriefingJob.Result r, LocalDate date, PrintWriter o) {
        String head = "Briefing " + r.manifest().week() + " as of " + date;
        switch (r.status()) {
            case UP_TO_DATE -> o.println(head + " is up to date (same data, templates and settings); nothing was written:");
            case REBUILT -> o.println(head + ", written again (" + String.join("; ", r.notes()) + "):");
            case REPLACED -> o.println(head + ", replaced:");
            default -> o.println(head + ":");
        }
        o.println("  " + r.pdf());
        o.println("  " + r.xlsx());
        o.println("  " + r.manifestFile());
    }

    /** Refuses a briefing dated before every figure of the dataset, unless --allow-empty. */
    private void requireData(Dataset dataset, LocalDate date, String what) {
        Optional<LocalDate> first = dataset.firstAnnouncement();
        if (allowEmpty || (first.isPresent() && !first.get().isAfter(date))) {
            return;
        }
        throw new EmptyBriefingException(first.isEmpty()
                ? dataset.name() + " has no figures, so a briefing would be empty; add figures, or give --allow-empty"
                : "no figure in " + dataset.name() + " is public by " + what + " (the first was announced on "
                + first.get() + ", in week " + IsoWeek.of(first.get()) + "), so the briefing would be empty; brief a "
                + "later date, or give --allow-empty to write it anyway");
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
        int[] counts = new int[BriefingJob.Status.values().length];
        int kept = 0;
        for (int i = 0; i < weeks.size(); i++) {
            IsoWeek w = weeks.get(i);
            progress.step(i, w.toString());
            try {
                counts[job.run(w.sunday(), force).status().ordinal()]++;
            } catch (BriefingExistsException e) {
                kept++;
            }
        }
        progress.step(weeks.size(), "done");
        progress.finish();
        StringBuilder line = new StringBuilder("Backfill " + weeks.get(0) + " to " + weeks.get(weeks.size() - 1) + ": "
                + counts[BriefingJob.Status.WRITTEN.ordinal()] + " briefing(s) written");
        append(line, counts[BriefingJob.Status.REBUILT.ordinal()], "written again (files missing or changed)");
        append(line, counts[BriefingJob.Status.REPLACED.ordinal()], "replaced");
        append(line, counts[BriefingJob.Status.UP_TO_DATE.ordinal()], "up to date");
        append(line, kept, "kept (written from other inputs; use --force to replace)");
        o.println(line + " under " + job.root());
        return ExitCodes.OK;
    }

    private static void append(StringBuilder line, int count, String what) {
        if (count > 0) {
            line.append(", ").append(count).append(' ').append(what);
        }
    }
}
