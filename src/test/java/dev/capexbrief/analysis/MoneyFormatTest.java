package dev.capexbrief.analysis;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/** The precision rule where it is decided: what a change in billions looks like. */
class MoneyFormatTest {

    /**
     * A change shows the rule's decimals, and where that would round it to a signed zero ("-$0.0B"),
     * as many more as its first digit needs: Meta's FY2023Q1 restated from 6.842 to 6.823 is -$0.02B.
     */
    @ParameterizedTest
    @CsvSource({
            "-0.019, -$0.02B, 2",
            "0.019, +$0.02B, 2",
            "0.0096, +$0.01B, 2",
            "-0.0049, -$0.005B, 3",
            "0.0004, +$0.0004B, 4",
            "-0.2, -$0.2B, 1",
            "0.05, +$0.1B, 1",
            "15, +$15.0B, 1",
            "143.2, +$143B, 0",
            "0, $0.0B, 1"})
    void aChangeIsNeverASignedZero(String value, String label, int decimals) {
        BigDecimal v = new BigDecimal(value);
        assertThat(MoneyFormat.change(v, "USD")).isEqualTo(label);
        assertThat(MoneyFormat.changeDecimals(v)).isEqualTo(decimals);
    }

    /**
     * A change between two figures is as precise as the more precise of them, no more than the rule
     * gives the change, and never a signed zero: ~$200B to ~$220B is +$20B, $26.3B to $30B +$3.7B,
     * $131.8B to $150B +$18.2B, a change of computed midpoints (precision 1) the rule's.
     */
    @ParameterizedTest
    @CsvSource({
            "20, 0, 0, +$20B",
            "-15, 0, 0, -$15B",
            "3.7, 1, 0, +$3.7B",
            "18.2, 1, 0, +$18.2B",
            "2.5, 1, 1, +$2.5B",
            "143.37, 0, 0, +$143B",
            "143.37, 1, 1, +$143B",
            "0.019, 3, 3, +$0.02B"})
    void aChangeIsAsPreciseAsItsMorePreciseSide(String value, int from, int to, String label) {
        BigDecimal v = new BigDecimal(value);
        assertThat(MoneyFormat.change(v, MoneyFormat.changeDecimals(v, from, to), "USD")).isEqualTo(label);
    }

    @Test
    void aSpreadsheetFormatShowsAsManyDecimalsAsItIsGiven() {
        assertThat(MoneyFormat.spreadsheetFormat(2, "$B", "", true))
                .isEqualTo("+\"$\"#,##0.00\"B\";-\"$\"#,##0.00\"B\";\"$\"#,##0.00\"B\"");
        assertThat(MoneyFormat.spreadsheetFormat(1, "RMB B", "\u00a7", false)).isEqualTo("\"RMB \"#,##0.0\"B\u00a7\"");
        assertThat(MoneyFormat.spreadsheetFormat(0, "$B", "+", false)).isEqualTo("\"$\"#,##0\"B+\"");
    }
}
