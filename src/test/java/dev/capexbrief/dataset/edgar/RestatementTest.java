package dev.capexbrief.dataset.edgar;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * restatement.json: a year of 10-Qs and a 10-K, a 10-K/A that restates the year, the next year's
 * 10-Qs repeating (one rounded) or restating the comparatives; plus a trailing-twelve-month fact, a
 * second-half fact and an instant that are none of the periods.
 */
class RestatementTest {
    private static final String TAG = "us-gaap:PaymentsToAcquirePropertyPlantAndEquipment";
    private final ImportedCompany company = Fixtures.importOne("restatement.json");

    @Test
    void everyFigureIsDatedByTheFilingThatMadeItPublicAndARestatementIsANewFigure() {
        assertThat(Fixtures.lines(company, "capex_purchases_ppe")).containsExactly(
                "FY2022 450000000 USD 2024-02-02 10-K 0001000002-24-000005 " + TAG + " [] 2022-01-01..2022-12-31",
                "FY2023Q1 100123000 USD 2023-04-27 10-Q 0001000002-23-000010 " + TAG + " [] 2023-01-01..2023-03-31",
                // the filer's own three-month figure beats H1 − Q1 (which would be 130,333,000)
                "FY2023Q2 125000000 USD 2023-07-27 10-Q 0001000002-23-000020 " + TAG + " [] 2023-04-01..2023-06-30",
                "FY2023Q3 130333000 USD 2023-10-26 10-Q 0001000002-23-000030 " + TAG + " [9M \u2212 H1] 2023-07-01..2023-09-30",
                // H1 restated as a comparative a year later: the derived quarter is restated on that day
                "FY2023Q3 120333000 USD 2024-07-25 10-Q 0001000002-24-000020 " + TAG + " [9M \u2212 H1] restated from 130333000 2023-07-01..2023-09-30",
                "FY2023Q4 139211000 USD 2024-02-02 10-K 0001000002-24-000005 " + TAG + " [FY \u2212 9M] 2023-10-01..2023-12-31",
                "FY2023Q4 119211000 USD 2024-03-15 10-K/A 0001000002-24-000007 " + TAG + " [FY \u2212 9M] restated from 139211000 2023-10-01..2023-12-31",
                "FY2023 500000000 USD 2024-02-02 10-K 0001000002-24-000005 " + TAG + " [] 2023-01-01..2023-12-31",
                "FY2023 480000000 USD 2024-03-15 10-K/A 0001000002-24-000007 " + TAG + " [] restated from 500000000 2023-01-01..2023-12-31",
                "FY2024Q1 110000000 USD 2024-04-25 10-Q 0001000002-24-000010 " + TAG + " [] 2024-01-01..2024-03-31",
                "FY2024Q2 140000000 USD 2024-07-25 10-Q 0001000002-24-000020 " + TAG + " [H1 \u2212 Q1] 2024-04-01..2024-06-30");
    }

    @Test
    void aComparativeRepeatedOrRoundedIsNotANewFigure() {
        // FY2022 comes again in the 10-K/A, Q1 2023 again as 100,100,000 in the Q1 2024 10-Q
        assertThat(company.actuals()).filteredOn(a -> a.period().label().equals("FY2022")).hasSize(1);
        assertThat(company.actuals()).filteredOn(a -> a.period().label().equals("FY2023Q1")).hasSize(1)
                .first().extracting(ImportedActual::announced).hasToString("2023-04-27");
    }

    @Test
    void trailingTwelveMonthsSecondHalvesAndInstantsAreNoPeriod() {
        // 999,000,000 (TTM to June), 888,000,000 (H2) and 777,000,000 (an instant) are in the payload
        assertThat(company.actuals()).extracting(a -> a.value().toPlainString())
                .doesNotContain("999000000", "888000000", "777000000");
    }

    @Test
    void aFigureAsOfADayIsTheLatestAnnouncedByThen() {
        assertThat(asOf("FY2023", "2024-03-14")).isEqualTo("500000000");
        assertThat(asOf("FY2023", "2024-03-15")).isEqualTo("480000000");
        assertThat(asOf("FY2023Q3", "2024-07-24")).isEqualTo("130333000");
        assertThat(asOf("FY2023Q3", "2024-07-25")).isEqualTo("120333000");
    }

    private String asOf(String period, String day) {
        return company.actuals().stream()
                .filter(a -> a.period().label().equals(period) && !a.announced().isAfter(java.time.LocalDate.parse(day)))
                .reduce((first, second) -> second).orElseThrow().value().toPlainString();
    }
}
