package dev.capexbrief.analysis;

import dev.capexbrief.dataset.Amount;
import dev.capexbrief.dataset.Figure;

import java.math.BigDecimal;

/** Puts a figure's amount into report-currency billions. */
final class Converter {
    private final FxTable fx;

    Converter(FxTable fx) {
        this.fx = fx;
    }

    Amount amount(Figure f) {
        return f.amount().times(factor(f));
    }

    BigDecimal central(Figure f) {
        return f.amount().central().multiply(factor(f));
    }

    BigDecimal factor(Figure f) {
        if (!f.unit().isMoney()) {
            return BigDecimal.ONE;
        }
        BigDecimal rate = fx.factor(f.currency()).orElseThrow(() -> new IllegalArgumentException(
                "no FX rate to convert " + f.currency() + " into the report currency"));
        return f.unit().toBillions().multiply(rate);
    }
}
