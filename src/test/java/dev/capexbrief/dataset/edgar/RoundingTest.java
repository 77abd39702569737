package dev.capexbrief.dataset.edgar;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class RoundingTest {

    @ParameterizedTest(name = "{0} vs {1}: same figure {2}")
    @CsvSource(textBlock = """
            29068000,    29000000,    true,  NVIDIA 2014 capex: thousands then millions
            817287000,   817300000,   true,  Marvell FY2021 operating cash flow: thousands then 0.1 million
            1102787000,  1103000000,  true,  NVIDIA 2014 revenue
            29000000,    29068000,    true,  the other way round
            6842000000,  6823000000,  false, Meta's restated Q1 2023 capex: same precision
            6842000000,  6800000000,  false, off by more than half a million
            4167000000,  2230000000,  false, a different number
            100,         100.0,       true,  equal
            0,           400000,      false, zero is never a rounding
            21444000,    21400000,    true,  Marvell Q1 FY2022 capex: within 50 thousand of 21.4 million
            21444000,    21500000,    false, more than 50 thousand off 21.5 million
            1234,        1200,        false, below thousands it is a restatement
            """)
    void aCoarserRepeatWithinItsRoundingIsTheSameFigure(String a, String b, boolean same, String why) {
        assertThat(Rounding.sameFigure(new BigDecimal(a), new BigDecimal(b))).as(why).isEqualTo(same);
    }
}
