package dev.capexbrief.dataset;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.Month;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PeriodTest {

    @ParameterizedTest(name = "{0} with year end {1}: {2} to {3}")
    @CsvSource({
            "FY2025,   6,  2024-07-01, 2025-06-30",
            "FY2025Q2, 6,  2024-10-01, 2024-12-31",
            "FY2025Q1, 3,  2024-04-01, 2024-06-30",
            "FY2026,   5,  2025-06-01, 2026-05-31",
            "FY2024Q4, 12, 2024-10-01, 2024-12-31",
            "CY2025Q1, 6,  2025-01-01, 2025-03-31",
            "CY2025,   6,  2025-01-01, 2025-12-31",
            "FY2026-FY2028, 3, 2025-04-01, 2028-03-31",
    })
    void periodsKnowTheirCalendar(String label, int fye, LocalDate start, LocalDate end) {
        Period p = Period.parse(label);
        assertThat(p.label()).isEqualTo(label);
        assertThat(p.start(Month.of(fye))).isEqualTo(start);
        assertThat(p.end(Month.of(fye))).isEqualTo(end);
    }

    /**
     * The rule a citation names a filing's period by: a December-year company's quarters as the
     * calendar names them, any other company's with the fiscal year first, so Microsoft's third
     * quarter of fiscal 2026 (January-March 2026) is never read as the calendar's third quarter.
     */
    @ParameterizedTest(name = "{0} with year end {1}: {2}")
    @CsvSource({
            "FY2026Q1,      12, Q1 2026",
            "FY2025,        12, FY2025",
            "FY2026Q3,      6,  FY2026 Q3",
            "FY2026,        6,  FY2026",
            "FY2026Q2,      5,  FY2026 Q2",
            "CY2025Q1,      12, Q1 2025",
            "CY2025Q1,      6,  CY2025 Q1",
            "CY2025,        6,  CY2025",
            "FY2026-FY2028, 3,  FY2026\u2013FY2028",
    })
    void periodsAreNamedInTheCompanysFiscalTerms(String label, int fye, String named) {
        assertThat(Period.parse(label).inFiscalTerms(Month.of(fye))).isEqualTo(named);
    }

    @Test
    void spanCountsItsYears() {
        assertThat(Period.parse("FY2026-FY2028").years()).isEqualTo(3);
    }

    @Test
    void calendarQuarterMapsToMicrosoftFiscalQuarter() {
        assertThat(Period.fiscalQuarterOf(new Period.CalendarQuarter(2024, 3), Month.JUNE))
                .contains(new Period.FiscalQuarter(2025, 1));
        assertThat(Period.fiscalQuarterOf(new Period.CalendarQuarter(2025, 2), Month.JUNE))
                .contains(new Period.FiscalQuarter(2025, 4));
        assertThat(Period.fiscalQuarterOf(new Period.CalendarQuarter(2025, 1), Month.DECEMBER))
                .contains(new Period.FiscalQuarter(2025, 1));
        assertThat(Period.fiscalQuarterOf(new Period.CalendarQuarter(2025, 1), Month.MAY)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "FY20X5        | is not a period",
            "FY2025Q5      | quarter 5",
            "CY2025-FY2024 | not a valid span",
            "FY2028-FY2026 | ends before it starts",
            "2025          | is not a period",
    })
    void malformedPeriodsSayWhatIsWrong(String text, String message) {
        assertThatThrownBy(() -> Period.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message);
    }
}
