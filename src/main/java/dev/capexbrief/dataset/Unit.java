package dev.capexbrief.dataset;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;

/** The scale of a figure's value: billions or millions of its currency, or a percentage. */
public enum Unit {
    BILLIONS("B", BigDecimal.ONE), MILLIONS("M", new BigDecimal("0.001")), PERCENT("%", BigDecimal.ONE);

    private final String code;
    private final BigDecimal toBillions;

    Unit(String code, BigDecimal toBillions) {
        this.code = code;
        this.toBillions = toBillions;
    }

    public String code() {
        return code;
    }

    /** Factor that turns a value in this unit into billions (1 for percentages, which are not money). */
    public BigDecimal toBillions() {
        return toBillions;
    }

    public boolean isMoney() {
        return this != PERCENT;
    }

    public static Optional<Unit> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.of(BILLIONS);
        }
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "b", "bn", "billion", "billions" -> Optional.of(BILLIONS);
            case "m", "mn", "million", "millions" -> Optional.of(MILLIONS);
            case "%", "pct", "percent" -> Optional.of(PERCENT);
            default -> Optional.empty();
        };
    }
}
