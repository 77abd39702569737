package dev.capexbrief.dataset.edgar;

import java.util.Objects;

/** An XBRL concept as companyfacts names it: a taxonomy ({@code us-gaap}, {@code ifrs-full}) and a tag. */
public record Concept(String taxonomy, String tag) {
    public static final String US_GAAP = "us-gaap";
    public static final String IFRS = "ifrs-full";

    public Concept {
        Objects.requireNonNull(taxonomy, "taxonomy");
        Objects.requireNonNull(tag, "tag");
    }

    public static Concept usGaap(String tag) {
        return new Concept(US_GAAP, tag);
    }

    public static Concept ifrs(String tag) {
        return new Concept(IFRS, tag);
    }

    /** The prefixed name, e.g. {@code us-gaap:PaymentsToAcquireProductiveAssets}. */
    public String qualified() {
        return taxonomy + ":" + tag;
    }

    @Override
    public String toString() {
        return qualified();
    }
}
