package dev.capexbrief.analysis;

import dev.capexbrief.dataset.Period;

import java.time.LocalDate;
import java.time.Month;
import java.util.HashMap;
import java.util.Map;

/**
 * The calendar months and end day of fiscal quarters, worked out once per fiscal calendar and
 * quarter for one analysis: twenty thousand companies reporting the same fifty quarters then share
 * a few hundred labels and dates instead of holding a million copies.
 */
final class QuarterCalendar {
    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

    private final Map<Long, QuarterActual.Months> cache = new HashMap<>();

    /** "Oct–Dec 2024" and 2024-12-31 for a quarter of a fiscal year ending in {@code fye}. */
    QuarterActual.Months of(Period.FiscalQuarter q, Month fye) {
        return cache.computeIfAbsent((long) q.ordinal() * 16 + fye.getValue(), k -> {
            LocalDate start = q.start(fye);
            LocalDate end = q.end(fye);
            return new QuarterActual.Months(q, MONTHS[start.getMonthValue() - 1] + "\u2013" + MONTHS[end.getMonthValue() - 1] + " "
                    + end.getYear(), end);
        });
    }
}
