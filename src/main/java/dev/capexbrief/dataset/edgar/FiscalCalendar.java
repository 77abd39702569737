package dev.capexbrief.dataset.edgar;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * A company's fiscal calendar as its filings show it: the month its fiscal year ends in, and which
 * fiscal quarter or year-to-date span a fact's dates cover. Filers on a 52/53-week year end their
 * periods on a weekday near a month end (NVIDIA's FY2024 ended on 2024-01-28, Marvell's on
 * 2024-02-03, Apple's FY2025 on 2025-09-27); a date within {@value #MONTH_END_DAYS} days of a
 * month end belongs to that month, so those are January, January and September.
 */
public record FiscalCalendar(Month fiscalYearEnd) {
    /** 52/53-week periods end at most six days from their month end ("last Saturday", "Saturday nearest"). */
    static final int MONTH_END_DAYS = 7;

    public FiscalCalendar {
        Objects.requireNonNull(fiscalYearEnd, "fiscalYearEnd");
    }

    /**
     * Infers the fiscal-year-end month: the month most annual facts (about a year long, from a
     * 10-K, 20-F or 40-F) end in, the latest one on a tie. Without annual facts (a company in its first
     * year), the month three quarters after the end of its Q1..Q3 10-Q reports. Empty when neither is there.
     */
    public static Optional<FiscalCalendar> infer(Collection<Fact> facts) {
        Optional<Month> annual = mostCommon(facts.stream()
                .filter(f -> isAnnualForm(f.form()) && Durations.YEAR.fits(f.days()))
                .map(Fact::end).toList());
        if (annual.isPresent()) {
            return annual.map(FiscalCalendar::new);
        }
        return fromQuarterlyReports(facts).map(FiscalCalendar::new);
    }

    /** The month end a period-end date belongs to, or empty when it is not within a few days of one. */
    public static Optional<YearMonth> monthOf(LocalDate periodEnd) {
        YearMonth same = YearMonth.from(periodEnd);
        long toEnd = ChronoUnit.DAYS.between(periodEnd, same.atEndOfMonth());
        long sincePrevious = ChronoUnit.DAYS.between(same.minusMonths(1).atEndOfMonth(), periodEnd);
        if (Math.min(toEnd, sincePrevious) > MONTH_END_DAYS) {
            return Optional.empty();
        }
        return Optional.of(toEnd <= sincePrevious ? same : same.minusMonths(1));
    }

    /**
     * The fiscal span a duration fact covers, or empty when it is none: an instant, a period that does
     * not start and end at fiscal quarter boundaries, a length outside the quarter, half, nine-month and
     * year ranges, or twelve months ending mid-year (trailing twelve months are never a quarter or a year).
     */
    Optional<FactPeriod> classify(LocalDate start, LocalDate end) {
        if (start == null) {
            return Optional.empty();
        }
        Optional<YearMonth> from = monthOf(start.minusDays(1));
        Optional<YearMonth> to = monthOf(end);
        if (from.isEmpty() || to.isEmpty()) {
            return Optional.empty();
        }
        long months = from.get().until(to.get(), ChronoUnit.MONTHS);
        long days = ChronoUnit.DAYS.between(start, end) + 1;
        if (!Durations.fits(months, days)) {
            return Optional.empty();
        }
        YearMonth last = to.get();
        int fiscalYear = last.getMonthValue() <= fiscalYearEnd.getValue() ? last.getYear() : last.getYear() + 1;
        long beforeYearEnd = last.until(YearMonth.of(fiscalYear, fiscalYearEnd), ChronoUnit.MONTHS);
        if (beforeYearEnd % 3 != 0) {
            return Optional.empty();
        }
        int quarter = 4 - (int) (beforeYearEnd / 3);
        if (months != 3 && months != 3L * quarter) {
            return Optional.empty();
        }
        return Optional.of(new FactPeriod(fiscalYear, quarter, (int) months));
    }

    static boolean isAnnualForm(String form) {
        return form.startsWith("10-K") || form.startsWith("20-F") || form.startsWith("40-F");
    }

    private static Optional<Month> mostCommon(Collection<LocalDate> periodEnds) {
        Map<Month, Integer> count = new HashMap<>();
        Map<Month, LocalDate> latest = new HashMap<>();
        for (LocalDate end : new TreeSet<>(periodEnds)) {
            monthOf(end).ifPresent(ym -> {
                count.merge(ym.getMonth(), 1, Integer::sum);
                latest.merge(ym.getMonth(), end, (a, b) -> a.isAfter(b) ? a : b);
            });
        }
        return count.keySet().stream()
                .max(Comparator.comparing((Month m) -> count.get(m)).thenComparing(latest::get));
    }

    /** A Q1..Q3 report's current period ends the latest of its facts; the year ends 3..9 months after it. */
    private static Optional<Month> fromQuarterlyReports(Collection<Fact> facts) {
        Map<String, Fact> current = new HashMap<>();
        for (Fact f : facts) {
            if (f.fp() != null && f.fp().matches("Q[123]") && f.isDuration()) {
                current.merge(f.accn(), f, (a, b) -> a.end().isAfter(b.end()) ? a : b);
            }
        }
        return mostCommon(current.values().stream()
                .map(f -> f.end().plusMonths(3L * (4 - (f.fp().charAt(1) - '0'))))
                .toList());
    }
}
