package dev.capexbrief.dataset.edgar;

import dev.capexbrief.dataset.Company;
import dev.capexbrief.dataset.Confidence;
import dev.capexbrief.dataset.Dataset;
import dev.capexbrief.dataset.DatasetReader;
import dev.capexbrief.dataset.Figure;
import dev.capexbrief.dataset.InvalidDatasetException;
import dev.capexbrief.dataset.Period;
import dev.capexbrief.dataset.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static dev.capexbrief.dataset.edgar.FakeActual.quarter;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Imported actuals merged into a dataset: only imported rows are added or changed, in a stable place
 * and order, so the same import twice leaves the file byte-identical; a restatement is a new row.
 * Values are in the parser's units (dollars); the quarters follow Alphabet's filings, the restatement is made up.
 */
class DatasetMergeTest {
    static final String DATASET = """
            # Alphabet and Meta, entered by hand
            companies:
              - {id: GOOGL, name: Alphabet, fiscal_year_end: 12, cik: 1652044}
              - {id: META, name: Meta, fiscal_year_end: 12}

            figures:
              # Alphabet
              - {company: GOOGL, metric: capex, kind: guidance, period: FY2025, value: 75, currency: USD, unit: B, announced: 2025-02-04, source: "Q4 call"}
              - {company: GOOGL, metric: capex_purchases_ppe, kind: actual, period: FY2024Q4, value: 14.28, currency: USD, unit: B, announced: 2025-02-04, source: "release"}
              # Meta
              - {company: META, metric: capex_incl_finance_leases, kind: guidance, period: FY2025, low: 60, high: 65, currency: USD, unit: B, announced: 2025-01-29, source: "call"}
            """;
    static final String Q1 = "  - {company: GOOGL, metric: capex_purchases_ppe, kind: actual, period: FY2025Q1, value: 17.197,"
            + " currency: USD, unit: B, announced: 2025-04-25, source: \"https://www.sec.gov/Archives/edgar/data/1652044/"
            + "000165204425000043/0001652044-25-000043-index.htm\", tag: PaymentsToAcquirePropertyPlantAndEquipment, form: 10-Q,"
            + " accession: 0001652044-25-000043, confidence: reported}\n";
    static final String Q2 = "  - {company: GOOGL, metric: capex_purchases_ppe, kind: actual, period: FY2025Q2, value: 22.446,"
            + " currency: USD, unit: B, announced: 2025-07-24, source: \"https://www.sec.gov/Archives/edgar/data/1652044/"
            + "000165204425000062/0001652044-25-000062-index.htm\", tag: PaymentsToAcquirePropertyPlantAndEquipment, form: 10-Q,"
            + " accession: 0001652044-25-000062, confidence: reported}\n";
    static final String LAST_GOOGL = "  - {company: GOOGL, metric: capex_purchases_ppe, kind: actual, period: FY2024Q4, value: 14.28,"
            + " currency: USD, unit: B, announced: 2025-02-04, source: \"release\"}\n";

    @TempDir
    Path dir;

    static FakeCompany twoQuarters() {
        return FakeCompany.alphabet(
                quarter(2025, 2, "22446000000", "2025-07-24", "0001652044-25-000062"),
                quarter(2025, 1, "17197000000", "2025-04-25", "0001652044-25-000043"),
                // the same period and day as the row entered by hand: that row wins
                quarter(2024, 4, "14276000000", "2025-02-04", "0001652044-25-000014"));
    }

    DatasetMerge.Result merge(Path file, ReportedCompany... companies) throws Exception {
        return new DatasetMerge().merge(file, List.of(companies), Map.of(), false);
    }

    @Test
    void newQuartersGoAfterTheCompanysLastFigureAndASecondImportChangesNoByte() throws Exception {
        Path yaml = Files.writeString(dir.resolve("ds.yaml"), DATASET);
        DatasetMerge.Result first = merge(yaml, twoQuarters());
        assertThat(first.companies()).extracting(MergeSummary::line)
                .containsExactly("GOOGL: 2 new quarters, 1 kept as entered by hand");
        assertThat(first.written()).isTrue();
        assertThat(Files.readString(yaml)).isEqualTo(DATASET.replace(LAST_GOOGL, LAST_GOOGL + Q1 + Q2));

        byte[] once = Files.readAllBytes(yaml);
        DatasetMerge.Result second = merge(yaml, twoQuarters());
        assertThat(second.companies()).extracting(MergeSummary::line)
                .containsExactly("GOOGL: 2 unchanged, 1 kept as entered by hand");
        assertThat(second.written()).isFalse();
        assertThat(Files.readAllBytes(yaml)).isEqualTo(once);

        Dataset d = new DatasetReader().read(yaml);
        Figure q1 = d.figures().stream().filter(f -> f.period().equals(new Period.FiscalQuarter(2025, 1))).findFirst().orElseThrow();
        assertThat(q1.amount().central()).isEqualByComparingTo("17.197");
        assertThat(q1.tag()).isEqualTo("PaymentsToAcquirePropertyPlantAndEquipment");
        assertThat(q1.form()).isEqualTo("10-Q");
        assertThat(q1.accession()).isEqualTo("0001652044-25-000043");
        assertThat(q1.confidence()).isEqualTo(Confidence.REPORTED);
        assertThat(q1.announced()).isEqualTo(LocalDate.of(2025, 4, 25));
    }

    @Test
    void aRestatementIsANewRowOnItsFilingDateAndTheOldRowStays() throws Exception {
        Path yaml = Files.writeString(dir.resolve("ds.yaml"), DATASET);
        merge(yaml, twoQuarters());
        String before = Files.readString(yaml);
        FakeActual restated = quarter(2025, 1, "17200000000", "2026-04-24", "0001652044-26-000048").restating("17197000000");
        FakeCompany later = FakeCompany.alphabet(quarter(2025, 1, "17197000000", "2025-04-25", "0001652044-25-000043"),
                quarter(2025, 2, "22446000000", "2025-07-24", "0001652044-25-000062"), restated);
        DatasetMerge.Result r = merge(yaml, later);
        assertThat(r.companies()).extracting(MergeSummary::line).containsExactly("GOOGL: 1 restatement, 2 unchanged");
        String row = "  - {company: GOOGL, metric: capex_purchases_ppe, kind: actual, period: FY2025Q1, value: 17.2,"
                + " currency: USD, unit: B, announced: 2026-04-24, source: \"https://www.sec.gov/Archives/edgar/data/1652044/"
                + "000165204426000048/0001652044-26-000048-index.htm\", note: \"restates $17.197B filed 2025-04-25\","
                + " tag: PaymentsToAcquirePropertyPlantAndEquipment, form: 10-Q, accession: 0001652044-26-000048, confidence: reported}\n";
        assertThat(Files.readString(yaml)).isEqualTo(before.replace(Q2, Q2 + row));

        Dataset d = new DatasetReader().read(yaml);
        List<Figure> q1 = d.figures().stream().filter(f -> f.period().equals(new Period.FiscalQuarter(2025, 1))).toList();
        assertThat(q1).extracting(f -> f.amount().central().toPlainString() + " on " + f.announced())
                .containsExactly("17.197 on 2025-04-25", "17.2 on 2026-04-24");
        byte[] once = Files.readAllBytes(yaml);
        merge(yaml, later);
        assertThat(Files.readAllBytes(yaml)).isEqualTo(once);
    }

    @Test
    void aDerivedQuarterSaysHowAndAnImportedRowThatChangedIsUpdatedInPlace() throws Exception {
        Path yaml = Files.writeString(dir.resolve("ds.yaml"), DATASET);
        merge(yaml, twoQuarters());
        FakeActual q4 = quarter(2025, 4, "27851000000", "2026-02-05", "0001652044-26-000018").derived("FY \u2212 9M");
        FakeCompany next = FakeCompany.alphabet(quarter(2025, 1, "17197000000", "2025-04-25", "0001652044-25-000043"),
                // the same filing, read differently: the imported row is brought up to date
                quarter(2025, 2, "22447000000", "2025-07-24", "0001652044-25-000062"), q4);
        String before = Files.readString(yaml);
        DatasetMerge.Result r = merge(yaml, next);
        assertThat(r.companies()).extracting(MergeSummary::line).containsExactly("GOOGL: 1 new quarter, 1 updated, 1 unchanged");
        String q4row = "  - {company: GOOGL, metric: capex_purchases_ppe, kind: actual, period: FY2025Q4, value: 27.851,"
                + " currency: USD, unit: B, announced: 2026-02-05, source: \"https://www.sec.gov/Archives/edgar/data/1652044/"
                + "000165204426000018/0001652044-26-000018-index.htm\", note: \"derived: FY \u2212 9M\","
                + " tag: PaymentsToAcquirePropertyPlantAndEquipment, form: 10-K, accession: 0001652044-26-000018, confidence: derived}\n";
        String q2 = Q2.replace("22.446", "22.447");
        assertThat(Files.readString(yaml)).isEqualTo(before.replace(Q2, q2 + q4row));
    }

    @Test
    void aNewCompanyIsListedWithItsCikAndAnIdCompanyGetsItsCikOnItsRows() throws Exception {
        Path yaml = Files.writeString(dir.resolve("ds.yaml"), DATASET);
        FakeCompany nvidia = new FakeCompany(1045810, "NVIDIA CORP", Month.JANUARY, "nvda", List.of(
                new FakeActual("capex_purchases_ppe", new Period.FiscalQuarter(2026, 1), new BigDecimal("1227000000"), "USD",
                        LocalDate.parse("2025-05-28"), "10-Q", "0001045810-25-000116", "PaymentsToAcquireProductiveAssets", "",
                        false, null, LocalDate.parse("2025-01-27"), LocalDate.parse("2025-04-27"))));
        FakeCompany meta = new FakeCompany(1326801, "Meta Platforms, Inc.", Month.DECEMBER, "META", List.of(
                new FakeActual("capex_purchases_ppe", new Period.FiscalYear(2024), new BigDecimal("37256000000"), "USD",
                        LocalDate.parse("2025-01-30"), "10-K", "0001326801-25-000017", "PaymentsToAcquirePropertyPlantAndEquipment",
                        "", false, null, LocalDate.parse("2024-01-01"), LocalDate.parse("2024-12-31"))));
        DatasetMerge.Result r = merge(yaml, nvidia, meta);
        assertThat(r.companies()).extracting(MergeSummary::line).containsExactly(
                "NVDA (new company, cik 1045810): 1 new quarter",
                "META (matched by id; cik 1326801 recorded): 1 new year");
        String text = Files.readString(yaml);
        assertThat(text).contains("  - {id: META, name: Meta, fiscal_year_end: 12}\n"
                + "  - {id: NVDA, name: \"NVIDIA CORP\", fiscal_year_end: 1, cik: 1045810}\n\nfigures:");
        assertThat(text).contains("  - {company: META, cik: 1326801, metric: capex_purchases_ppe, kind: actual, period: FY2024,");
        Dataset d = new DatasetReader().read(yaml);
        assertThat(d.companies().get("NVDA")).isEqualTo(new Company("NVDA", "NVIDIA CORP", Month.JANUARY, 1045810));
        assertThat(d.companies().get("META").cik()).isEqualTo(1326801L);

        byte[] once = Files.readAllBytes(yaml);
        DatasetMerge.Result again = merge(yaml, nvidia, meta);
        assertThat(again.companies()).extracting(MergeSummary::line).containsExactly("NVDA: 1 unchanged", "META: 1 unchanged");
        assertThat(Files.readAllBytes(yaml)).isEqualTo(once);
    }

    @Test
    void aCsvDatasetGetsTheImportColumnsAndKeepsItsRows() throws Exception {
        String csv = "company,company_name,metric,kind,period,value,announced,source\r\n"
                + "GOOGL,Alphabet,capex,guidance,FY2025,75,2025-02-04,Q4 call\r\n"
                + "META,Meta,capex,guidance,FY2025,62.5,2025-01-29,call\r\n";
        Path file = Files.writeString(dir.resolve("ds.csv"), csv);
        DatasetMerge.Result r = merge(file, FakeCompany.alphabet(quarter(2025, 1, "17197000000", "2025-04-25",
                "0001652044-25-000043")));
        assertThat(r.companies()).extracting(MergeSummary::line)
                .containsExactly("GOOGL (matched by id; cik 1652044 recorded): 1 new quarter");
        assertThat(Files.readString(file)).isEqualTo(
                "company,company_name,metric,kind,period,value,announced,source,cik,currency,unit,tag,form,accession,confidence\r\n"
                + "GOOGL,Alphabet,capex,guidance,FY2025,75,2025-02-04,Q4 call\r\n"
                + "GOOGL,Alphabet,capex_purchases_ppe,actual,FY2025Q1,17.197,2025-04-25,https://www.sec.gov/Archives/edgar/data/"
                + "1652044/000165204425000043/0001652044-25-000043-index.htm,1652044,USD,B,PaymentsToAcquirePropertyPlantAndEquipment,"
                + "10-Q,0001652044-25-000043,reported\r\n"
                + "META,Meta,capex,guidance,FY2025,62.5,2025-01-29,call\r\n");
        byte[] once = Files.readAllBytes(file);
        assertThat(merge(file, FakeCompany.alphabet(quarter(2025, 1, "17197000000", "2025-04-25", "0001652044-25-000043")))
                .companies()).extracting(MergeSummary::line).containsExactly("GOOGL: 1 unchanged");
        assertThat(Files.readAllBytes(file)).isEqualTo(once);
    }

    @Test
    void aDryRunSummarisesAndWritesNothing() throws Exception {
        Path yaml = Files.writeString(dir.resolve("ds.yaml"), DATASET);
        DatasetMerge.Result r = new DatasetMerge().merge(yaml, List.of(twoQuarters()), Map.of(), true);
        assertThat(r.companies()).extracting(MergeSummary::line).containsExactly("GOOGL: 2 new quarters, 1 kept as entered by hand");
        assertThat(r.written()).isFalse();
        assertThat(Files.readString(yaml)).isEqualTo(DATASET);
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void aCurrencyWithoutAnFxRateIsOneProblemAndNothingIsWritten() throws Exception {
        Path yaml = Files.writeString(dir.resolve("ds.yaml"), DATASET);
        FakeCompany tsmc = new FakeCompany(1046179, "Taiwan Semiconductor Manufacturing Co., Ltd.", Month.DECEMBER, "TSM",
                List.of(quarter(2024, 4, "354000000000", "2025-04-17", "0001046179-25-000005").in("TWD")));
        InvalidDatasetException e = catchThrowableOfType(InvalidDatasetException.class, () -> merge(yaml, tsmc));
        assertThat(e.problems()).extracting(Problem::toString).containsExactly(yaml + ": currency: Taiwan Semiconductor"
                + " Manufacturing Co., Ltd. reports in TWD, which has no FX rate here; add TWD to the fx table (usd_per_unit"
                + " and as_of) and import again");
        assertThat(Files.readString(yaml)).isEqualTo(DATASET);
    }

    @Test
    void aValueNoDatasetCanHoldIsSkippedAndCounted() throws Exception {
        Path yaml = Files.writeString(dir.resolve("ds.yaml"), DATASET);
        DatasetMerge.Result r = merge(yaml, FakeCompany.alphabet(quarter(2025, 1, "-5000000", "2025-04-25", "0001652044-25-000043")));
        assertThat(r.companies()).extracting(MergeSummary::line).containsExactly("GOOGL: 1 skipped (a value no dataset can hold)");
        assertThat(Files.readString(yaml)).isEqualTo(DATASET);
    }

    @Test
    void anImportIntoAMissingFileStartsADataset() throws Exception {
        Path yaml = dir.resolve("new.yaml");
        merge(yaml, twoQuarters());
        assertThat(Files.readString(yaml)).isEqualTo("companies:\n"
                + "  - {id: GOOGL, name: \"Alphabet Inc.\", fiscal_year_end: 12, cik: 1652044}\n"
                + "figures:\n"
                + Q1.replace("2025Q1", "2024Q4").replace("17.197", "14.276").replace("2025-04-25", "2025-02-04")
                        .replace("25000043", "25000014").replace("25-000043", "25-000014")
                + Q1 + Q2);
        Path csv = dir.resolve("new.csv");
        merge(csv, twoQuarters());
        Dataset d = new DatasetReader().read(csv);
        assertThat(d.figures()).hasSize(3);
        assertThat(d.companies().get("GOOGL")).isEqualTo(new Company("GOOGL", "Alphabet Inc.", Month.DECEMBER, 1652044));
        assertThat(Files.readString(csv)).startsWith(String.join(",", dev.capexbrief.dataset.edit.DatasetEditor.FIELD_ORDER) + "\n");
    }

    private List<Path> leftovers() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().startsWith(".")).toList();
        }
    }
}
