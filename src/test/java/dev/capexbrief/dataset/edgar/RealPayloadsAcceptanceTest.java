package dev.capexbrief.dataset.edgar;

import dev.capexbrief.dataset.Period;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Month;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The importer on real SEC payloads, read in place from {@code ../shared/data/companyfacts/} (they
 * are other repositories' data and are not copied here). Every expected value below was looked up
 * in the payload's own facts; the comment says which ones. Skipped where the folder is absent.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RealPayloadsAcceptanceTest {
    private static final Path SHARED = Path.of("../shared/data/companyfacts");
    private static final Path ALPHABET = SHARED.resolve("sec/CIK0001652044_ALPHABET_recorded-2026-07-09.json");
    private static final Path APPLE = SHARED.resolve("sec/CIK0000320193_APPLE_recorded-2026-03-25.json");
    private static final Path NVIDIA = SHARED.resolve("sec/CIK0001045810_NVIDIA_recorded-2026-07-09.json");
    private static final Path MARVELL = SHARED.resolve("sec/CIK0001835632_MARVELL_committed-2026-06-08.json");
    private static final Path TSMC = SHARED.resolve("sec/CIK0001046179_TSMC-IFRS_recorded-2026-02-13.json");
    private static final Path MICROSOFT = SHARED.resolve("trimmed/msft_companyfacts_trimmed.json");
    private static final Path META = SHARED.resolve("trimmed/meta_companyfacts_trimmed.json");
    private static final String MINUS = " \u2212 ";
    /** Each payload is imported once for all the tests (the instance is shared: PER_CLASS). */
    private final Map<Path, ImportedCompany> imported = new HashMap<>();

    @BeforeAll
    void sharedPayloadsArePresent() {
        assumeTrue(Files.isDirectory(SHARED.resolve("sec")) && Files.isDirectory(SHARED.resolve("trimmed")),
                "skipped: the real SEC payloads are not at " + SHARED.toAbsolutePath().normalize()
                        + " (CI has them beside the checkout; see its README.md)");
    }

    @Test
    void alphabetReportsSomeQuartersAsTheyAre() {
        // Revenues 2025-07-01..2025-09-30 = 102,346,000,000 in the Q3 2025 10-Q, a discrete three-month fact
        assertThat(only(ALPHABET, "revenue", "FY2025Q3")).isEqualTo(
                "FY2025Q3 102346000000 USD 2025-10-30 10-Q 0001652044-25-000091 us-gaap:Revenues [] 2025-07-01..2025-09-30");
        // FinanceLeasePrincipalPayments has its own 3-month fact (frame CY2025Q2) = 110,000,000
        assertThat(only(ALPHABET, "finance_lease_principal_payments", "FY2025Q2")).isEqualTo(
                "FY2025Q2 110000000 USD 2025-07-24 10-Q 0001652044-25-000062 us-gaap:FinanceLeasePrincipalPayments [] 2025-04-01..2025-06-30");
    }

    @Test
    void alphabetsCashFlowQuartersAreDeCumulated() {
        String tag = "us-gaap:PaymentsToAcquirePropertyPlantAndEquipment";
        // Q1 2025 = 17,197,000,000 (first in 0001652044-25-000043; repeated in 0001652044-26-000048: no second figure)
        assertThat(lines(ALPHABET, "capex_purchases_ppe", "FY2025Q1")).containsExactly(
                "FY2025Q1 17197000000 USD 2025-04-25 10-Q 0001652044-25-000043 " + tag + " [] 2025-01-01..2025-03-31");
        // H1 39,643,000,000 − Q1 17,197,000,000
        assertThat(only(ALPHABET, "capex_purchases_ppe", "FY2025Q2")).isEqualTo(
                "FY2025Q2 22446000000 USD 2025-07-24 10-Q 0001652044-25-000062 " + tag + " [H1" + MINUS + "Q1] 2025-04-01..2025-06-30");
        // FY 91,447,000,000 (10-K filed 2026-02-05) − 9M 63,596,000,000 (10-Q filed 2025-10-30)
        assertThat(only(ALPHABET, "capex_purchases_ppe", "FY2025Q4")).isEqualTo(
                "FY2025Q4 27851000000 USD 2026-02-05 10-K 0001652044-26-000018 " + tag + " [FY" + MINUS + "9M] 2025-10-01..2025-12-31");
        assertThat(only(ALPHABET, "capex_purchases_ppe", "FY2025")).isEqualTo(
                "FY2025 91447000000 USD 2026-02-05 10-K 0001652044-26-000018 " + tag + " [] 2025-01-01..2025-12-31");
    }

    @Test
    void alphabetsRevenueFallsBackToRevenuesWhenItsFirstTagStops() {
        // RevenueFromContractWithCustomerExcludingAssessedTax ends with Q1 2025 (90,234,000,000); Revenues goes on
        assertThat(only(ALPHABET, "revenue", "FY2025Q1")).isEqualTo(
                "FY2025Q1 90234000000 USD 2025-04-25 10-Q 0001652044-25-000043 us-gaap:RevenueFromContractWithCustomerExcludingAssessedTax [] 2025-01-01..2025-03-31");
        assertThat(only(ALPHABET, "revenue", "FY2025")).isEqualTo(
                "FY2025 402836000000 USD 2026-02-05 10-K 0001652044-26-000018 us-gaap:Revenues [] 2025-01-01..2025-12-31");
        // FY 402,836,000,000 − 9M 289,007,000,000
        assertThat(only(ALPHABET, "revenue", "FY2025Q4")).isEqualTo(
                "FY2025Q4 113829000000 USD 2026-02-05 10-K 0001652044-26-000018 us-gaap:Revenues [FY" + MINUS + "9M] 2025-10-01..2025-12-31");
        assertThat(only(ALPHABET, "revenue", "FY2026Q1")).isEqualTo(
                "FY2026Q1 109896000000 USD 2026-04-30 10-Q 0001652044-26-000048 us-gaap:Revenues [] 2026-01-01..2026-03-31");
    }

    @Test
    void alphabetsRestatementsAreNewFiguresOnTheirOwnFilingDays() {
        // capex 2016-01-01..2016-03-31: 2,428,000,000 in the Q1 2016 10-Q, 2,444,000,000 in the Q1 2017 10-Q
        assertThat(lines(ALPHABET, "capex_purchases_ppe", "FY2016Q1")).containsExactly(
                "FY2016Q1 2428000000 USD 2016-05-03 10-Q 0001652044-16-000021 us-gaap:PaymentsToAcquirePropertyPlantAndEquipment [] 2016-01-01..2016-03-31",
                "FY2016Q1 2444000000 USD 2017-05-02 10-Q 0001652044-17-000014 us-gaap:PaymentsToAcquirePropertyPlantAndEquipment [] restated from 2428000000 2016-01-01..2016-03-31");
        // operating cash flow for 2015: 26,024,000,000 in the 10-K, recast to 26,572,000,000 in an 8-K of 2016-05-03
        assertThat(lines(ALPHABET, "operating_cash_flow", "FY2015")).containsExactly(
                "FY2015 26024000000 USD 2016-02-11 10-K 0001652044-16-000012 us-gaap:NetCashProvidedByUsedInOperatingActivities [] 2015-01-01..2015-12-31",
                "FY2015 26572000000 USD 2016-05-03 8-K 0001652044-16-000022 us-gaap:NetCashProvidedByUsedInOperatingActivities [] restated from 26024000000 2015-01-01..2015-12-31");
    }

    @Test
    void metasRestatedCapexIsKeptAsOfEachFiling() {
        // Q1 2023 6,842,000,000 (2023-04-27) became 6,823,000,000 in the Q1 2024 10-Q;
        // H1 13,058,000,000 became 12,957,000,000 in the Q2 2024 10-Q: Q2 = H1 − Q1 moves with each
        String tag = "us-gaap:PaymentsToAcquirePropertyPlantAndEquipment";
        assertThat(lines(META, "capex_purchases_ppe", "FY2023Q1")).containsExactly(
                "FY2023Q1 6842000000 USD 2023-04-27 10-Q 0001326801-23-000067 " + tag + " [] 2023-01-01..2023-03-31",
                "FY2023Q1 6823000000 USD 2024-04-25 10-Q 0001326801-24-000049 " + tag + " [] restated from 6842000000 2023-01-01..2023-03-31");
        assertThat(lines(META, "capex_purchases_ppe", "FY2023Q2")).containsExactly(
                "FY2023Q2 6216000000 USD 2023-07-27 10-Q 0001326801-23-000093 " + tag + " [H1" + MINUS + "Q1] 2023-04-01..2023-06-30",
                "FY2023Q2 6235000000 USD 2024-04-25 10-Q 0001326801-24-000049 " + tag + " [H1" + MINUS + "Q1] restated from 6216000000 2023-04-01..2023-06-30",
                "FY2023Q2 6134000000 USD 2024-08-01 10-Q 0001326801-24-000069 " + tag + " [H1" + MINUS + "Q1] restated from 6235000000 2023-04-01..2023-06-30");
        // FY 27,266,000,000 (2024-02-02) became 27,045,000,000 in the FY2024 10-K
        assertThat(lines(META, "capex_purchases_ppe", "FY2023")).containsExactly(
                "FY2023 27266000000 USD 2024-02-02 10-K 0001326801-24-000012 " + tag + " [] 2023-01-01..2023-12-31",
                "FY2023 27045000000 USD 2025-01-30 10-K 0001326801-25-000017 " + tag + " [] restated from 27266000000 2023-01-01..2023-12-31");
    }

    @Test
    void microsoftsFourthQuarterIsItsFiscalYearLessNineMonths() {
        assertThat(company(MICROSOFT).fiscalYearEnd()).isEqualTo(Month.JUNE);
        // FY2026 115,948,000,000 (10-K 2026-07-29) − 9M 80,146,000,000 (10-Q 2026-04-29)
        assertThat(only(MICROSOFT, "capex_purchases_ppe", "FY2026Q4")).isEqualTo(
                "FY2026Q4 35802000000 USD 2026-07-29 10-K 0001193125-26-323660 us-gaap:PaymentsToAcquirePropertyPlantAndEquipment [FY" + MINUS + "9M] 2026-04-01..2026-06-30");
        // its October–December quarter is FY2026Q2, reported as 29,876,000,000 (frame CY2025Q4)
        assertThat(only(MICROSOFT, "capex_purchases_ppe", "FY2026Q2")).isEqualTo(
                "FY2026Q2 29876000000 USD 2026-01-28 10-Q 0001193125-26-027207 us-gaap:PaymentsToAcquirePropertyPlantAndEquipment [] 2025-10-01..2025-12-31");
    }

    @Test
    void nvidiasCapexComesFromTheTagItSwitchedTo() {
        ImportedCompany nvidia = company(NVIDIA);
        assertThat(nvidia.fiscalYearEnd()).isEqualTo(Month.JANUARY);
        String current = "us-gaap:PaymentsToAcquireProductiveAssets";
        // FY2024 (2023-01-30..2024-01-28) = 1,069,000,000 under PaymentsToAcquireProductiveAssets
        assertThat(only(NVIDIA, "capex_purchases_ppe", "FY2024")).isEqualTo(
                "FY2024 1069000000 USD 2024-02-21 10-K 0001045810-24-000029 " + current + " [] 2023-01-30..2024-01-28");
        // FY2026 6,042,000,000 − 9M 4,758,000,000
        assertThat(only(NVIDIA, "capex_purchases_ppe", "FY2026Q4")).isEqualTo(
                "FY2026Q4 1284000000 USD 2026-02-25 10-K 0001045810-26-000021 " + current + " [FY" + MINUS + "9M] 2025-10-27..2026-01-25");
        assertThat(only(NVIDIA, "capex_purchases_ppe", "FY2027Q1")).isEqualTo(
                "FY2027Q1 1757000000 USD 2026-05-20 10-Q 0001045810-26-000052 " + current + " [] 2026-01-26..2026-04-26");
        // the quarter of the switch: 9M 845,000,000 (new tag, 2020-11-18) − H1 372,000,000 (old tag, 2020-08-19)
        assertThat(only(NVIDIA, "capex_purchases_ppe", "FY2021Q3")).isEqualTo(
                "FY2021Q3 473000000 USD 2020-11-18 10-Q 0001045810-20-000189 " + current
                        + " [9M" + MINUS + "H1 (H1 as us-gaap:PaymentsToAcquirePropertyPlantAndEquipment)] 2020-07-27..2020-10-25");
    }

    @Test
    void noNvidiaFigureComesFromTheStaleTagAfterItStopped() {
        // PaymentsToAcquirePropertyPlantAndEquipment's last fact ends 2020-07-26 (filed 2020-08-19)
        List<ImportedActual> capex = actuals(NVIDIA, "capex_purchases_ppe");
        assertThat(capex).filteredOn(a -> a.tag().endsWith(":PaymentsToAcquirePropertyPlantAndEquipment"))
                .isNotEmpty()
                .allSatisfy(a -> assertThat(a.end()).isBeforeOrEqualTo(LocalDate.of(2020, 7, 26)))
                .allSatisfy(a -> assertThat(a.announced()).isBeforeOrEqualTo(LocalDate.of(2020, 8, 19)));
        assertThat(capex).filteredOn(a -> fiscalYear(a.period()) >= 2022)
                .isNotEmpty()
                .allSatisfy(a -> assertThat(a.tag()).isEqualTo("us-gaap:PaymentsToAcquireProductiveAssets"))
                .allSatisfy(a -> assertThat(a.derivation()).doesNotContain("PaymentsToAcquirePropertyPlantAndEquipment"));
    }

    @Test
    void nvidiasRoundedComparativesAreNotRestatements() {
        // Q1 FY2015 capex 29,068,000 (2014-05-21) came back as 29,000,000 in the Q1 FY2016 10-Q
        assertThat(lines(NVIDIA, "capex_purchases_ppe", "FY2015Q1")).containsExactly(
                "FY2015Q1 29068000 USD 2014-05-21 10-Q 0001045810-14-000085 us-gaap:PaymentsToAcquirePropertyPlantAndEquipment [] 2014-01-27..2014-04-27");
    }

    @Test
    void applesFiftyTwoAndFiftyThreeWeekYearsEndInSeptember() {
        assertThat(company(APPLE).fiscalYearEnd()).isEqualTo(Month.SEPTEMBER);
        String tag = "us-gaap:RevenueFromContractWithCustomerExcludingAssessedTax";
        // FY2025 (2024-09-29..2025-09-27) 416,161,000,000 − 9M 313,695,000,000
        assertThat(only(APPLE, "revenue", "FY2025")).isEqualTo(
                "FY2025 416161000000 USD 2025-10-31 10-K 0000320193-25-000079 " + tag + " [] 2024-09-29..2025-09-27");
        assertThat(only(APPLE, "revenue", "FY2025Q4")).isEqualTo(
                "FY2025Q4 102466000000 USD 2025-10-31 10-K 0000320193-25-000079 " + tag + " [FY" + MINUS + "9M] 2025-06-29..2025-09-27");
        // the quarter ending 2025-12-27 is the first of FY2026
        assertThat(only(APPLE, "revenue", "FY2026Q1")).isEqualTo(
                "FY2026Q1 143756000000 USD 2026-01-30 10-Q 0000320193-26-000006 " + tag + " [] 2025-09-28..2025-12-27");
        // the 53-week FY2023, 2022-09-25..2023-09-30
        assertThat(only(APPLE, "revenue", "FY2023")).isEqualTo(
                "FY2023 383285000000 USD 2023-11-03 10-K 0000320193-23-000106 " + tag + " [] 2022-09-25..2023-09-30");
        // capex: 2,940,000,000 for the quarter ending 2024-12-28; FY2025 12,715,000,000 − 9M 9,473,000,000
        assertThat(only(APPLE, "capex_purchases_ppe", "FY2025Q1")).isEqualTo(
                "FY2025Q1 2940000000 USD 2025-01-31 10-Q 0000320193-25-000008 us-gaap:PaymentsToAcquirePropertyPlantAndEquipment [] 2024-09-29..2024-12-28");
        assertThat(only(APPLE, "capex_purchases_ppe", "FY2025Q4")).isEqualTo(
                "FY2025Q4 3242000000 USD 2025-10-31 10-K 0000320193-25-000079 us-gaap:PaymentsToAcquirePropertyPlantAndEquipment [FY" + MINUS + "9M] 2025-06-29..2025-09-27");
    }

    @Test
    void applesRevenueFollowsItsThreeTags() {
        assertThat(only(APPLE, "revenue", "FY2015")).isEqualTo(
                "FY2015 233715000000 USD 2015-10-28 10-K 0001193125-15-356351 us-gaap:SalesRevenueNet [] 2014-09-28..2015-09-26");
        // FY2018 first came under Revenues (10-K of 2018-11-05); the 2019 10-K repeats it as RevenueFromContract...: no new figure
        assertThat(lines(APPLE, "revenue", "FY2018")).containsExactly(
                "FY2018 265595000000 USD 2018-11-05 10-K 0000320193-18-000145 us-gaap:Revenues [] 2017-10-01..2018-09-29");
        assertThat(only(APPLE, "revenue", "FY2019")).isEqualTo(
                "FY2019 260174000000 USD 2019-10-31 10-K 0000320193-19-000119 us-gaap:RevenueFromContractWithCustomerExcludingAssessedTax [] 2018-09-30..2019-09-28");
        // the 14-week quarter of 2016-09-25..2016-12-31 is FY2017Q1
        assertThat(only(APPLE, "revenue", "FY2017Q1")).isEqualTo(
                "FY2017Q1 78351000000 USD 2017-02-01 10-Q 0001628280-17-000717 us-gaap:SalesRevenueNet [] 2016-09-25..2016-12-31");
    }

    @Test
    void marvellsFiftyThreeWeekYearEndingInFebruaryIsAJanuaryYear() {
        assertThat(company(MARVELL).fiscalYearEnd()).isEqualTo(Month.JANUARY);
        // FY2024 = 2023-01-29..2024-02-03: 336,300,000; Q4 = 336,300,000 − 9M 265,300,000
        assertThat(only(MARVELL, "capex_purchases_ppe", "FY2024")).isEqualTo(
                "FY2024 336300000 USD 2024-03-13 10-K 0001835632-24-000009 us-gaap:PaymentsToAcquirePropertyPlantAndEquipment [] 2023-01-29..2024-02-03");
        assertThat(only(MARVELL, "capex_purchases_ppe", "FY2024Q4")).isEqualTo(
                "FY2024Q4 71000000 USD 2024-03-13 10-K 0001835632-24-000009 us-gaap:PaymentsToAcquirePropertyPlantAndEquipment [FY" + MINUS + "9M] 2023-10-29..2024-02-03");
    }

    @Test
    void tsmcImportsIfrsInTaiwanDollars() {
        ImportedCompany tsmc = company(TSMC);
        assertThat(tsmc.fiscalYearEnd()).isEqualTo(Month.DECEMBER);
        assertThat(tsmc.actuals()).extracting(ImportedActual::currency).containsOnly("TWD");
        assertThat(tsmc.actuals()).filteredOn(a -> a.period().equals(new Period.FiscalYear(2024))).extracting(Fixtures::line).containsExactly(
                "FY2024 956006500000 TWD 2025-04-17 20-F 0001193125-25-083423 ifrs-full:PurchaseOfPropertyPlantAndEquipmentClassifiedAsInvestingActivities [] 2024-01-01..2024-12-31",
                "FY2024 653610500000 TWD 2025-04-17 20-F 0001193125-25-083423 ifrs-full:DepreciationExpense [] 2024-01-01..2024-12-31",
                "FY2024 2873700000 TWD 2025-04-17 20-F 0001193125-25-083423 ifrs-full:PaymentsOfLeaseLiabilitiesClassifiedAsFinancingActivities [] 2024-01-01..2024-12-31",
                "FY2024 1826177100000 TWD 2025-04-17 20-F 0001193125-25-083423 ifrs-full:CashFlowsFromUsedInOperatingActivities [] 2024-01-01..2024-12-31",
                "FY2024 894600000 TWD 2025-04-17 20-F 0001193125-25-083423 ifrs-full:ProceedsFromSalesOfPropertyPlantAndEquipmentClassifiedAsInvestingActivities [] 2024-01-01..2024-12-31",
                "FY2024 2894307700000 TWD 2025-04-17 20-F 0001193125-25-083423 ifrs-full:Revenue [] 2024-01-01..2024-12-31");
        assertThat(tsmc.actuals()).noneMatch(a -> a.metric().equals("finance_lease_principal_payments"));
    }

    @Test
    void theFiveUnreadPayloadsImportAsAFolderAndTheFilingsAreCited() throws IOException {
        List<ImportedCompany> companies = new EdgarImport().read(List.of(SHARED.resolve("sec")), Set.of(), Set.of());
        assertThat(companies).extracting(ImportedCompany::cik).containsExactly(320193L, 1045810L, 1046179L, 1652044L, 1835632L);
        assertThat(companies).allSatisfy(c -> assertThat(c.actuals()).isNotEmpty()
                .allSatisfy(a -> assertThat(a.sourceUrl(c.cik())).startsWith("https://www.sec.gov/Archives/edgar/data/" + c.cik() + "/")));
        assertThat(companies).allSatisfy(c -> assertThat(c.actuals()).isSortedAccordingTo(CompanyImport.ORDER));
    }

    private String only(Path payload, String metric, String period) {
        List<String> lines = lines(payload, metric, period);
        assertThat(lines).as(metric + " " + period).hasSize(1);
        return lines.get(0);
    }

    private List<String> lines(Path payload, String metric, String period) {
        return actuals(payload, metric).stream().filter(a -> a.period().label().equals(period)).map(Fixtures::line).toList();
    }

    private List<ImportedActual> actuals(Path payload, String metric) {
        return company(payload).actuals().stream().filter(a -> a.metric().equals(metric)).toList();
    }

    private ImportedCompany company(Path payload) {
        return imported.computeIfAbsent(payload, p -> {
            try {
                return new EdgarImport().read(List.of(p), Set.of(), Set.of()).get(0);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    private static int fiscalYear(Period p) {
        return p instanceof Period.FiscalQuarter q ? q.year() : ((Period.FiscalYear) p).year();
    }
}
