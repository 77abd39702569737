package dev.capexbrief.dataset;

import java.util.Locale;
import java.util.Optional;

/** Whether a figure reports what was spent or what a company plans to spend. */
public enum Kind {
    ACTUAL, GUIDANCE;

    /** The dataset spelling. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Kind> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "actual" -> Optional.of(ACTUAL);
            case "guidance" -> Optional.of(GUIDANCE);
            default -> Optional.empty();
        };
    }
}
