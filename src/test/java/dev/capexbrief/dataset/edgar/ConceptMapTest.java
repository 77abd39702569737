package dev.capexbrief.dataset.edgar;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConceptMapTest {
    private final ConceptMap map = ConceptMap.standard();

    @Test
    void theMetricIdsAreTheOnesTheAnalysisDerivesCapexBasesFrom() throws Exception {
        // CapexBasis is package-private in analysis: read its constants, so a rename there fails here
        Class<?> basis = Class.forName("dev.capexbrief.analysis.CapexBasis");
        assertThat(constant(basis, "PURCHASES")).isEqualTo(ConceptMap.CAPEX_PURCHASES);
        assertThat(constant(basis, "PROCEEDS")).isEqualTo(ConceptMap.PPE_SALE_PROCEEDS);
        assertThat(constant(basis, "LEASE_PRINCIPAL")).isEqualTo(ConceptMap.FINANCE_LEASE_PRINCIPAL);
    }

    @Test
    void mapsSevenUsGaapMetricsAndAnHonestIfrsLeaseMetric() {
        assertThat(map.metrics()).extracting(ConceptMap.Metric::id).containsExactly(
                "capex_purchases_ppe", "ppe_sale_proceeds_incentives", "finance_lease_principal_payments",
                "lease_liability_payments", "operating_cash_flow", "revenue", "depreciation_amortization", "depreciation_ppe");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            capex_purchases_ppe              | us-gaap:PaymentsToAcquirePropertyPlantAndEquipment us-gaap:PaymentsToAcquireProductiveAssets ifrs-full:PurchaseOfPropertyPlantAndEquipmentClassifiedAsInvestingActivities
            ppe_sale_proceeds_incentives     | us-gaap:ProceedsFromSaleOfPropertyPlantAndEquipment us-gaap:ProceedsFromSaleOfProductiveAssets ifrs-full:ProceedsFromSalesOfPropertyPlantAndEquipmentClassifiedAsInvestingActivities
            finance_lease_principal_payments | us-gaap:FinanceLeasePrincipalPayments
            lease_liability_payments         | ifrs-full:PaymentsOfLeaseLiabilitiesClassifiedAsFinancingActivities
            operating_cash_flow              | us-gaap:NetCashProvidedByUsedInOperatingActivities us-gaap:NetCashProvidedByUsedInOperatingActivitiesContinuingOperations ifrs-full:CashFlowsFromUsedInOperatingActivities
            revenue                          | us-gaap:RevenueFromContractWithCustomerExcludingAssessedTax us-gaap:Revenues us-gaap:SalesRevenueNet us-gaap:RevenueFromContractWithCustomerIncludingAssessedTax ifrs-full:Revenue ifrs-full:RevenueFromContractsWithCustomers
            depreciation_amortization        | us-gaap:DepreciationDepletionAndAmortization us-gaap:DepreciationAndAmortization us-gaap:DepreciationAmortizationAndAccretionNet ifrs-full:DepreciationAndAmortisationExpense ifrs-full:AdjustmentsForDepreciationAndAmortisationExpense
            depreciation_ppe                 | us-gaap:Depreciation ifrs-full:DepreciationExpense
            """)
    void eachMetricHasItsTagChainInPreferenceOrder(String metric, String chain) {
        assertThat(map.metric(metric).orElseThrow().chain()).extracting(Concept::qualified)
                .containsExactly(chain.split(" "));
    }

    @Test
    void depreciationOfPpeAloneIsNotTheDandALine() {
        assertThat(map.metricOf(Concept.usGaap("Depreciation")).orElseThrow().id()).isEqualTo("depreciation_ppe");
        assertThat(map.metric("depreciation_amortization").orElseThrow().chain()).doesNotContain(Concept.usGaap("Depreciation"));
    }

    @Test
    void ifrsLeasePaymentsDoNotPassForFinanceLeasePrincipal() {
        assertThat(map.metric("finance_lease_principal_payments").orElseThrow().chain())
                .allMatch(c -> c.taxonomy().equals(Concept.US_GAAP));
        assertThat(map.metric("lease_liability_payments").orElseThrow().description()).contains("all leases");
    }

    @Test
    void onlyKeepsTheMetricsNamed() {
        ConceptMap two = map.only(Set.of("revenue", "capex_purchases_ppe"));
        assertThat(two.metrics()).extracting(ConceptMap.Metric::id).containsExactlyInAnyOrder("revenue", "capex_purchases_ppe");
        assertThat(two.maps(Concept.usGaap("Revenues"))).isTrue();
        assertThat(two.maps(Concept.usGaap("NetCashProvidedByUsedInOperatingActivities"))).isFalse();
        assertThat(map.only(Set.of())).isSameAs(map);
    }

    @Test
    void anUnknownMetricIsRefusedWithTheKnownOnes() {
        assertThatThrownBy(() -> map.only(Set.of("capex")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown metric \"capex\"; the EDGAR import knows capex_purchases_ppe, ppe_sale_proceeds_incentives,"
                        + " finance_lease_principal_payments, lease_liability_payments, operating_cash_flow, revenue,"
                        + " depreciation_amortization, depreciation_ppe");
    }

    @Test
    void aConceptFeedsOneMetricOnly() {
        ConceptMap.Metric a = new ConceptMap.Metric("a", "", List.of(Concept.usGaap("Revenues")));
        ConceptMap.Metric b = new ConceptMap.Metric("b", "", List.of(Concept.usGaap("Revenues")));
        assertThatThrownBy(() -> new ConceptMap(List.of(a, b))).hasMessage("us-gaap:Revenues feeds both a and b");
    }

    private static Object constant(Class<?> type, String name) throws ReflectiveOperationException {
        Field f = type.getDeclaredField(name);
        f.setAccessible(true);
        return f.get(null);
    }
}
