package dev.capexbrief.dataset;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Month;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvDatasetReaderTest {
    static final String HEADER = "company,company_name,fiscal_year_end,metric,kind,period,value,low,high,qualifier,currency,unit,announced,source,note\n";

    static Dataset read(String csv) throws Exception {
        return read(csv.getBytes(StandardCharsets.UTF_8));
    }

    static Dataset read(byte[] bytes) throws Exception {
        return new CsvDatasetReader().read(new ByteArrayInputStream(bytes), "figures.csv");
    }

    static InvalidDatasetException invalid(String csv) {
        return (InvalidDatasetException) org.assertj.core.api.Assertions.catchThrowable(() -> read(csv));
    }

    @Test
    void readsPointsRangesAndBounds() throws Exception {
        Dataset d = read(HEADER
                + "AMZN,Amazon,12,capex,guidance,FY2025,,100,,at_least,USD,B,2025-02-06,call,\n"
                + "META,Meta,12,capex,guidance,FY2025,,60,65,,USD,B,2025-01-29,post,\n"
                + "MSFT,Microsoft,6,capex,guidance,FY2025,80,,,about,USD,B,2025-01-03,blog,\n"
                + "MSFT,Microsoft,6,capex,actual,FY2024,55.7,,,,USD,B,,10-K,\n");
        assertThat(d.figures()).hasSize(4);
        assertThat(d.figures().get(0).amount()).isEqualTo(new Amount.Bound(new BigDecimal("100"), Qualifier.AT_LEAST));
        assertThat(d.figures().get(1).amount().central()).isEqualByComparingTo("62.5");
        assertThat(d.companies().get("MSFT").fiscalYearEnd()).isEqualTo(Month.JUNE);
        Figure actual = d.figures().get(3);
        assertThat(actual.announcedStated()).isFalse();
        assertThat(actual.announced()).as("60 days after the fiscal year ends").isEqualTo(LocalDate.of(2024, 8, 29));
    }

    @Test
    void headerNamesAreCaseInsensitiveInAnyOrderAndUnknownColumnsWarn() throws Exception {
        Dataset d = read("Period,KIND,Metric,Company,Value,Announced,Colour\nFY2025,guidance,capex,GOOGL,75,2025-02-04,blue\n");
        assertThat(d.figures()).singleElement().satisfies(f -> {
            assertThat(f.company().id()).isEqualTo("GOOGL");
            assertThat(f.amount().central()).isEqualByComparingTo("75");
        });
        assertThat(d.warnings()).extracting(Problem::toString).containsExactly("figures.csv:1: warning: Colour: unknown column, ignored");
    }

    @Test
    void reportsEveryBrokenRowWithLineAndField() {
        InvalidDatasetException e = invalid(HEADER
                + "META,Meta,12,capex,guidance,FY2025,,65,60,,USD,B,2025-01-29,,\n"
                + "AMZN,Amazon,12,capex,forecast,FY2025,100,,,,USD,B,2025-02-06,,\n"
                + "GOOGL,Alphabet,12,capex,guidance,FY20X5,75,,,,USD,B,2025-02-04,,\n"
                + "MSFT,Microsoft,6,capex,guidance,FY2025,eighty,,,,USD,B,,,\n");
        assertThat(e.problems()).extracting(Problem::toString).containsExactly(
                "figures.csv:2: high: high (60) is below low (65)",
                "figures.csv:3: kind: 'forecast' is not a kind; use actual or guidance",
                "figures.csv:4: period: 'FY20X5' is not a period; write FY2025, FY2025Q3, CY2025, CY2025Q1 or FY2026-FY2028",
                "figures.csv:5: value: 'eighty' is not a number",
                "figures.csv:5: announced: is empty; guidance needs the day it was announced (YYYY-MM-DD)");
    }

    @Test
    void conflictingFiscalYearEndIsAnError() {
        InvalidDatasetException e = invalid(HEADER
                + "MSFT,Microsoft,6,capex,actual,FY2024,55.7,,,,USD,B,,,\n"
                + "MSFT,Microsoft,12,capex,actual,FY2023,41,,,,USD,B,,,\n");
        assertThat(e.problems()).extracting(Problem::toString)
                .containsExactly("figures.csv:3: fiscal_year_end: conflicting fiscal_year_end for MSFT: 12 here, 6 on line 2");
    }

    @Test
    void duplicateFigureWithDifferentValueIsAnError() {
        InvalidDatasetException e = invalid(HEADER
                + "AMZN,Amazon,12,capex,actual,FY2024Q4,27.83,,,,USD,B,2025-02-06,,\n"
                + "AMZN,Amazon,12,capex,actual,FY2024Q4,27.8,,,,USD,B,2025-02-06,,\n");
        assertThat(e.problems()).singleElement().asString()
                .startsWith("figures.csv:3: value: conflicts with line 2: AMZN capex actual FY2024Q4");
    }

    @Test
    void quotedFieldsWithNewlinesKeepLineNumbersOfLaterRows() {
        InvalidDatasetException e = invalid(HEADER
                + "AMZN,Amazon,12,capex,guidance,FY2025,100,,,,USD,B,2025-02-06,call,\"two\nlines\"\n"
                + "META,Meta,12,capex,guidance,FY2025,,65,60,,USD,B,2025-01-29,,\n");
        assertThat(e.problems()).singleElement().asString().startsWith("figures.csv:4: high:");
    }

    @Test
    void bomAndWindowsLineEndingsAreRead() throws Exception {
        byte[] body = (HEADER + "GOOGL,Alphabet,12,capex,guidance,FY2025,75,,,about,USD,B,2025-02-04,x,\r\n")
                .replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        Dataset d = read(withBom);
        assertThat(d.figures()).singleElement().satisfies(f -> assertThat(f.company().id()).isEqualTo("GOOGL"));
    }

    @Test
    void latin1IsRefusedWithHowToFix() {
        byte[] latin1 = (HEADER + "ALV,Allianz \u00e9,12,capex,actual,FY2024,1,,,,EUR,B,,,\n").getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> read(latin1)).isInstanceOf(InvalidDatasetException.class)
                .hasMessageContaining("is not UTF-8 text; save it as UTF-8 (in Excel: CSV UTF-8)");
    }

    @Test
    void emptyAndHeaderOnlyFilesAreErrors() {
        assertThat(invalid("").problems()).singleElement().asString().startsWith("figures.csv: is empty");
        assertThat(invalid(HEADER).problems()).singleElement().asString().isEqualTo("figures.csv:1: has a header but no figures");
    }

    @Test
    void missingRequiredColumnIsNamed() {
        assertThat(invalid("company,metric,period,value\nAMZN,capex,FY2025,100\n").problems())
                .singleElement().asString().isEqualTo("figures.csv:1: missing required column(s): kind");
    }

    @Test
    void semicolonCsvWithDecimalCommasIsRead() throws Exception {
        Dataset d = read("company;metric;kind;period;value;announced\nSAP;capex;actual;FY2024;1,25;2025-01-28\n");
        assertThat(d.figures()).singleElement().satisfies(f -> assertThat(f.amount().central()).isEqualByComparingTo("1.25"));
    }

    @Test
    void nonUsdFigureNeedsAnFxRate() {
        assertThat(invalid(HEADER + "BABA,Alibaba,3,capex,actual,FY2025,80,,,,CNY,B,,,\n").problems())
                .singleElement().asString().isEqualTo("figures.csv:2: currency: no FX rate for CNY; add it to the fx table (usd_per_unit and as_of)");
    }
}
