package dev.capexbrief.dataset.edgar;

import dev.capexbrief.dataset.Period;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One company's facts to its imported actuals: the fiscal calendar from its filings, its reporting
 * currency, then each metric's history.
 */
final class CompanyImport {
    /** Quarters in order, then the year they end: Q4 and FY end on the same day. */
    private static final Comparator<Period> PERIOD_ORDER = Comparator
            .comparingInt(CompanyImport::fiscalYear)
            .thenComparingInt(p -> p instanceof Period.FiscalQuarter q ? q.quarter() : 5);
    static final Comparator<ImportedActual> ORDER = Comparator.comparing(ImportedActual::metric)
            .thenComparing(ImportedActual::period, PERIOD_ORDER)
            .thenComparing(ImportedActual::announced)
            .thenComparing(ImportedActual::accession);

    private final ConceptMap concepts;

    CompanyImport(ConceptMap concepts) {
        this.concepts = concepts;
    }

    ImportedCompany apply(CompanyFacts company) {
        List<Fact> all = company.concepts().stream().flatMap(c -> c.facts().stream()).toList();
        Optional<FiscalCalendar> calendar = FiscalCalendar.infer(all);
        Optional<String> currency = reportingCurrency(company.concepts());
        if (calendar.isEmpty() || currency.isEmpty()) {
            return new ImportedCompany(company.cik(), company.entityName(), null, null, List.of());
        }
        List<ImportedActual> actuals = new ArrayList<>();
        for (ConceptMap.Metric metric : concepts.metrics()) {
            actuals.addAll(new MetricHistory(metric, calendar.get(), currency.get()).actuals(company.concepts()));
        }
        actuals.sort(ORDER);
        return new ImportedCompany(company.cik(), company.entityName(), calendar.get().fiscalYearEnd(), null, actuals);
    }

    /**
     * The currency most of the company's facts are in. A foreign filer adds convenience translations
     * (TSMC reports in TWD and repeats some years in USD); those would be a second, different figure
     * for the same period, so only the reporting currency is kept. A tie goes to the first code alphabetically.
     */
    static Optional<String> reportingCurrency(List<ConceptFacts> concepts) {
        Map<String, Integer> count = new TreeMap<>();
        for (ConceptFacts c : concepts) {
            count.merge(c.unit(), c.facts().size(), Integer::sum);
        }
        return count.entrySet().stream()
                .filter(e -> e.getValue() > 0)
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .map(Map.Entry::getKey);
    }

    private static int fiscalYear(Period p) {
        if (p instanceof Period.FiscalQuarter q) {
            return q.year();
        }
        if (p instanceof Period.FiscalYear y) {
            return y.year();
        }
        throw new IllegalArgumentException(p.label() + " is not a fiscal period");
    }
}
