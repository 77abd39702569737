package dev.capexbrief.dataset.edgar;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** A value as known for one fiscal span: the filing that first reported it, under which tag, for which dates. */
record ReportedValue(BigDecimal value, Concept concept, Filing filing, LocalDate start, LocalDate end) {
    ReportedValue {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(concept, "concept");
        Objects.requireNonNull(filing, "filing");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
    }
}
