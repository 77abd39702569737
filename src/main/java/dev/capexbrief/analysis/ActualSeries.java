package dev.capexbrief.analysis;

import dev.capexbrief.dataset.Confidence;
import dev.capexbrief.dataset.Period;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The actuals stage: annual series per company and basis, quarterly series with their run rates,
 * and calendar-year views of off-calendar companies, all in profile order.
 */
final class ActualSeries {
    private final List<AnnualSeries> history = new ArrayList<>();
    private final List<QuarterSeries> quarterly = new ArrayList<>();
    private final List<CalendarYearActual> calendarYears = new ArrayList<>();

    /**
     * Reads and removes each company's entry of {@code actuals}: this is their last use, and letting go
     * of them as we go keeps the peak low at scale.
     *
     * @param guidance focus-year guidance, for the run rate's comparison with the plan
     */
    ActualSeries(List<CompanyProfile> profiles, Map<String, Map<String, AnnualCapex>> actuals,
                 List<GuidanceLine> guidance, LocalDate asOf) {
        Map<String, GuidanceLine> planById = new HashMap<>();
        guidance.forEach(g -> planById.put(g.company().id(), g));
        QuarterCalendar calendar = new QuarterCalendar();
        List<Quarters> pending = new ArrayList<>();
        for (CompanyProfile p : profiles) {
            Map<String, AnnualCapex> perMetric = actuals.remove(p.id());
            if (!p.basis().isEmpty()) {
                add(p, perMetric, planById.get(p.id()), calendar, pending);
            }
        }
        LatestEnds ends = new LatestEnds(pending);
        for (Quarters q : pending) {
            quarterly.add(quarterSeries(q.profile(), q.quarters(), q.plan(), asOf, ends.stale(q), q.later(),
                    q.laterBasis()));
        }
    }

    /** A company's quarters on its headline basis, waiting for the others' to say whether its latest is stale. */
    private record Quarters(CompanyProfile profile, List<QuarterActual> quarters, GuidanceLine plan,
                            QuarterActual later, String laterBasis) {
        LocalDate end() {
            return quarters.get(quarters.size() - 1).end();
        }
    }

    /** The latest quarter end among the companies, and the latest among all but the company that has it. */
    private static final class LatestEnds {
        private LocalDate first;
        private String firstCompany;
        private LocalDate second;

        LatestEnds(List<Quarters> all) {
            for (Quarters q : all) {
                LocalDate end = q.end();
                if (first == null || end.isAfter(first)) {
                    second = first;
                    first = end;
                    firstCompany = q.profile().id();
                } else if (second == null || end.isAfter(second)) {
                    second = end;
                }
            }
        }

        /** Two quarters or more behind the latest quarter of the other companies. */
        boolean stale(Quarters q) {
            LocalDate others = q.profile().id().equals(firstCompany) ? second : first;
            return others != null
                    && java.time.temporal.ChronoUnit.DAYS.between(q.end(), others) >= QuarterSeries.STALE_DAYS;
        }
    }

    private void add(CompanyProfile p, Map<String, AnnualCapex> perMetric, GuidanceLine plan, QuarterCalendar calendar,
                     List<Quarters> pending) {
        AnnualCapex headline = perMetric.get(p.basis());
        List<OffBasisActual> offBasis = offBasis(p.basis(), headline, perMetric);
        if (headline != null || !offBasis.isEmpty()) {
            history.add(new AnnualSeries(p, p.basis(), true, headline == null ? List.of() : headline.years(), offBasis));
        }
        perMetric.forEach((metric, a) -> {
            if (!metric.equals(p.basis())) {
                history.add(new AnnualSeries(p, metric, false, a.years()));
            }
        });
        if (headline != null) {
            calendarYears.addAll(headline.calendarYears(p));
            List<QuarterActual> quarters = headline.quarters(calendar);
            if (!quarters.isEmpty()) {
                pending.add(withLater(p, quarters, plan, perMetric, calendar));
            }
        }
    }

    /**
     * The company's quarters on its headline basis, with the latest quarter it reported after them on
     * another capex basis only, if any: then the last on the headline basis is not its latest reported
     * quarter, and gives no run rate.
     */
    private static Quarters withLater(CompanyProfile p, List<QuarterActual> quarters, GuidanceLine plan,
                                      Map<String, AnnualCapex> perMetric, QuarterCalendar calendar) {
        QuarterActual later = null;
        String laterBasis = "";
        LocalDate latest = quarters.get(quarters.size() - 1).end();
        for (Map.Entry<String, AnnualCapex> e : perMetric.entrySet()) {
            QuarterActual last = e.getKey().equals(p.basis()) ? null : e.getValue().latestQuarter(calendar).orElse(null);
            if (last != null && last.end().isAfter(latest)) {
                later = last;
                latest = last.end();
                laterBasis = CapexBasis.label(e.getKey());
            }
        }
        return new Quarters(p, quarters, plan, later, laterBasis);
    }

    /**
     * The complete years a company reported only on capex bases other than the one it guides on, each
     * from the first such basis in {@link CapexBasis#rank} order (plain {@code capex}, as the company
     * reports it, first), without growth: so no print is dropped, and none is compared with a plan.
     */
    private static List<OffBasisActual> offBasis(String basis, AnnualCapex headline, Map<String, AnnualCapex> perMetric) {
        java.util.Set<Integer> onBasis = new java.util.HashSet<>();
        if (headline != null) {
            headline.years().forEach(a -> onBasis.add(a.year().year()));
        }
        java.util.TreeMap<Integer, OffBasisActual> out = new java.util.TreeMap<>();
        perMetric.keySet().stream().filter(m -> !m.equals(basis))
                .sorted(java.util.Comparator.comparingInt(CapexBasis::rank).thenComparing(m -> m))
                .forEach(metric -> perMetric.get(metric).years().stream()
                        .filter(a -> !a.partial() && !onBasis.contains(a.year().year()))
                        .forEach(a -> out.putIfAbsent(a.year().year(),
                                new OffBasisActual(metric, CapexBasis.label(metric), a.withYoy(null, null)))));
        return List.copyOf(out.values());
    }

    /**
     * The quarters with the run rate of the latest (× 4). The run rate is compared with the plan only
     * while the latest quarter is current: one that ended more than {@link QuarterSeries#CURRENT_DAYS}
     * days before the as-of date, or two quarters behind the other companies' latest, says nothing about
     * spending now; and never with the plan of a fiscal year that ended before the quarter.
     *
     * @param quarters oldest first, not empty
     * @param plan     the company's focus-year guidance, or null
     */
    static QuarterSeries quarterSeries(CompanyProfile p, List<QuarterActual> quarters, GuidanceLine plan,
                                       LocalDate asOf) {
        return quarterSeries(p, quarters, plan, asOf, false, null, "");
    }

    /**
     * As {@link #quarterSeries(CompanyProfile, List, GuidanceLine, LocalDate)}, for a latest quarter that may be
     * {@code stale} (never current, so never compared with the plan) or followed by a quarter reported only on
     * another basis ({@code later}: then the latest on this basis is not the company's latest and gives no run rate).
     */
    static QuarterSeries quarterSeries(CompanyProfile p, List<QuarterActual> quarters, GuidanceLine plan,
                                       LocalDate asOf, boolean stale, QuarterActual later, String laterBasis) {
        QuarterActual latest = quarters.get(quarters.size() - 1);
        BigDecimal runRate = later != null ? null : latest.value().multiply(BigDecimal.valueOf(4));
        boolean current = !stale && !latest.end().isBefore(asOf.minusDays(QuarterSeries.CURRENT_DAYS));
        // a quarter after the plan's year (Oracle's Jun-Aug 2026 is FY2027) is not measured against the FY2026
        // plan; one of the plan's year, or the quarter the year is entered with (Q4 2024 against 2025), is
        GuidanceLine samePlan = plan != null && plan.period() instanceof Period.FiscalYear fy
                && latest.quarter().year() <= fy.year() ? plan : null;
        BigDecimal vsPlan = samePlan == null || !current || runRate == null || samePlan.central().signum() <= 0 ? null
                : runRate.divide(samePlan.central(), MathContext.DECIMAL64).subtract(BigDecimal.ONE);
        return new QuarterSeries(p, quarters, runRate, latest, vsPlan, current, vsPlan == null ? latest.confidence()
                : Confidence.weakest(latest.confidence(), samePlan.confidence()), samePlan, stale, later, laterBasis);
    }

    /** Annual actuals per company and basis, headline basis first within a company. */
    List<AnnualSeries> history() {
        return history;
    }

    List<QuarterSeries> quarterly() {
        return quarterly;
    }

    List<CalendarYearActual> calendarYears() {
        return calendarYears;
    }
}
