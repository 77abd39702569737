package dev.capexbrief.dataset.edgar;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * tag-switch.json: a filer that reported capex as PaymentsToAcquirePropertyPlantAndEquipment until
 * its Q2 2020 10-Q and as PaymentsToAcquireProductiveAssets from its Q3 2020 10-Q on, re-reporting
 * FY2019 under the new tag with a reclassified value; and that tags one year's revenue twice.
 */
class TagChoiceTest {
    private final ImportedCompany company = Fixtures.importOne("tag-switch.json");

    @Test
    void eachPeriodTakesTheTagOfTheLatestFilingThatReportsIt() {
        String old = "us-gaap:PaymentsToAcquirePropertyPlantAndEquipment";
        String current = "us-gaap:PaymentsToAcquireProductiveAssets";
        assertThat(Fixtures.lines(company, "capex_purchases_ppe")).containsExactly(
                // Q4 2019 is known once the Q3 2020 10-Q gives 9M 2019 (new tag); the FY2019 re-report restates it
                "FY2019Q4 100000000 USD 2020-10-29 10-Q 0001000001-20-000030 " + old + " [FY \u2212 9M (9M as " + current + ")] 2019-10-01..2019-12-31",
                "FY2019Q4 110000000 USD 2021-02-10 10-K 0001000001-21-000002 " + current + " [FY \u2212 9M] restated from 100000000 2019-10-01..2019-12-31",
                // the stale tag's 400 gives way to the current tag's 410 for the same year
                "FY2019 400000000 USD 2020-02-10 10-K 0001000001-20-000001 " + old + " [] 2019-01-01..2019-12-31",
                "FY2019 410000000 USD 2021-02-10 10-K 0001000001-21-000002 " + current + " [] restated from 400000000 2019-01-01..2019-12-31",
                "FY2020Q1 100000000 USD 2020-04-30 10-Q 0001000001-20-000010 " + old + " [] 2020-01-01..2020-03-31",
                "FY2020Q2 150000000 USD 2020-07-30 10-Q 0001000001-20-000020 " + old + " [H1 \u2212 Q1] 2020-04-01..2020-06-30",
                // the quarter of the switch: 9M under the new tag minus H1 under the old one, and it says so
                "FY2020Q3 170000000 USD 2020-10-29 10-Q 0001000001-20-000030 " + current + " [9M \u2212 H1 (H1 as " + old + ")] 2020-07-01..2020-09-30",
                "FY2020Q4 140000000 USD 2021-02-10 10-K 0001000001-21-000002 " + current + " [FY \u2212 9M] 2020-10-01..2020-12-31",
                "FY2020 560000000 USD 2021-02-10 10-K 0001000001-21-000002 " + current + " [] 2020-01-01..2020-12-31");
    }

    @Test
    void noPeriodKeepsAStaleTagsValueOnceALaterFilingReportsIt() {
        assertThat(company.actuals()).filteredOn(a -> a.metric().equals("capex_purchases_ppe"))
                .filteredOn(a -> a.period().label().equals("FY2019"))
                .last().extracting(ImportedActual::value).hasToString("410000000");
    }

    @Test
    void withinOneFilingTheChainsOrderDecidesAndLaterYearsFallBackToTheNextTag() {
        assertThat(Fixtures.lines(company, "revenue")).containsExactly(
                // the 10-K tags FY2020 as both; RevenueFromContract... comes first in the chain
                "FY2020 1000000000 USD 2021-02-10 10-K 0001000001-21-000002 us-gaap:RevenueFromContractWithCustomerExcludingAssessedTax [] 2020-01-01..2020-12-31",
                // the next 10-K repeats 1,000 under Revenues: a comparative, not a new figure
                "FY2021 1200000000 USD 2022-02-10 10-K 0001000001-22-000002 us-gaap:Revenues [] 2021-01-01..2021-12-31");
    }

    @Test
    void sharesOfTheDeiTaxonomyAreNotRead() {
        assertThat(company.actuals()).extracting(ImportedActual::currency).containsOnly("USD");
        assertThat(company.fiscalYearEnd()).hasToString("DECEMBER");
    }
}
