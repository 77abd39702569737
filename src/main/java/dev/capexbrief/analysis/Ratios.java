package dev.capexbrief.analysis;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The ratios stage: for each company, its latest complete fiscal year's headline capex against
 * another line reported for that year, one {@link AnnualRatio} per definition. A new ratio is one
 * line in {@link #DEFINITIONS}.
 */
final class Ratios {
    /** A ratio: capex ÷ the metric named, and that metric in words for headers and notes. */
    record Definition(String id, String metric, String label) {
    }

    static final List<Definition> DEFINITIONS = List.of(
            new Definition("capex-to-revenue", "revenue", "revenue"),
            new Definition("capex-to-ocf", "operating_cash_flow", "operating cash flow"));

    private Ratios() {
    }

    /**
     * @param history every company's annual series (headline and other bases)
     * @param others  each company's annual values of non-capex metrics (revenue, operating cash flow)
     */
    static List<AnnualRatio> of(List<AnnualSeries> history, Map<String, Map<String, List<AnnualActual>>> others) {
        List<AnnualRatio> out = new ArrayList<>();
        for (Definition d : DEFINITIONS) {
            for (AnnualSeries s : history) {
                if (s.headline()) {
                    ratio(d, s, others.getOrDefault(s.company().id(), Map.of()).get(d.metric())).ifPresent(out::add);
                }
            }
        }
        return out;
    }

    /** The latest complete year that both lines report, the base positive. */
    private static Optional<AnnualRatio> ratio(Definition d, AnnualSeries capex, List<AnnualActual> base) {
        if (base == null) {
            return Optional.empty();
        }
        Map<Integer, AnnualActual> byYear = new HashMap<>();
        base.stream().filter(a -> !a.partial() && a.value().signum() > 0).forEach(a -> byYear.put(a.year().year(), a));
        for (int i = capex.years().size() - 1; i >= 0; i--) {
            AnnualActual c = capex.years().get(i);
            AnnualActual b = byYear.get(c.year().year());
            if (!c.partial() && b != null) {
                BigDecimal value = c.value();
                return Optional.of(new AnnualRatio(d.id(), d.label(), capex.company(), c.year(), value, b.value(),
                        value.divide(b.value(), MathContext.DECIMAL64), c.confidence(), b.confidence()));
            }
        }
        return Optional.empty();
    }
}
