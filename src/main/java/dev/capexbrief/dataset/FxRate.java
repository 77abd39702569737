package dev.capexbrief.dataset;

import java.math.BigDecimal;
import java.time.LocalDate;

/** US dollars per one unit of a currency, as of a date, with where the rate came from. */
public record FxRate(String currency, BigDecimal usdPerUnit, LocalDate asOf, String source) {
}
