package dev.capexbrief.analysis;

import dev.capexbrief.dataset.Confidence;
import dev.capexbrief.dataset.Period;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A share-price move reported after an announcement ({@code share_price_move}, in percent).
 *
 * @param confidence how well the move is evidenced, as the dataset grades it
 */
public record MarketReaction(CompanyProfile company, Period period, LocalDate date, BigDecimal movePct,
                             String label, String note, String source, Confidence confidence) {
}
