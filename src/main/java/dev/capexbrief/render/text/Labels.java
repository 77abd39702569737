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

    /** A ratio as a multiple with one decimal: 6.324 → "6.3×". */
    public static String multiple(BigDecimal ratio) {
        return ratio.setScale(1, java.math.RoundingMode.HALF_UP).toPlainString() + "\u00d7";
    }
}
