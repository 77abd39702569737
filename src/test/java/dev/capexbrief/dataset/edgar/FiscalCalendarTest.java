package dev.capexbrief.dataset.edgar;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class FiscalCalendarTest {

    @ParameterizedTest(name = "{0} belongs to {1}")
    @CsvSource(textBlock = """
            2024-01-28, 2024-01, NVIDIA FY2024: last Sunday of January
            2024-02-03, 2024-01, Marvell FY2024: Saturday nearest 31 January
            2025-09-27, 2025-09, Apple FY2025: last Saturday of September
            2022-09-24, 2022-09, Apple FY2022: six days before the month end
            2016-12-31, 2016-12, a month end
            2017-04-01, 2017-03, Apple Q2 FY2017: a day after the month end
            """)
    void aPeriodEndNearAMonthEndBelongsToThatMonth(LocalDate end, String month, String why) {
        assertThat(FiscalCalendar.monthOf(end)).as(why).contains(YearMonth.parse(month));
    }

    @ParameterizedTest
    @CsvSource({"2024-01-15", "2024-02-08", "2024-01-23"})
    void aMidMonthEndIsNoFiscalPeriodEnd(LocalDate end) {
        assertThat(FiscalCalendar.monthOf(end)).isEmpty();
    }

    @ParameterizedTest(name = "{0}..{1} for a year ending in {2}: {3}")
    @CsvSource(textBlock = """
            2023-01-30, 2024-01-28, JANUARY,   FY2024 12 Q4, NVIDIA's fiscal year 2024
            2024-01-29, 2024-04-28, JANUARY,   FY2025 3 Q1,  NVIDIA's first quarter of FY2025
            2023-01-29, 2024-02-03, JANUARY,   FY2024 12 Q4, Marvell's 53-week year
            2023-10-29, 2024-02-03, JANUARY,   FY2024 3 Q4,  Marvell's 14-week fourth quarter
            2024-02-04, 2024-05-04, JANUARY,   FY2025 3 Q1,  Marvell's first quarter ends in May but is April's
            2024-09-29, 2025-09-27, SEPTEMBER, FY2025 12 Q4, Apple's fiscal year 2025
            2024-09-29, 2024-12-28, SEPTEMBER, FY2025 3 Q1,  Apple's December quarter is Q1 of the next fiscal year
            2016-09-25, 2016-12-31, SEPTEMBER, FY2017 3 Q1,  Apple's 14-week quarter of 98 days
            2024-09-29, 2025-06-28, SEPTEMBER, FY2025 9 Q3,  Apple's nine months
            2025-07-01, 2025-12-31, JUNE,      FY2026 6 Q2,  Microsoft's first half
            2025-01-01, 2025-06-30, DECEMBER,  FY2025 6 Q2,  a calendar-year first half
            2025-01-01, 2025-12-31, DECEMBER,  FY2025 12 Q4, a calendar year
            """)
    void classifiesAFactAsTheFiscalSpanItCovers(LocalDate start, LocalDate end, Month yearEnd, String expected, String why) {
        String[] e = expected.split(" ");
        FactPeriod span = new FactPeriod(Integer.parseInt(e[0].substring(2)), e[2].charAt(1) - '0', Integer.parseInt(e[1]));
        assertThat(new FiscalCalendar(yearEnd).classify(start, end)).as(why).contains(span);
    }

    @ParameterizedTest(name = "{0}..{1}: {2}")
    @CsvSource(textBlock = """
            2024-07-01, 2025-06-30, trailing twelve months ending at Q2 are neither a year nor a quarter
            2024-04-01, 2025-03-31, trailing twelve months ending at Q1
            2025-07-01, 2025-12-31, the second half is not year-to-date
            2025-04-01, 2025-09-30, two quarters from Q2 are not year-to-date
            2025-01-01, 2025-02-28, two months are no fiscal span
            2025-01-01, 2025-03-15, ends mid-month
            2025-01-10, 2025-03-31, starts mid-month
            2024-01-01, 2025-03-31, fifteen months
            """)
    void ignoresWhatIsNoQuarterYearToDateOrYear(LocalDate start, LocalDate end, String why) {
        assertThat(new FiscalCalendar(Month.DECEMBER).classify(start, end)).as(why).isEmpty();
    }

    @Test
    void ignoresInstants() {
        assertThat(new FiscalCalendar(Month.DECEMBER).classify(null, LocalDate.of(2025, 12, 31))).isEmpty();
    }

    @Test
    void infersTheYearEndFromTheAnnualReportsPeriodEnds() {
        List<Fact> nvidia = List.of(
                fact("2022-01-31", "2023-01-29", "10-K", "FY"),
                fact("2023-01-30", "2024-01-28", "10-K", "FY"),
                fact("2024-01-29", "2025-01-26", "10-K", "FY"),
                // a 10-Q's trailing twelve months are not an annual fact
                fact("2024-04-29", "2025-04-27", "10-Q", "Q1"),
                fact("2024-04-29", "2024-07-28", "10-Q", "Q2"));
        assertThat(FiscalCalendar.infer(nvidia)).contains(new FiscalCalendar(Month.JANUARY));
    }

    @Test
    void theMostCommonAnnualMonthWinsOverAnOddOne() {
        List<Fact> facts = List.of(
                fact("2022-07-01", "2023-06-30", "10-K", "FY"),
                fact("2023-07-01", "2024-06-30", "10-K", "FY"),
                fact("2024-01-01", "2024-12-31", "10-K/A", "FY"));
        assertThat(FiscalCalendar.infer(facts)).contains(new FiscalCalendar(Month.JUNE));
    }

    @Test
    void withoutAnnualReportsTheQuarterlyReportsTell() {
        // a company in its first year: a Q1 report for the quarter ending April 2025 puts its year end in January
        List<Fact> facts = List.of(
                fact("2025-02-02", "2025-05-03", "10-Q", "Q1"),
                fact("2024-02-04", "2024-05-04", "10-Q", "Q1"),
                fact("2025-02-02", "2025-08-02", "10-Q", "Q2"));
        assertThat(FiscalCalendar.infer(facts)).contains(new FiscalCalendar(Month.JANUARY));
    }

    @Test
    void withNothingToGoOnThereIsNoCalendar() {
        assertThat(FiscalCalendar.infer(List.of(fact(null, "2025-03-31", "8-K", null)))).isEqualTo(Optional.empty());
    }

    private static Fact fact(String start, String end, String form, String fp) {
        return new Fact(start == null ? null : LocalDate.parse(start), LocalDate.parse(end), BigDecimal.ONE,
                "0000000001-25-" + end.substring(5).replace("-", ""), null, fp, form, LocalDate.parse(end).plusDays(30), null);
    }
}
