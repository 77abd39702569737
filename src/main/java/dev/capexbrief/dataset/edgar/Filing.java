package dev.capexbrief.dataset.edgar;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;

/** One filing on EDGAR, as its facts name it; ordered by the day it was filed, then by accession. */
record Filing(String accession, LocalDate filed, String form) implements Comparable<Filing> {
    private static final Comparator<Filing> ORDER = Comparator.comparing(Filing::filed).thenComparing(Filing::accession);

    Filing {
        Objects.requireNonNull(accession, "accession");
        Objects.requireNonNull(filed, "filed");
        Objects.requireNonNull(form, "form");
    }

    @Override
    public int compareTo(Filing other) {
        return ORDER.compare(this, other);
    }
}
