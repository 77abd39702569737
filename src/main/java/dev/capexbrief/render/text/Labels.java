package dev.capexbrief.render.text;

import dev.capexbrief.analysis.MoneyFormat;

import java.math.BigDecimal;

/** Labels the analysis layer's {@link MoneyFormat} does not write, built from its number format. */
public final class Labels {
    private Labels() {
    }

    /** A share of a total as a percentage with one decimal: 0.315 → "31.5%". */
    public static String share(BigDecimal ratio) {
        return MoneyFormat.number(ratio.movePointRight(2), 1) + "%";
    }
}
