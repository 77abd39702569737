package dev.capexbrief.dataset.edgar;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import static dev.capexbrief.dataset.edgar.Concept.ifrs;
import static dev.capexbrief.dataset.edgar.Concept.usGaap;

/**
 * Which XBRL concepts feed which capexbrief metric: per metric, the chain of tags filers have used,
 * in preference order, us-gaap first and then ifrs-full (a filer uses one of the two). The order
 * only decides between two tags that one filing reports for the same period; across filings the
 * latest filing wins, whatever its tag (see {@link MetricHistory}).
 */
public final class ConceptMap {
    public static final String CAPEX_PURCHASES = "capex_purchases_ppe";
    public static final String PPE_SALE_PROCEEDS = "ppe_sale_proceeds_incentives";
    public static final String FINANCE_LEASE_PRINCIPAL = "finance_lease_principal_payments";
    public static final String LEASE_LIABILITY_PAYMENTS = "lease_liability_payments";
    public static final String OPERATING_CASH_FLOW = "operating_cash_flow";
    public static final String REVENUE = "revenue";
    public static final String DEPRECIATION_AMORTIZATION = "depreciation_amortization";
    public static final String DEPRECIATION_PPE = "depreciation_ppe";

    /** One metric: its id as the dataset spells it, what it measures, and its tags in preference order. */
    public record Metric(String id, String description, List<Concept> chain) {
        public Metric {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(description, "description");
            chain = List.copyOf(chain);
            if (chain.isEmpty()) {
                throw new IllegalArgumentException(id + ": a metric needs at least one concept");
            }
        }

        /** Position of a concept in the chain (0 = most preferred), or -1 when it is not in it. */
        public int rank(Concept concept) {
            return chain.indexOf(concept);
        }
    }

    private static final ConceptMap STANDARD = new ConceptMap(List.of(
            new Metric(CAPEX_PURCHASES, "Purchases of property and equipment (cash-flow statement)", List.of(
                    usGaap("PaymentsToAcquirePropertyPlantAndEquipment"),
                    usGaap("PaymentsToAcquireProductiveAssets"),
                    ifrs("PurchaseOfPropertyPlantAndEquipmentClassifiedAsInvestingActivities"))),
            new Metric(PPE_SALE_PROCEEDS, "Proceeds from sales of property and equipment", List.of(
                    usGaap("ProceedsFromSaleOfPropertyPlantAndEquipment"),
                    usGaap("ProceedsFromSaleOfProductiveAssets"),
                    ifrs("ProceedsFromSalesOfPropertyPlantAndEquipmentClassifiedAsInvestingActivities"))),
            new Metric(FINANCE_LEASE_PRINCIPAL, "Principal payments on finance leases (US GAAP, ASC 842)", List.of(
                    usGaap("FinanceLeasePrincipalPayments"))),
            // IFRS 16 has one lease model: these payments cover every lease, operating ones included,
            // so they are not the US GAAP finance-lease line and do not join that metric
            new Metric(LEASE_LIABILITY_PAYMENTS, "Payments of lease liabilities, all leases (IFRS 16)", List.of(
                    ifrs("PaymentsOfLeaseLiabilitiesClassifiedAsFinancingActivities"))),
            new Metric(OPERATING_CASH_FLOW, "Net cash from operating activities", List.of(
                    usGaap("NetCashProvidedByUsedInOperatingActivities"),
                    usGaap("NetCashProvidedByUsedInOperatingActivitiesContinuingOperations"),
                    ifrs("CashFlowsFromUsedInOperatingActivities"))),
            new Metric(REVENUE, "Revenue", List.of(
                    usGaap("RevenueFromContractWithCustomerExcludingAssessedTax"),
                    usGaap("Revenues"),
                    usGaap("SalesRevenueNet"),
                    usGaap("RevenueFromContractWithCustomerIncludingAssessedTax"),
                    ifrs("Revenue"),
                    ifrs("RevenueFromContractsWithCustomers"))),
            new Metric(DEPRECIATION_AMORTIZATION, "Depreciation and amortisation, the full cash-flow add-back", List.of(
                    usGaap("DepreciationDepletionAndAmortization"),
                    usGaap("DepreciationAndAmortization"),
                    usGaap("DepreciationAmortizationAndAccretionNet"),
                    ifrs("DepreciationAndAmortisationExpense"),
                    ifrs("AdjustmentsForDepreciationAndAmortisationExpense"))),
            // kept apart: depreciation of PP&E alone leaves out amortisation, so it is not the D&A line
            new Metric(DEPRECIATION_PPE, "Depreciation of property and equipment only (not the full D&A line)", List.of(
                    usGaap("Depreciation"),
                    ifrs("DepreciationExpense")))));

    private final Map<String, Metric> metrics;
    private final Map<Concept, Metric> byConcept;
    private final List<String> order;

    /** A map of the given metrics; a concept may feed only one metric. */
    public ConceptMap(Collection<Metric> metrics) {
        Map<String, Metric> ids = new LinkedHashMap<>();
        Map<Concept, Metric> concepts = new HashMap<>();
        for (Metric m : metrics) {
            if (ids.putIfAbsent(m.id(), m) != null) {
                throw new IllegalArgumentException("metric " + m.id() + " is mapped twice");
            }
            for (Concept c : m.chain()) {
                Metric other = concepts.putIfAbsent(c, m);
                if (other != null) {
                    throw new IllegalArgumentException(c + " feeds both " + other.id() + " and " + m.id());
                }
            }
        }
        this.metrics = Map.copyOf(ids);
        this.byConcept = Map.copyOf(concepts);
        this.order = List.copyOf(ids.keySet());
    }

    /** The metrics capexbrief imports from EDGAR. */
    public static ConceptMap standard() {
        return STANDARD;
    }

    /**
     * The same map limited to the metrics named; an empty set keeps them all.
     *
     * @throws IllegalArgumentException naming an unknown metric and listing the known ones
     */
    public ConceptMap only(Set<String> ids) {
        if (ids.isEmpty()) {
            return this;
        }
        List<Metric> kept = new ArrayList<>();
        for (String id : new TreeSet<>(ids)) {
            Metric m = metrics.get(id);
            if (m == null) {
                throw new IllegalArgumentException("unknown metric \"" + id + "\"; the EDGAR import knows " + String.join(", ", order));
            }
            kept.add(m);
        }
        return new ConceptMap(kept);
    }

    /** The metrics, in the order they were given. */
    public List<Metric> metrics() {
        return order.stream().map(metrics::get).toList();
    }

    public Optional<Metric> metric(String id) {
        return Optional.ofNullable(metrics.get(id));
    }

    /** The metric a concept feeds, if any: what the reader keeps. */
    public Optional<Metric> metricOf(Concept concept) {
        return Optional.ofNullable(byConcept.get(concept));
    }

    /** Whether the reader keeps this concept's facts. */
    public boolean maps(Concept concept) {
        return byConcept.containsKey(concept);
    }
}
