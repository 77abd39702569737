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

    /** The label and end day of one fiscal quarter. */
    record Dates(String label, LocalDate end) {
    }

    private final Map<Long, Dates> cache = new HashMap<>();

    /** "Oct–Dec 2024" and 2024-12-31 for a quarter of a fiscal year ending in {@code fye}. */
    Dates of(Period.FiscalQuarter q, Month fye) {
        return cache.computeIfAbsent((long) q.ordinal() * 16 + fye.getValue(), k -> {
            LocalDate start = q.start(fye);
            LocalDate end = q.end(fye);
            return new Dates(MONTHS[start.getMonthValue() - 1] + "\u2013" + MONTHS[end.getMonthValue() - 1] + " "
                    + end.getYear(), end);
        });
    }
}
