package dev.capexbrief.dataset;

import java.util.Locale;
import java.util.Optional;

/** How a guided number is meant: exactly, approximately, as a floor or as a ceiling. */
public enum Qualifier {
    EXACT(""), ABOUT("about"), AT_LEAST("at_least"), AT_MOST("at_most");

    private final String code;

    Qualifier(String code) {
        this.code = code;
    }

    /** The dataset spelling: {@code about}, {@code at_least}, {@code at_most}, or empty. */
    public String code() {
        return code;
    }

    /** Reads a dataset spelling; blanks mean {@link #EXACT}. Accepts "at least", "over", "up to". */
    public static Optional<Qualifier> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.of(EXACT);
        }
        String t = text.strip().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        return switch (t) {
            case "exact" -> Optional.of(EXACT);
            case "about", "approx", "approximately", "around", "~" -> Optional.of(ABOUT);
            case "at_least", "over", "more_than", "min", ">=" -> Optional.of(AT_LEAST);
            case "at_most", "up_to", "max", "<=" -> Optional.of(AT_MOST);
            default -> Optional.empty();
        };
    }
}
