package dev.capexbrief.delivery;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * What a week folder already holds for one briefing, read under the week's lock: its manifest (if
 * any and readable), and which of the PDF and the workbook are missing or changed against it.
 */
final class WeekFiles {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss").withZone(ZoneOffset.UTC);

    private final Path manifestFile;
    private final Manifest manifest;
    private final String unreadable;
    private final List<Path> present;
    /** Files there whose bytes are not the manifest's: kept aside before a rebuild replaces them. */
    private final List<Path> changed;
    private final List<String> problems;

    private WeekFiles(Path manifestFile, Manifest manifest, String unreadable, List<Path> present, List<Path> changed,
                      List<String> problems) {
        this.manifestFile = manifestFile;
        this.manifest = manifest;
        this.unreadable = unreadable;
        this.present = present;
        this.changed = changed;
        this.problems = problems;
    }

    static WeekFiles look(Path manifestFile, Path pdf, Path xlsx) throws IOException {
        List<Path> present = new ArrayList<>();
        for (Path p : List.of(manifestFile, pdf, xlsx)) {
            if (Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
                present.add(p);
            }
        }
        Manifest manifest = null;
        String unreadable = null;
        if (present.contains(manifestFile)) {
            try {
                manifest = Manifest.read(manifestFile);
            } catch (Manifest.BadManifestException e) {
                unreadable = e.getMessage();
            }
        }
        List<Path> changed = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        if (manifest != null) {
            Path folder = manifestFile.getParent();
            for (Manifest.Output o : List.of(manifest.pdf(), manifest.xlsx())) {
                String problem = o.problem(folder);
                if (problem != null) {
                    problems.add(problem);
                    // a folder or a link in the file's place is not moved: the commit reports it
                    if (Files.isRegularFile(o.in(folder), LinkOption.NOFOLLOW_LINKS)) {
                        changed.add(o.in(folder));
                    }
                }
            }
            for (Path p : List.of(pdf, xlsx)) {
                if (!p.getFileName().toString().equals(manifest.pdf().name())
                        && !p.getFileName().toString().equals(manifest.xlsx().name())) {
                    problems.add(manifestFile + " describes other files than " + p.getFileName());
                }
            }
        }
        return new WeekFiles(manifestFile, manifest, unreadable, present, changed, problems);
    }

    Manifest manifest() {
        return manifest;
    }

    /**
     * What to do for a run that wants {@code wanted}'s inputs: up to date, write, rebuild or
     * replace; throws when an existing briefing must be kept. {@code notes} gets the reasons.
     */
    BriefingJob.Status decide(Manifest wanted, boolean force, List<String> notes) throws BriefingExistsException {
        if (present.isEmpty()) {
            return BriefingJob.Status.WRITTEN;
        }
        if (manifest == null) {
            if (!force) {
                throw new BriefingExistsException(present.get(0).toString(), unreadable != null ? unreadable
                        + "; use --force to write the briefing again"
                        : present.get(0) + " already exists without a manifest (written by an earlier capexbrief); "
                        + "use --force to replace it");
            }
            return BriefingJob.Status.REPLACED;
        }
        if (!problems.isEmpty()) {
            notes.addAll(problems);
            return BriefingJob.Status.REBUILT;
        }
        List<String> differences = wanted.differences(manifest);
        if (differences.isEmpty() && !force) {
            return BriefingJob.Status.UP_TO_DATE;
        }
        if (!force) {
            throw new BriefingExistsException(manifestFile.toString(), manifestFile.getParent() + " already holds the "
                    + manifest.week() + " briefing, written from other inputs (" + String.join("; ", differences)
                    + "); use --force to replace it");
        }
        return BriefingJob.Status.REPLACED;
    }

    /**
     * Moves the files that changed since their manifest was written aside, under a name with the
     * time ({@code capex-briefing-2025-W31.changed-20261207T091500.xlsx}), so a rebuild loses none.
     */
    void keepChanged(Clock clock, List<String> notes) throws IOException {
        String stamp = STAMP.format(clock.instant());
        for (Path p : changed) {
            String name = p.getFileName().toString();
            int dot = name.lastIndexOf('.');
            Path kept = p.resolveSibling((dot < 0 ? name : name.substring(0, dot)) + ".changed-" + stamp
                    + (dot < 0 ? "" : name.substring(dot)));
            Files.move(p, kept);
            notes.add("the changed file is kept as " + kept.getFileName());
        }
    }
}
