package dev.capexbrief.delivery.mail;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code sent_at} of a send-log row, as capexbrief wrote it ({@code 2025-02-10T07:30:00Z}) or
 * as a spreadsheet re-saved it: {@code 2025-02-10 07:30}, {@code 10/02/2025 07:30},
 * {@code 2/10/2025 7:30 AM}, {@code 10.02.2025 07:30:00}, a bare date, or an Excel serial number
 * ({@code 45698.3125}). Times without a zone are UTC, the zone the log is written in. A day and
 * month that could be either way round ({@code 03/02/2025}) are read day first unless the row's
 * Message-ID, which capexbrief stamps with the exact time, says otherwise.
 */
final class LoggedTime {
    private static final String CLOCK = "(?:[ T,]+(\\d{1,2})[:.h](\\d{2})(?:[:.](\\d{2})(?:[.,]\\d{1,9})?)?\\s*([AaPp][Mm])?)?";
    private static final String ZONE = "\\s*(Z|UTC|GMT|[+-]\\d{2}:?\\d{2})?";
    private static final Pattern YEAR_FIRST = Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})" + CLOCK + ZONE);
    private static final Pattern YEAR_LAST = Pattern.compile("(\\d{1,2})([-/.])(\\d{1,2})\\2(\\d{4}|\\d{2})" + CLOCK + ZONE);
    private static final Pattern SERIAL = Pattern.compile("(\\d{5})(?:[.,](\\d{1,15}))?");
    private static final Pattern STAMP = Pattern.compile("^<?capexbrief\\.[^.]+\\.(\\d{8}T\\d{6}\\.\\d{3}Z)\\.");
    private static final DateTimeFormatter STAMP_TIME = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss.SSSX");
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

    private LoggedTime() {
    }

    /**
     * The time a row gives, or empty when it cannot be read.
     *
     * @param stamped the time in the row's Message-ID, or null
     */
    static Optional<Instant> parse(String text, Instant stamped) {
        String t = text.strip();
        try {
            return Optional.of(Instant.parse(t));
        } catch (DateTimeException e) {
            // not as capexbrief writes it: try what spreadsheets write
        }
        try {
            Matcher m = YEAR_FIRST.matcher(t);
            if (m.matches()) {
                return Optional.of(at(year(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), m, 4));
            }
            m = YEAR_LAST.matcher(t);
            if (m.matches()) {
                return Optional.of(dayMonth(m, stamped));
            }
            m = SERIAL.matcher(t);
            if (m.matches()) {
                double days = Double.parseDouble(m.group(1) + "." + (m.group(2) == null ? "0" : m.group(2)));
                long seconds = Math.round(days * 86_400);
                return Optional.of(EXCEL_EPOCH.atStartOfDay().plusSeconds(seconds).toInstant(ZoneOffset.UTC));
            }
        } catch (DateTimeException | NumberFormatException e) {
            // 31/31/2025, 25:00: not a time
        }
        return Optional.empty();
    }

    /** The time capexbrief stamped into a Message-ID it made, or null for any other Message-ID. */
    static Instant stamped(String messageId) {
        Matcher m = STAMP.matcher(messageId.strip());
        if (!m.find()) {
            return null;
        }
        try {
            return STAMP_TIME.parse(m.group(1), Instant::from);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static Instant dayMonth(Matcher m, Instant stamped) {
        int a = Integer.parseInt(m.group(1));
        int b = Integer.parseInt(m.group(3));
        int year = year(m.group(4));
        if (a > 12 || b > 12 || a == b) {
            return a > 12 ? at(year, b, a, m, 5) : at(year, a, b, m, 5);
        }
        Instant dayFirst = at(year, b, a, m, 5);
        Instant monthFirst = at(year, a, b, m, 5);
        if (stamped != null && distance(monthFirst, stamped) < distance(dayFirst, stamped)) {
            return monthFirst;
        }
        return dayFirst;
    }

    private static long distance(Instant a, Instant b) {
        return Math.abs(ChronoUnit.SECONDS.between(a, b));
    }

    private static int year(String y) {
        int v = Integer.parseInt(y);
        return y.length() == 2 ? 2000 + v : v;
    }

    /** The date with the clock and zone groups starting at {@code g}: hour, minute, second, AM/PM, zone. */
    private static Instant at(int year, int month, int day, Matcher m, int g) {
        LocalTime time = LocalTime.MIDNIGHT;
        if (m.group(g) != null) {
            int hour = Integer.parseInt(m.group(g));
            String half = m.group(g + 3);
            if (half != null) {
                if (hour < 1 || hour > 12) {
                    throw new DateTimeException("hour " + hour + " with " + half);
                }
                hour = hour % 12 + (half.toUpperCase(Locale.ROOT).equals("PM") ? 12 : 0);
            }
            int second = m.group(g + 2) == null ? 0 : Integer.parseInt(m.group(g + 2));
            time = LocalTime.of(hour, Integer.parseInt(m.group(g + 1)), second);
        }
        String zone = m.group(g + 4);
        ZoneOffset offset = zone == null || zone.equals("Z") || zone.equals("UTC") || zone.equals("GMT") ? ZoneOffset.UTC
                : ZoneOffset.of(zone.length() == 5 ? zone.substring(0, 3) + ":" + zone.substring(3) : zone);
        return LocalDateTime.of(LocalDate.of(year, month, day), time).toInstant(offset);
    }
}
