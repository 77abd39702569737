package dev.capexbrief.dataset.edgar;

import dev.capexbrief.dataset.Period;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ImportedActualTest {

    @Test
    void theSourceIsTheFilingsIndexPageOnEdgar() {
        ImportedActual a = actual(false, null);
        assertThat(a.sourceUrl(1652044))
                .isEqualTo("https://www.sec.gov/Archives/edgar/data/1652044/000165204426000018/0001652044-26-000018-index.htm");
    }

    @Test
    void onlyARestatementCarriesThePreviousValue() {
        assertThat(actual(true, BigDecimal.ONE).previous()).isEqualTo(BigDecimal.ONE);
        assertThatThrownBy(() -> actual(true, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> actual(false, BigDecimal.ONE)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void isForAFiscalYearOrQuarterOnly() {
        assertThatThrownBy(() -> new ImportedActual("revenue", new Period.CalendarYear(2025), BigDecimal.TEN, "USD",
                LocalDate.of(2026, 2, 5), "10-K", "0001652044-26-000018", "us-gaap:Revenues", "", false, null,
                LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)))
                .hasMessageContaining("CY2025");
    }

    private static ImportedActual actual(boolean restatement, BigDecimal previous) {
        return new ImportedActual("capex_purchases_ppe", new Period.FiscalQuarter(2025, 4), new BigDecimal("27851000000"), "USD",
                LocalDate.of(2026, 2, 5), "10-K", "0001652044-26-000018", "us-gaap:PaymentsToAcquirePropertyPlantAndEquipment",
                "FY \u2212 9M", restatement, previous, LocalDate.of(2025, 10, 1), LocalDate.of(2025, 12, 31));
    }
}
