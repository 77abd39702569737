package dev.capexbrief.dataset.edgar;

import dev.capexbrief.dataset.Period;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Discrete quarters from year-to-date facts, from what is known at one moment. Cash-flow statements
 * report Q1, H1, 9M and FY; so Q2 = H1 − Q1, Q3 = 9M − H1 and Q4 = FY − 9M. Where the filer also
 * reports the 3-month figure (income statements do, and some cash-flow notes), that is used instead.
 */
final class Decumulation {

    /** A period's value and how it came about: one reported fact, or a year-to-date fact minus an earlier one. */
    record Result(BigDecimal value, ReportedValue reported, ReportedValue subtracted, String derivation) {
        Result {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(reported, "reported");
            Objects.requireNonNull(derivation, "derivation");
        }

        /** The filing that made the value knowable: the later of its inputs' filings. */
        Filing filing() {
            if (subtracted == null || reported.filing().compareTo(subtracted.filing()) >= 0) {
                return reported.filing();
            }
            return subtracted.filing();
        }

        LocalDate start() {
            return subtracted == null ? reported.start() : subtracted.end().plusDays(1);
        }

        LocalDate end() {
            return reported.end();
        }
    }

    private Decumulation() {
    }

    /** The value of a fiscal year or quarter from the spans known so far, if they give one. */
    static Optional<Result> valueOf(Period period, Map<FactPeriod, ReportedValue> known) {
        if (period instanceof Period.FiscalYear y) {
            return reported(known.get(FactPeriod.yearToDate(y.year(), 4)));
        }
        if (!(period instanceof Period.FiscalQuarter q)) {
            throw new IllegalArgumentException(period.label() + " is neither a fiscal year nor a fiscal quarter");
        }
        Optional<Result> discrete = reported(known.get(FactPeriod.quarter(q.year(), q.quarter())));
        if (discrete.isPresent() || q.quarter() == 1) {
            return discrete;
        }
        FactPeriod toDate = FactPeriod.yearToDate(q.year(), q.quarter());
        FactPeriod before = FactPeriod.yearToDate(q.year(), q.quarter() - 1);
        ReportedValue minuend = known.get(toDate);
        ReportedValue subtrahend = known.get(before);
        if (minuend == null || subtrahend == null) {
            return Optional.empty();
        }
        String derivation = toDate.label() + " \u2212 " + before.label();
        if (!minuend.concept().equals(subtrahend.concept())) {
            // the filer switched tags between the two reports: say which tag the subtracted part had
            derivation += " (" + before.label() + " as " + subtrahend.concept().qualified() + ")";
        }
        return Optional.of(new Result(minuend.value().subtract(subtrahend.value()), minuend, subtrahend, derivation));
    }

    private static Optional<Result> reported(ReportedValue v) {
        return v == null ? Optional.empty() : Optional.of(new Result(v.value(), v, null, ""));
    }
}
