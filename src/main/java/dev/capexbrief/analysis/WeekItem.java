package dev.capexbrief.analysis;

import dev.capexbrief.dataset.Kind;
import dev.capexbrief.dataset.Period;

import java.time.LocalDate;

/**
 * A figure announced in the briefing's week.
 *
 * @param status   {@code new} (first guidance for the period), {@code revised}, {@code reiterated} or {@code actual}
 * @param revision the revision it made when {@code status} is revised, else null
 * @param reaction the share-price move that followed, or null
 */
public record WeekItem(CompanyProfile company, String metric, Kind kind, Period period, String label,
                       LocalDate announced, String status, Revision revision, MarketReaction reaction,
                       String source) {
    public boolean isNew() {
        return "new".equals(status);
    }
}
