package dev.capexbrief.analysis;

import dev.capexbrief.dataset.Dataset;
import dev.capexbrief.dataset.FxRate;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Converts amounts into the report currency through US dollars, using the dataset's FX table, and
 * remembers which rates it used so the methodology can list them.
 */
final class FxTable {
    private final Dataset dataset;
    private final String reportCurrency;
    private final Map<String, FxRate> used = new LinkedHashMap<>();

    FxTable(Dataset dataset, String reportCurrency) {
        this.dataset = dataset;
        this.reportCurrency = reportCurrency;
    }

    /** The factor turning one unit of {@code currency} into the report currency, if known. */
    Optional<BigDecimal> factor(String currency) {
        if (currency.equals(reportCurrency)) {
            return Optional.of(BigDecimal.ONE);
        }
        Optional<BigDecimal> toUsd = usdPer(currency);
        Optional<BigDecimal> reportToUsd = usdPer(reportCurrency);
        if (toUsd.isEmpty() || reportToUsd.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(toUsd.get().divide(reportToUsd.get(), MathContext.DECIMAL64));
    }

    private Optional<BigDecimal> usdPer(String currency) {
        if (currency.equals("USD")) {
            return Optional.of(BigDecimal.ONE);
        }
        Optional<FxRate> rate = dataset.fxRate(currency);
        rate.ifPresent(r -> used.putIfAbsent(r.currency(), r));
        return rate.map(FxRate::usdPerUnit);
    }

    List<FxRate> used() {
        return List.copyOf(used.values());
    }

    /** Currencies the dataset uses that cannot be converted to the report currency. */
    static List<String> missingRates(Dataset dataset, String reportCurrency) {
        FxTable t = new FxTable(dataset, reportCurrency);
        return dataset.figures().stream().filter(f -> f.unit().isMoney()).map(f -> f.currency()).distinct()
                .filter(c -> t.factor(c).isEmpty()).sorted().toList();
    }

    static LocalDate newest(List<FxRate> rates) {
        return rates.stream().map(FxRate::asOf).max(LocalDate::compareTo).orElse(null);
    }
}
