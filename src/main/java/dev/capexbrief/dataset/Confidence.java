package dev.capexbrief.dataset;

import java.util.Locale;
import java.util.Optional;

/**
 * How well a figure is evidenced, as the team's research tables grade it: {@code verified} (read in
 * the cited source), {@code single-source} (read in one source only), {@code unverified} (derived or
 * implied, not stated by the company), and for figures imported from filings {@code reported}
 * (as filed) and {@code derived} (computed from filed facts, e.g. a fourth quarter as the year less
 * nine months). {@link #UNSTATED} when the data does not say.
 *
 * <p>A number computed from figures (a sum, a growth rate, a ratio) is only as well evidenced as its
 * weakest input: {@link #weakest}. Weakest first, the grades run unverified, single-source, unstated,
 * derived, reported, verified.
 */
public enum Confidence {
    UNSTATED(""), VERIFIED("verified"), SINGLE_SOURCE("single-source"), UNVERIFIED("unverified"),
    REPORTED("reported"), DERIVED("derived");

    private final String code;

    Confidence(String code) {
        this.code = code;
    }

    /** How weak the grade is: higher is weaker. */
    private int weakness() {
        return switch (this) {
            case UNVERIFIED -> 5;
            case SINGLE_SOURCE -> 4;
            case UNSTATED -> 3;
            case DERIVED -> 2;
            case REPORTED -> 1;
            case VERIFIED -> 0;
        };
    }

    /** The weaker of two grades: what a number computed from figures graded {@code a} and {@code b} is worth. */
    public static Confidence weakest(Confidence a, Confidence b) {
        return b.weakness() > a.weakness() ? b : a;
    }

    /**
     * True when the figure rests on one source only ({@code single-source}) or on none that states it
     * ({@code unverified}): the grades a reader is warned of.
     */
    public boolean thin() {
        return this == SINGLE_SOURCE || this == UNVERIFIED;
    }

    /** The dataset spelling; empty for {@link #UNSTATED}. */
    public String code() {
        return code;
    }

    /** Reads a dataset spelling, case-insensitive, with '_' or ' ' for '-'; blanks mean {@link #UNSTATED}. */
    public static Optional<Confidence> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.of(UNSTATED);
        }
        String t = text.strip().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
        for (Confidence c : values()) {
            if (c != UNSTATED && c.code.equals(t)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
