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
        for (CompanyProfile p : profiles) {
            Map<String, AnnualCapex> perMetric = actuals.remove(p.id());
            if (!p.basis().isEmpty()) {
                add(p, perMetric, planById.get(p.id()), calendar, asOf);
            }
        }
    }

    private void add(CompanyProfile p, Map<String, AnnualCapex> perMetric, GuidanceLine plan, QuarterCalendar calendar,
                     LocalDate asOf) {
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
                quarterly.add(quarterSeries(p, quarters, plan, asOf));
            }
        }
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
     * days before the as-of date says nothing about spending now, and never with the plan of a fiscal
     * year that ended before the quarter.
     *
     * @param quarters oldest first, not empty
     * @param plan     the company's focus-year guidance, or null
     */
    static QuarterSeries quarterSeries(CompanyProfile p, List<QuarterActual> quarters, GuidanceLine plan,
                                       LocalDate asOf) {
        QuarterActual latest = quarters.get(quarters.size() - 1);
        BigDecimal runRate = latest.value().multiply(BigDecimal.valueOf(4));
        boolean current = !latest.end().isBefore(asOf.minusDays(QuarterSeries.CURRENT_DAYS));
        // a quarter after the plan's year (Oracle's Jun-Aug 2026 is FY2027) is not measured against the FY2026
        // plan; one of the plan's year, or the quarter the year is entered with (Q4 2024 against 2025), is
        GuidanceLine samePlan = plan != null && plan.period() instanceof Period.FiscalYear fy
                && latest.quarter().year() <= fy.year() ? plan : null;
        BigDecimal vsPlan = samePlan == null || !current || samePlan.central().signum() <= 0 ? null
                : runRate.divide(samePlan.central(), MathContext.DECIMAL64).subtract(BigDecimal.ONE);
        return new QuarterSeries(p, quarters, runRate, latest, vsPlan, current, vsPlan == null ? latest.confidence()
                : Confidence.weakest(latest.confidence(), samePlan.confidence()), samePlan);
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
