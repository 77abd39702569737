package dev.capexbrief.analysis;

import dev.capexbrief.dataset.FxRate;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The sentences that say, company by company, which currency the figures were stated in and at what
 * rate the others were converted into the report currency: "Amounts are in CNY billions (RMB B):
 * Alibaba stated its figures in CNY; Amazon, ... and CoreWeave in USD. USD amounts are
 * converted at 7.1685 CNY per USD (the inverse of 0.1395 USD per CNY, as of 2025-02-24)."
 */
public final class CurrencyNote {
    /** More companies than this in one currency are counted, not named. */
    private static final int MAX_NAMED = 12;

    private CurrencyNote() {
    }

    /** The sentence for {@code profiles} in briefing order, with the FX rates the briefing used. */
    public static String of(List<CompanyProfile> profiles, List<FxRate> rates, String currency) {
        Map<String, List<String>> byCurrencies = new LinkedHashMap<>();
        for (CompanyProfile p : profiles) {
            if (!p.currencies().isEmpty()) {
                byCurrencies.computeIfAbsent(String.join(" and ", p.currencies()), k -> new ArrayList<>()).add(p.name());
            }
        }
        StringBuilder sb = new StringBuilder("Amounts are in " + currency + " billions (" + MoneyFormat.unit(currency) + ")");
        if (byCurrencies.isEmpty()) {
            return sb.append('.').toString();
        }
        List<String> parts = new ArrayList<>();
        boolean one = byCurrencies.size() == 1;
        byCurrencies.entrySet().stream()
                .sorted((x, y) -> Boolean.compare(!x.getKey().equals(currency), !y.getKey().equals(currency)))
                .forEach(e -> parts.add(who(e.getValue(), one)
                        + (parts.isEmpty() ? (e.getValue().size() == 1 ? " stated its figures" : " stated their figures") : "")
                        + " in " + e.getKey()));
        sb.append(": ").append(String.join("; ", parts)).append('.');
        profiles.stream().flatMap(p -> p.currencies().stream()).filter(c -> !c.equals(currency)).distinct().sorted()
                .forEach(c -> sb.append(' ').append(c).append(" amounts are converted at ")
                        .append(rate(c, rates, currency)).append('.'));
        return sb.toString();
    }

    /** A few companies by name; many by count, as the tables name only the largest. */
    private static String who(List<String> names, boolean everyone) {
        if (names.size() <= MAX_NAMED) {
            return Plural.list(names);
        }
        return (everyone ? "all " : "") + String.format(java.util.Locale.ROOT, "%,d", names.size()) + " companies";
    }

    private static String rate(String from, List<FxRate> rates, String currency) {
        FxRate src = find(rates, from);
        FxRate dst = find(rates, currency);
        if ("USD".equals(currency) && src != null) {
            return src.usdPerUnit().toPlainString() + " USD per " + from + asOf(src);
        }
        if ("USD".equals(from) && dst != null) {
            BigDecimal inverse = BigDecimal.ONE.divide(dst.usdPerUnit(), MathContext.DECIMAL64).setScale(4, RoundingMode.HALF_UP);
            return inverse.toPlainString() + " " + currency + " per USD (the inverse of "
                    + dst.usdPerUnit().toPlainString() + " USD per " + currency + asOf(dst).replace(" (", ", ");
        }
        if (src != null && dst != null) {
            return src.usdPerUnit().toPlainString() + " USD per " + from + " and " + dst.usdPerUnit().toPlainString()
                    + " USD per " + currency + " (through US dollars)";
        }
        return "the dataset's rate for " + from;
    }

    private static String asOf(FxRate r) {
        return " (as of " + r.asOf() + ")";
    }

    private static FxRate find(List<FxRate> rates, String currency) {
        return rates.stream().filter(r -> r.currency().equals(currency)).findFirst().orElse(null);
    }
}
