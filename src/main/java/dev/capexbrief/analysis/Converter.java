package dev.capexbrief.analysis;

import dev.capexbrief.dataset.Amount;
import dev.capexbrief.dataset.Figure;

import java.math.BigDecimal;

/** Puts a figure's amount into report-currency billions. */
final class Converter {
    private final FxTable fx;
    private final java.util.Map<dev.capexbrief.dataset.Unit, java.util.Map<String, BigDecimal>> factors =
            new java.util.EnumMap<>(dev.capexbrief.dataset.Unit.class);

    Converter(FxTable fx) {
        this.fx = fx;
    }

    Amount amount(Figure f) {
        return f.amount().times(factor(f));
    }

    /** The figure as stated, in billions of its own currency: what sets a label's precision. */
    static Amount stated(Figure f) {
        return f.unit().isMoney() ? f.amount().times(f.unit().toBillions()) : f.amount();
    }

    /** The figure's label in the report currency, as precise as it was stated: ~$200B is "~RMB 1,434B". */
    String label(Figure f, String currency) {
        return MoneyFormat.amount(amount(f), stated(f), currency);
    }

    BigDecimal central(Figure f) {
        BigDecimal factor = factor(f);
        // the same value and scale as multiplying by one, without a million new objects at scale
        return factor.equals(BigDecimal.ONE) ? f.amount().central() : f.amount().central().multiply(factor);
    }

    BigDecimal factor(Figure f) {
        if (!f.unit().isMoney()) {
            return BigDecimal.ONE;
        }
        // one factor per unit and currency, shared: a quarter keeps its factor, and there are a million quarters
        return factors.computeIfAbsent(f.unit(), u -> new java.util.HashMap<>()).computeIfAbsent(f.currency(), k -> {
            BigDecimal rate = fx.factor(f.currency()).orElseThrow(() -> new IllegalArgumentException(
                    "no FX rate to convert " + f.currency() + " into the report currency"));
            return f.unit().toBillions().multiply(rate);
        });
    }
}
