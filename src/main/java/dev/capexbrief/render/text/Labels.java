package dev.capexbrief.render.text;

import dev.capexbrief.analysis.MoneyFormat;

import java.math.BigDecimal;

/** Shares and multiples for the narrative and the model, written by {@link MoneyFormat}'s precision rule. */
public final class Labels {
    private Labels() {
    }

    /** A share of a total as a percentage with one decimal: 0.315 → "31.5%". */
    public static String share(BigDecimal ratio) {
        return MoneyFormat.percent(ratio);
    }

    /** A ratio as a multiple with one decimal: 6.324 → "6.3×". */
    public static String multiple(BigDecimal ratio) {
        return MoneyFormat.multiple(ratio);
    }
}
