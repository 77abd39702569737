package dev.capexbrief.analysis;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An ISO 8601 week such as {@code 2025-W06}; a weekly briefing is as of its Sunday. */
public record IsoWeek(int year, int week) implements Comparable<IsoWeek> {
    private static final Pattern FORMAT = Pattern.compile("(\\d{4})-?W(\\d{1,2})");

    public IsoWeek {
        if (week < 1 || week > weeksIn(year)) {
            throw new IllegalArgumentException(year + " has ISO weeks 1-" + weeksIn(year) + ", not " + week);
        }
    }

    /** Parses {@code 2025-W06} (or {@code 2025W6}). */
    public static IsoWeek parse(String text) {
        Matcher m = FORMAT.matcher(text.strip().toUpperCase(java.util.Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not an ISO week; write it like 2025-W06");
        }
        return new IsoWeek(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    public static IsoWeek of(LocalDate date) {
        return new IsoWeek(date.get(IsoFields.WEEK_BASED_YEAR), date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    static int weeksIn(int year) {
        return (int) LocalDate.of(year, 12, 28).range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum();
    }

    public LocalDate monday() {
        return LocalDate.of(year, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week).with(DayOfWeek.MONDAY);
    }

    public LocalDate sunday() {
        return monday().plusDays(6);
    }

    public IsoWeek next() {
        return of(sunday().plusDays(1));
    }

    /** Every week from this one to {@code last}, inclusive. */
    public List<IsoWeek> through(IsoWeek last) {
        if (last.compareTo(this) < 0) {
            throw new IllegalArgumentException("--to " + last + " is before --from " + this);
        }
        List<IsoWeek> out = new ArrayList<>();
        for (IsoWeek w = this; w.compareTo(last) <= 0; w = w.next()) {
            out.add(w);
        }
        return out;
    }

    @Override
    public int compareTo(IsoWeek o) {
        return year != o.year ? Integer.compare(year, o.year) : Integer.compare(week, o.week);
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "%d-W%02d", year, week);
    }
}
