package dev.capexbrief.analysis;

import dev.capexbrief.dataset.Confidence;
import dev.capexbrief.dataset.Figure;
import dev.capexbrief.dataset.Kind;
import dev.capexbrief.dataset.Period;
import dev.capexbrief.dataset.Qualifier;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Month;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Annual and quarterly actuals of one company on one basis, in one pass over its figures.
 * A year comes from its annual figure, else from four fiscal quarters; fewer quarters make a
 * partial year, shown as such and never used for growth.
 */
final class AnnualCapex {
    /**
     * A value in report-currency billions: a figure's stated amount times {@code factor}, worked out
     * when summed rather than stored (a million quarters at scale), or a derived amount.
     */
    private record Value(BigDecimal derived, Figure figure, String source, BigDecimal factor, Confidence derivedFrom) {
        /** The figure's grade, or the weakest of the components a derived amount came from. */
        Confidence confidence() {
            return figure == null ? derivedFrom : figure.confidence();
        }

        BigDecimal amount() {
            if (figure == null) {
                return derived;
            }
            BigDecimal stated = figure.amount().central();
            return factor.equals(BigDecimal.ONE) ? stated : stated.multiply(factor);
        }

        /**
         * The decimals a reported year shows: the rule's, never more than it was stated with (counted in
         * billions of its own currency, as a quarter's are; a range's midpoint is computed); a derived
         * amount's, the rule's.
         */
        int decimals() {
            if (figure == null) {
                return MoneyFormat.decimals(derived);
            }
            return MoneyFormat.decimals(figure.amount().times(factor), Converter.stated(figure));
        }

        /** How a reported figure was stated ("more than $21 billion" is a floor); a derived amount is exact. */
        Qualifier qualifier() {
            return figure == null ? Qualifier.EXACT : figure.amount().qualifier();
        }
    }

    private final Map<Integer, Value> annual = new TreeMap<>();
    private final TreeMap<Period.FiscalQuarter, Value> quarters = new TreeMap<>(
            Comparator.comparingInt(Period.FiscalQuarter::ordinal));
    private final Month fye;
    private Figure latest;
    private List<AnnualActual> years;
    private List<QuarterActual> quarterList;

    AnnualCapex(Month fye) {
        this.fye = fye;
    }

    /**
     * Adds an actual on this basis, {@code factor} turning its central amount into report-currency
     * billions; later announcements of the same period replace earlier ones (restatements).
     */
    void add(Figure f, BigDecimal factor) {
        if (f.kind() != Kind.ACTUAL) {
            return;
        }
        Period p = f.period().inFiscalYears(fye);
        if (p instanceof Period.CalendarQuarter cq) {
            Optional<Period.FiscalQuarter> fq = Period.fiscalQuarterOf(cq, fye);
            if (fq.isEmpty()) {
                return;
            }
            p = fq.get();
        }
        years = null;
        quarterList = null;
        if (latest == null || f.announced().isAfter(latest.announced())
                || f.announced().equals(latest.announced()) && f.line() > latest.line()) {
            latest = f;
        }
        if (p instanceof Period.FiscalYear fy) {
            annual.merge(fy.year(), new Value(null, f, f.source(), factor, null), AnnualCapex::later);
        } else if (p instanceof Period.FiscalQuarter fq) {
            quarters.merge(fq, new Value(null, f, f.source(), factor, null), AnnualCapex::later);
        }
    }

    private static Value later(Value a, Value b) {
        int c = b.figure().announced().compareTo(a.figure().announced());
        return c > 0 || (c == 0 && b.figure().line() > a.figure().line()) ? b : a;
    }

    /**
     * Adds a derived annual value (e.g. purchases minus proceeds) where no reported one exists and
     * the year's four quarters are not all reported on this basis, {@code confidence} the weakest
     * grade of its components.
     */
    void deriveYear(int year, BigDecimal value, String how, Confidence confidence) {
        if (quarters.keySet().stream().filter(q -> q.year() == year).count() == 4) {
            // four reported quarters on this basis say more than a sum of other lines
            return;
        }
        years = null;
        annual.putIfAbsent(year, new Value(value, null, how, BigDecimal.ONE, confidence));
    }

    /** The note of the latest announced figure on this basis (what the company calls the line), or "". */
    String latestNote() {
        return latest == null || latest.note() == null ? "" : latest.note();
    }

    /** The reported (not derived, not summed) annual value of a fiscal year, if any. */
    Optional<BigDecimal> reportedYear(int year) {
        Value v = annual.get(year);
        return v == null || v.figure() == null ? Optional.empty() : Optional.of(v.amount());
    }

    boolean hasQuarter(Period.FiscalQuarter quarter) {
        return quarters.containsKey(quarter);
    }

    boolean hasYear(int year) {
        return annual.containsKey(year);
    }

    /** Annual actuals, oldest first (computed once until a figure is added). */
    List<AnnualActual> years() {
        if (years == null) {
            years = List.copyOf(computeYears());
        }
        return years;
    }

    private List<AnnualActual> computeYears() {
        TreeMap<Integer, AnnualActual> out = new TreeMap<>();
        TreeMap<Integer, List<Value>> byYear = new TreeMap<>();
        quarters.forEach((q, v) -> byYear.computeIfAbsent(q.year(), y -> new ArrayList<>()).add(v));
        for (Map.Entry<Integer, Value> e : annual.entrySet()) {
            Value v = e.getValue();
            Provenance provenance = v.figure() == null ? new Provenance.Derived(v.source())
                    : new Provenance.Reported(v.source());
            out.put(e.getKey(), new AnnualActual(new Period.FiscalYear(e.getKey()), v.amount(), provenance, null,
                    v.confidence(), null, v.decimals(), v.qualifier(), null));
        }
        Provenance summed = null; // the years summed from quarters of one filing source share one provenance
        for (Map.Entry<Integer, List<Value>> e : byYear.entrySet()) {
            if (out.containsKey(e.getKey())) {
                continue;
            }
            BigDecimal sum = e.getValue().stream().map(Value::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            Confidence weakest = e.getValue().stream().map(Value::confidence)
                    .reduce(Confidence.VERIFIED, Confidence::weakest);
            int n = e.getValue().size();
            String latest = e.getValue().get(n - 1).source();
            if (n == 4 && (summed == null || !java.util.Objects.equals(summed.source(), latest))) {
                summed = new Provenance.SummedFromQuarters(latest);
            }
            Provenance provenance = n == 4 ? summed : new Provenance.PartialYear(n, latest);
            // a sum is computed, whatever its quarters' precision: four quarters of $10B make $40.0B
            out.put(e.getKey(), new AnnualActual(new Period.FiscalYear(e.getKey()), sum, provenance, null,
                    weakest, null, MoneyFormat.decimals(sum), Qualifier.EXACT, null));
        }
        List<AnnualActual> result = new ArrayList<>();
        AnnualActual previous = null;
        for (AnnualActual a : out.values()) {
            BigDecimal yoy = null;
            if (!a.partial() && previous != null && !previous.partial()
                    && previous.year().year() == a.year().year() - 1 && previous.value().signum() > 0) {
                yoy = a.value().divide(previous.value(), MathContext.DECIMAL64).subtract(BigDecimal.ONE);
            }
            AnnualActual withYoy = a.withYoy(yoy, previous);
            result.add(withYoy);
            previous = withYoy;
        }
        return result;
    }

    /** The complete (non-partial) actual for a fiscal year, if any. */
    Optional<AnnualActual> year(int year) {
        return years().stream().filter(a -> a.year().year() == year && !a.partial()).findFirst();
    }

    /**
     * Calendar years fully covered by fiscal quarters: only meaningful when the fiscal year ends in
     * March, June or September, so that fiscal quarters line up with calendar quarters.
     */
    List<CalendarYearActual> calendarYears(CompanyProfile company) {
        List<CalendarYearActual> out = new ArrayList<>();
        if (fye == Month.DECEMBER || fye.getValue() % 3 != 0) {
            return out;
        }
        java.util.Set<Integer> years = new java.util.TreeSet<>();
        quarters.keySet().forEach(q -> years.add(q.end(fye).getYear()));
        for (int year : years) {
            BigDecimal sum = BigDecimal.ZERO;
            List<String> labels = new ArrayList<>();
            for (int cq = 1; cq <= 4; cq++) {
                Optional<Period.FiscalQuarter> fq = Period.fiscalQuarterOf(new Period.CalendarQuarter(year, cq), fye);
                Value v = fq.map(quarters::get).orElse(null);
                if (v == null) {
                    break;
                }
                sum = sum.add(v.amount());
                labels.add(fq.get().label());
            }
            if (labels.size() == 4) {
                out.add(new CalendarYearActual(company, year, sum, labels));
            }
        }
        return out;
    }

    /** The latest quarter on this basis, labelled from {@code calendar}, without building the others. */
    Optional<QuarterActual> latestQuarter(QuarterCalendar calendar) {
        if (quarters.isEmpty()) {
            return Optional.empty();
        }
        Map.Entry<Period.FiscalQuarter, Value> last = quarters.lastEntry();
        return Optional.of(actual(last.getKey(), last.getValue(), calendar));
    }

    private QuarterActual actual(Period.FiscalQuarter q, Value v, QuarterCalendar calendar) {
        return new QuarterActual(calendar.of(q, fye), v.figure(), v.factor());
    }

    /** Quarterly actuals, oldest first (computed once until a figure is added), labelled from {@code calendar}. */
    List<QuarterActual> quarters(QuarterCalendar calendar) {
        if (quarterList == null) {
            List<QuarterActual> out = new ArrayList<>();
            quarters.forEach((q, v) -> out.add(actual(q, v, calendar)));
            quarterList = List.copyOf(out);
        }
        return quarterList;
    }
}
