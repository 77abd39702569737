package dev.capexbrief.cli;

import dev.capexbrief.analysis.IsoWeek;
import dev.capexbrief.delivery.Config;
import dev.capexbrief.delivery.Manifest;
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

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code capexbrief send}: emails briefing files that are already written. The email is written
 * from the briefing's manifest alone (the values recorded when its PDF was rendered), never from a
 * new analysis, and a file whose bytes no longer match the manifest is not sent.
 */
@Command(name = "send", mixinStandardHelpOptions = true,
        description = {"Email a briefing that is already written: the PDF (and with --attach-workbook the workbook).",
                "With --week, the briefing of that week under the output root; with FILE..., those files; "
                        + "with neither, the current ISO week's (what plain 'brief' writes).",
                "The email is written from the briefing's manifest (capex-briefing-<week>.json), so it says what the "
                        + "PDF says; a file changed since it was written is refused.",
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

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD|latest", converter = AsOf.Converter.class,
            description = "Send the briefing written with brief --as-of this date.")
    AsOf asOf;

    @Parameters(paramLabel = "FILE", arity = "0..*",
            description = "Briefing files to attach (the PDF first, and the workbook); their manifest is the .json beside them.")
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
        if (data.dataGiven()) {
            throw new IllegalArgumentException("send does not read a dataset: the email is written from the briefing's "
                    + "manifest, so it says what its PDF says; leave out --data");
        }
        Config config = data.config();
        EmailOptions.Plan plan = email.plan(config, toAlias, fromAlias);
        TemplateSet templates = output.templates(config);
        OutputLayout layout = output.layout(config);
        Path manifestFile;
        List<Manifest.Output> attached;
        Manifest manifest;
        if (files.isEmpty()) {
            LocalDate date = asOf != null ? latest(asOf, layout) : week != null ? IsoWeek.parse(week).sunday()
                    : email.today();
            manifestFile = find(layout, IsoWeek.of(date).toString(), date);
            manifest = Manifest.read(manifestFile);
            attached = email.attachments(manifest);
        } else {
            manifestFile = besideFirst(files);
            manifest = Manifest.read(manifestFile);
            attached = named(manifest, manifestFile, files);
        }
        requireCurrency(manifest, config);
        for (Manifest.Output f : attached) {
            String problem = f.problem(manifestFile.getParent());
            if (problem != null) {
                throw new MailDeliveryException(problem + ", so it is not sent: it no longer matches " + manifestFile
                        + "; rebuild it with capexbrief brief --week " + manifest.week() + ", then send it");
            }
        }
        email.send(plan, manifest, manifestFile.getParent(), attached, templates, layout.root(), o);
        return ExitCodes.OK;
    }

    /** {@code --as-of latest} for send means the newest briefing's date, which only brief knows: refused. */
    private static LocalDate latest(AsOf asOf, OutputLayout layout) {
        if (asOf.day() == null) {
            throw new IllegalArgumentException("send --as-of needs a date (the one brief --as-of was given); "
                    + "or name the files, or use --week");
        }
        return asOf.day();
    }

    private void requireCurrency(Manifest manifest, Config config) {
        if (output.currency != null && !output.currency(config).equals(manifest.currency())) {
            throw new IllegalArgumentException("the " + manifest.week() + " briefing is in " + manifest.currency()
                    + ", not " + output.currency(config) + "; leave out --currency (send sends the briefing as written)");
        }
    }

    /**
     * The week's manifest: the one the name pattern gives for this date, or, when the pattern
     * names dates, the only manifest of that week in its folder.
     */
    private static Path find(OutputLayout layout, String isoWeek, LocalDate date) throws IOException {
        Path expected = layout.manifest(isoWeek, date);
        if (Files.isRegularFile(expected)) {
            return expected;
        }
        if (layout.namesDates() && Files.isDirectory(layout.folder(isoWeek))) {
            List<Path> found = new ArrayList<>();
            try (DirectoryStream<Path> json = Files.newDirectoryStream(layout.folder(isoWeek), "*.json")) {
                json.forEach(found::add);
            }
            if (found.size() == 1) {
                return found.get(0);
            }
            if (found.size() > 1) {
                throw new IllegalArgumentException(layout.folder(isoWeek) + " holds " + found.size()
                        + " briefings; say which with --as-of DATE, or name its PDF");
            }
        }
        String pdf = layout.pdf(isoWeek, date).toString();
        throw new MailDeliveryException(Files.isRegularFile(Path.of(pdf))
                ? pdf + " has no manifest (" + expected.getFileName() + "), so its email cannot be written from it; "
                + "write the briefing again with capexbrief brief --week " + isoWeek + " --force"
                : "no briefing for " + isoWeek + " under " + layout.root() + " (" + expected.getFileName()
                + " not found); write it first with capexbrief brief --week " + isoWeek + ", or name the files to send");
    }

    /** The manifest beside the first file: the same name with .json. */
    private static Path besideFirst(List<Path> files) throws MailDeliveryException {
        BriefingFiles.weekOf(files.get(0));
        Path first = files.get(0).toAbsolutePath().normalize();
        String name = first.getFileName().toString();
        int dot = name.lastIndexOf('.');
        Path manifest = first.resolveSibling((dot < 0 ? name : name.substring(0, dot)) + ".json");
        if (!Files.isRegularFile(manifest)) {
            throw new MailDeliveryException(first + " has no manifest beside it (" + manifest.getFileName()
                    + "), so its email cannot be written; send briefings that capexbrief brief wrote, in their folder");
        }
        return manifest;
    }

    /** The files named on the command line, each one of the two its manifest describes. */
    private static List<Manifest.Output> named(Manifest manifest, Path manifestFile, List<Path> files)
            throws MailDeliveryException {
        List<Manifest.Output> out = new ArrayList<>();
        for (Path f : files) {
            Path abs = f.toAbsolutePath().normalize();
            Manifest.Output o = abs.getParent().equals(manifestFile.getParent())
                    ? List.of(manifest.pdf(), manifest.xlsx()).stream()
                    .filter(x -> x.name().equals(abs.getFileName().toString())).findFirst().orElse(null)
                    : null;
            if (o == null) {
                throw new MailDeliveryException(f + " is not one of the files " + manifestFile + " describes ("
                        + manifest.pdf().name() + ", " + manifest.xlsx().name() + ")");
            }
            out.add(o);
        }
        if (!out.get(0).equals(manifest.pdf())) {
            throw new IllegalArgumentException("name the briefing PDF first (" + manifest.pdf().name() + ")");
        }
        return out;
    }
}
