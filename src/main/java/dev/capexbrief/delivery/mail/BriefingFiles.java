package dev.capexbrief.delivery.mail;

import dev.capexbrief.analysis.IsoWeek;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which briefing a file on disk is: its ISO week from the file name ({@code capex-briefing-2025-W06.pdf})
 * or its folder ({@code 2025-W06/}), and its as-of date, so that the analysis can be run again for
 * the numbers in the email.
 */
public final class BriefingFiles {
    private static final Pattern WEEK = Pattern.compile("(?<!\\d)(\\d{4})-?W(\\d{2})(?!\\d)", Pattern.CASE_INSENSITIVE);
    private static final Pattern DATE = Pattern.compile("(?<!\\d)(\\d{4}-\\d{2}-\\d{2})(?!\\d)");

    private BriefingFiles() {
    }

    /**
     * The as-of date of files that form one briefing: a date in the file name ({@code {date}} in the
     * name pattern) when it lies in the week, else the Sunday of the week, as {@code brief --week}
     * writes it.
     */
    public static LocalDate asOf(List<Path> files) {
        IsoWeek week = null;
        for (Path f : files) {
            IsoWeek w = weekOf(f);
            if (week != null && !week.equals(w)) {
                throw new IllegalArgumentException("the files are of different weeks (" + week + " and " + w
                        + "); send one week's briefing at a time");
            }
            week = w;
        }
        if (week == null) {
            throw new IllegalArgumentException("no file to send; name the briefing PDF or use --week");
        }
        IsoWeek w = week;
        return files.stream().map(BriefingFiles::dateIn).flatMap(Optional::stream)
                .filter(d -> IsoWeek.of(d).equals(w)).findFirst().orElse(w.sunday());
    }

    /** The week in the file name, else in its folder's name. */
    public static IsoWeek weekOf(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        for (Path p : new Path[]{abs.getFileName(), abs.getParent() == null ? null : abs.getParent().getFileName()}) {
            if (p == null) {
                continue;
            }
            Matcher m = WEEK.matcher(p.toString());
            if (m.find()) {
                return IsoWeek.parse(m.group(1) + "-W" + m.group(2));
            }
        }
        throw new IllegalArgumentException("cannot tell which week " + file + " is: neither its name nor its folder "
                + "contains an ISO week like 2025-W06; rename it or use send --week");
    }

    private static Optional<LocalDate> dateIn(Path file) {
        Matcher m = DATE.matcher(file.getFileName().toString());
        while (m.find()) {
            try {
                return Optional.of(LocalDate.parse(m.group(1)));
            } catch (DateTimeParseException e) {
                // not a date after all (2025-13-40): keep looking
            }
        }
        return Optional.empty();
    }
}
