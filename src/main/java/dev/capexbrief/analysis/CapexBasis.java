package dev.capexbrief.analysis;

import dev.capexbrief.dataset.Figure;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Capex bases (which cash-flow lines a capex number includes) and the choice of one headline basis
 * per company: the basis of its latest guidance on a named basis, so guidance is always compared with
 * actuals on the same basis; the generic {@code capex} only for a company that guides on no named
 * basis. Without guidance, the basis with the longest annual history.
 */
final class CapexBasis {
    static final String PURCHASES = "capex_purchases_ppe";
    static final String NET = "capex_net_of_proceeds";
    static final String INCL_LEASES = "capex_incl_finance_leases";
    static final String HEADLINE = "capex";
    static final String PROCEEDS = "ppe_sale_proceeds_incentives";
    static final String LEASE_PRINCIPAL = "finance_lease_principal_payments";

    private static final List<String> PREFERENCE = List.of(HEADLINE, PURCHASES, NET, INCL_LEASES);

    private CapexBasis() {
    }

    static String label(String metric) {
        return switch (metric) {
            case PURCHASES -> "purchases of property & equipment (gross cash capex)";
            case NET -> "cash capex net of proceeds & incentives";
            case INCL_LEASES -> "capex incl. finance leases";
            case HEADLINE -> "capex as reported by the company";
            default -> metric.replace('_', ' ');
        };
    }

    static String definition(String metric) {
        return switch (metric) {
            case PURCHASES -> "Cash paid for property and equipment in the period (cash-flow statement); excludes assets obtained under finance leases.";
            case NET -> "Purchases of property and equipment minus proceeds from property and equipment sales and incentives (Amazon's \u201ccash capex\u201d).";
            case INCL_LEASES -> "Cash purchases plus finance leases. Meta adds principal payments on finance leases; Microsoft adds assets acquired under new finance leases. The two are not the same concept.";
            case HEADLINE -> "The company's headline capital expenditure figure, on the basis it reports.";
            default -> "";
        };
    }

    /**
     * The headline basis for one company's visible figures, or empty when it has no capex figures. A
     * plan restated as plain {@code capex} (a press report of the same ~$80B) says nothing about its basis,
     * so it never moves a company off the named basis it guides on: if it did, the plan's growth would be
     * measured against whatever the data calls plain capex (Microsoft's purchases of PP&amp;E, $44.5B,
     * +79.8%) instead of the actual on the plan's own basis (incl. finance leases, $55.7B, +43.6%).
     */
    static Optional<String> choose(List<Figure> companyFigures) {
        Optional<String> guided = companyFigures.stream().filter(f -> f.isCapex() && f.isGuidance())
                .max(Comparator.comparing((Figure f) -> !f.metric().equals(HEADLINE))
                        .thenComparing(Figure::announced).thenComparingLong(Figure::line))
                .map(Figure::metric);
        if (guided.isPresent()) {
            return guided;
        }
        Map<String, Long> years = companyFigures.stream().filter(Figure::isCapex)
                .collect(Collectors.groupingBy(Figure::metric, Collectors.counting()));
        return years.keySet().stream().max(Comparator.comparing((Function<String, Long>) years::get)
                .thenComparing(m -> -rank(m)));
    }

    /** A basis's place in the order of preference: plain {@code capex}, purchases, net, incl. finance leases, then the rest. */
    static int rank(String metric) {
        int i = PREFERENCE.indexOf(metric);
        return i < 0 ? PREFERENCE.size() : i;
    }
}
