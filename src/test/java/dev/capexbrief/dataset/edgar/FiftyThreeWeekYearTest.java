package dev.capexbrief.dataset.edgar;

import dev.capexbrief.dataset.Period;
import org.junit.jupiter.api.Test;

import java.time.Month;

import static org.assertj.core.api.Assertions.assertThat;

/** weeks-52-53.json: a fiscal year ending on the Saturday nearest 31 January, one of them 53 weeks long. */
class FiftyThreeWeekYearTest {
    private static final String TAG = "us-gaap:PaymentsToAcquirePropertyPlantAndEquipment";
    private final ImportedCompany company = Fixtures.importOne("weeks-52-53.json");

    @Test
    void aYearEndingOnTheThirdOfFebruaryIsAJanuaryYear() {
        assertThat(company.fiscalYearEnd()).isEqualTo(Month.JANUARY);
    }

    @Test
    void periodsAreTheFiscalYearsAndQuartersTheDaysBelongTo() {
        assertThat(Fixtures.lines(company, "capex_purchases_ppe")).containsExactly(
                "FY2023 206200000 USD 2023-03-09 10-K 0001000003-23-000013 " + TAG + " [] 2022-01-30..2023-01-28",
                // the 14-week fourth quarter of the 53-week year
                "FY2024Q4 71000000 USD 2024-03-13 10-K 0001000003-24-000009 " + TAG + " [FY \u2212 9M] 2023-10-29..2024-02-03",
                "FY2024 336300000 USD 2024-03-13 10-K 0001000003-24-000009 " + TAG + " [] 2023-01-29..2024-02-03",
                // the quarter ends on 4 May and is the April quarter; the 10-Q's trailing twelve months (328,000,000) are no period
                "FY2025Q1 91500000 USD 2024-05-31 10-Q 0001000003-24-000063 " + TAG + " [] 2024-02-04..2024-05-04",
                "FY2025Q2 48200000 USD 2024-08-30 10-Q 0001000003-24-000142 " + TAG + " [H1 \u2212 Q1] 2024-05-05..2024-08-03",
                "FY2025 284600000 USD 2025-03-12 10-K 0001000003-25-000057 " + TAG + " [] 2024-02-04..2025-02-01");
    }

    @Test
    void theReportedFourteenWeekQuarterIsUsedAsItIs() {
        assertThat(Fixtures.lines(company, "revenue")).containsExactly(
                "FY2024Q3 1419100000 USD 2023-12-01 10-Q 0001000003-23-000046 us-gaap:RevenueFromContractWithCustomerExcludingAssessedTax [] 2023-07-30..2023-10-28",
                "FY2024Q4 1426900000 USD 2024-03-13 10-K 0001000003-24-000009 us-gaap:RevenueFromContractWithCustomerExcludingAssessedTax [] 2023-10-29..2024-02-03",
                "FY2024 5507700000 USD 2024-03-13 10-K 0001000003-24-000009 us-gaap:RevenueFromContractWithCustomerExcludingAssessedTax [] 2023-01-29..2024-02-03");
    }

    @Test
    void theActualsDaysDifferFromThePeriodsCalendarMonthsAndSayWhichTheyAre() {
        ImportedActual fy2024 = company.actuals().stream()
                .filter(a -> a.metric().equals("capex_purchases_ppe") && a.period().equals(new Period.FiscalYear(2024)))
                .findFirst().orElseThrow();
        assertThat(fy2024.period().end(company.fiscalYearEnd())).hasToString("2024-01-31");
        assertThat(fy2024.end()).hasToString("2024-02-03");
    }
}
