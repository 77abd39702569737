package dev.capexbrief.dataset.edgar;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** ifrs-twd.json: a 20-F filer in ifrs-full, reporting in TWD with some USD convenience translations, and a 6-K half year. */
class IfrsPayloadTest {
    private final ImportedCompany company = Fixtures.importOne("ifrs-twd.json");

    @Test
    void importsIfrsConceptsInTheReportingCurrency() {
        assertThat(company.actuals()).extracting(Fixtures::line).containsExactly(
                "FY2022 1082672100000 TWD 2023-04-20 20-F 0001000004-23-000030 ifrs-full:PurchaseOfPropertyPlantAndEquipmentClassifiedAsInvestingActivities [] 2022-01-01..2022-12-31",
                "FY2023 949816800000 TWD 2024-04-18 20-F 0001000004-24-000040 ifrs-full:PurchaseOfPropertyPlantAndEquipmentClassifiedAsInvestingActivities [] 2023-01-01..2023-12-31",
                "FY2023 522932700000 TWD 2024-04-18 20-F 0001000004-24-000040 ifrs-full:DepreciationExpense [] 2023-01-01..2023-12-31",
                "FY2023 2854300000 TWD 2024-04-18 20-F 0001000004-24-000040 ifrs-full:PaymentsOfLeaseLiabilitiesClassifiedAsFinancingActivities [] 2023-01-01..2023-12-31",
                "FY2023 2161735800000 TWD 2024-04-18 20-F 0001000004-24-000040 ifrs-full:Revenue [] 2023-01-01..2023-12-31");
        assertThat(company.actuals()).extracting(ImportedActual::metric).containsExactly(
                "capex_purchases_ppe", "capex_purchases_ppe", "depreciation_ppe", "lease_liability_payments", "revenue");
    }

    @Test
    void theUsdConvenienceTranslationIsNotASecondFigure() {
        assertThat(company.actuals()).extracting(ImportedActual::currency).containsOnly("TWD");
    }

    @Test
    void ifrsLeasePaymentsAreNotFinanceLeasePrincipal() {
        assertThat(company.actuals()).noneMatch(a -> a.metric().equals("finance_lease_principal_payments"));
    }

    @Test
    void aHalfYearWithoutItsFirstQuarterGivesNoQuarter() {
        // the 6-K's H1 2023 (null fy and fp) has no Q1 to be de-cumulated against
        assertThat(company.actuals()).noneMatch(a -> a.period().label().startsWith("FY2023Q"));
        assertThat(company.fiscalYearEnd()).hasToString("DECEMBER");
    }
}
