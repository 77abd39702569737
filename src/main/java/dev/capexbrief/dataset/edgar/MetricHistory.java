package dev.capexbrief.dataset.edgar;

import dev.capexbrief.dataset.Period;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * One metric of one company through time: its filings replayed in the order they were filed, so that
 * every figure is what was known on a filing day.
 *
 * <p>Per fiscal span (a quarter, H1, 9M, a year) the value known is the one from the latest filing that
 * reported the span, whatever tag that filing used. That is how a filer's current tag takes over
 * from a stale one: NVIDIA's {@code PaymentsToAcquirePropertyPlantAndEquipment} facts stop in 2020,
 * every later filing reports {@code PaymentsToAcquireProductiveAssets}, so no period a later filing
 * covers keeps an old-tag value that differs from it. The concept map's preference order only decides
 * between two tags one filing reports for the same span. A filing that repeats the known value (a
 * comparative, maybe rounded coarser) changes nothing, so a figure keeps the filing that first
 * reported it.
 *
 * <p>After each filing, the fiscal years it touched are valued again ({@link Decumulation}); a value
 * that differs from the figure last emitted for its period is emitted as a new figure on that
 * filing's day: the first one, or a restatement of the one before.
 */
final class MetricHistory {
    private static final Comparator<Observation> FILING_ORDER = Comparator
            .comparing((Observation o) -> o.value().filing())
            .thenComparingInt(Observation::rank)
            .thenComparingInt(Observation::order);

    /** One fact placed in the fiscal calendar; {@code rank} is its tag's place in the chain, {@code order} its place in the payload. */
    private record Observation(FactPeriod span, ReportedValue value, int rank, int order) {
    }

    private final ConceptMap.Metric metric;
    private final FiscalCalendar calendar;
    private final String currency;

    MetricHistory(ConceptMap.Metric metric, FiscalCalendar calendar, String currency) {
        this.metric = metric;
        this.calendar = calendar;
        this.currency = currency;
    }

    /** The figures of this metric from the payload's facts for its concepts, in {@code currency}. */
    List<ImportedActual> actuals(List<ConceptFacts> facts) {
        List<Observation> observations = observations(facts);
        Map<FactPeriod, ReportedValue> known = new HashMap<>();
        Map<Period, BigDecimal> emitted = new HashMap<>();
        List<ImportedActual> out = new ArrayList<>();
        int i = 0;
        while (i < observations.size()) {
            Filing filing = observations.get(i).value().filing();
            Set<FactPeriod> reportedHere = new HashSet<>();
            SortedSet<Integer> touched = new TreeSet<>();
            for (; i < observations.size() && observations.get(i).value().filing().equals(filing); i++) {
                Observation o = observations.get(i);
                // a tag earlier in the chain already gave this span in this filing
                if (reportedHere.add(o.span())) {
                    ReportedValue before = known.get(o.span());
                    if (before == null || !Rounding.sameFigure(before.value(), o.value().value())) {
                        known.put(o.span(), o.value());
                        touched.add(o.span().fiscalYear());
                    }
                }
            }
            for (int year : touched) {
                for (Period period : periodsOf(year)) {
                    Decumulation.valueOf(period, known).ifPresent(r -> emitIfNew(period, r, emitted, out));
                }
            }
        }
        return out;
    }

    private List<Observation> observations(List<ConceptFacts> facts) {
        List<Observation> out = new ArrayList<>();
        int order = 0;
        for (ConceptFacts cf : facts) {
            int rank = metric.rank(cf.concept());
            if (rank < 0 || !cf.unit().equals(currency)) {
                continue;
            }
            for (Fact f : cf.facts()) {
                Optional<FactPeriod> span = calendar.classify(f.start(), f.end());
                if (span.isPresent()) {
                    ReportedValue v = new ReportedValue(f.val(), cf.concept(), f.filing(), f.start(), f.end());
                    out.add(new Observation(span.get(), v, rank, order));
                }
                order++;
            }
        }
        out.sort(FILING_ORDER);
        return out;
    }

    private void emitIfNew(Period period, Decumulation.Result r, Map<Period, BigDecimal> emitted, List<ImportedActual> out) {
        BigDecimal previous = emitted.get(period);
        if (previous != null && Rounding.sameFigure(previous, r.value())) {
            return;
        }
        emitted.put(period, r.value());
        Filing f = r.filing();
        out.add(new ImportedActual(metric.id(), period, r.value(), currency, f.filed(), f.form(), f.accession(),
                r.reported().concept().qualified(), r.derivation(), previous != null, previous, r.start(), r.end()));
    }

    private static List<Period> periodsOf(int fiscalYear) {
        Period.FiscalYear y = new Period.FiscalYear(fiscalYear);
        return List.of(y.quarter(1), y.quarter(2), y.quarter(3), y.quarter(4), y);
    }
}
