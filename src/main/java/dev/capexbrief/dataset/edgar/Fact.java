package dev.capexbrief.dataset.edgar;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * One fact of a companyfacts payload, as the SEC serves it. {@code fy} and {@code fp} describe the
 * filing that reported the fact (its fiscal year and period focus), not the fact's own period, and
 * are null in some facts; the period is {@code start}..{@code end}.
 *
 * @param start null for an instant (a balance), else the first day of the period
 * @param end   the last day of the period
 * @param val   the value in units of 1 of the concept's unit
 * @param accn  the accession number of the filing, e.g. {@code 0001652044-26-000048}
 * @param fy    the filing's fiscal year, or null
 * @param fp    the filing's fiscal period ({@code Q1}..{@code Q3}, {@code FY}), or null
 * @param form  the filing's form: {@code 10-Q}, {@code 10-K}, {@code 10-K/A}, {@code 20-F}, {@code 8-K}, ...
 * @param filed the day the filing was made public on EDGAR
 * @param frame the SEC's calendar frame for the fact ({@code CY2025Q2}), or null
 */
public record Fact(LocalDate start, LocalDate end, BigDecimal val, String accn, Integer fy, String fp,
                   String form, LocalDate filed, String frame) {
    public Fact {
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(val, "val");
        Objects.requireNonNull(accn, "accn");
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(filed, "filed");
    }

    /** Whether the fact covers a period (a flow such as capex) rather than a point in time. */
    public boolean isDuration() {
        return start != null;
    }

    /** Days covered, both ends included; 0 for an instant. */
    public long days() {
        return start == null ? 0 : ChronoUnit.DAYS.between(start, end) + 1;
    }

    Filing filing() {
        return new Filing(accn, filed, form);
    }
}
