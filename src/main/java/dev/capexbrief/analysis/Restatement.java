package dev.capexbrief.analysis;

import dev.capexbrief.dataset.Confidence;
import dev.capexbrief.dataset.Period;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A reported actual that a later filing changed: the same company, metric and period, a new value
 * announced on the later filing's day. Time travel keeps both: a briefing as of a day before
 * {@code toDate} sees {@code from}, one after it sees {@code to}.
 *
 * @param from   the earlier value, report-currency billions
 * @param to     the restated value
 * @param change to − from
 * @param fromConfidence how well the earlier value is evidenced, as the dataset grades it
 * @param toConfidence   how well the restated value is evidenced
 */
public record Restatement(CompanyProfile company, String metric, String metricLabel, Period period, BigDecimal from,
                          BigDecimal to, BigDecimal change, LocalDate fromDate, LocalDate toDate, String source,
                          Confidence fromConfidence, Confidence toConfidence) {

    /** What the change rests on: both values. */
    public Confidence changeConfidence() {
        return Confidence.weakest(fromConfidence, toConfidence);
    }
}
