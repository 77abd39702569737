package dev.capexbrief.analysis;

import dev.capexbrief.dataset.Confidence;

import java.math.BigDecimal;
import java.time.Month;
import java.util.Map;

/**
 * Fills annual gaps on one basis from reported components: net capex = purchases − proceeds;
 * capex incl. finance leases = purchases + principal payments on finance leases (Meta's definition,
 * only where the company reports those payments). Reported figures always win over derived ones.
 */
final class BasisDerivation {
    private BasisDerivation() {
    }

    static void derive(Map<String, AnnualCapex> capex, Map<String, AnnualCapex> components, Month fye) {
        AnnualCapex purchases = capex.get(CapexBasis.PURCHASES);
        if (purchases == null) {
            return;
        }
        combine(capex, purchases, components.get(CapexBasis.PROCEEDS), CapexBasis.NET, -1, fye);
        combine(capex, purchases, components.get(CapexBasis.LEASE_PRINCIPAL), CapexBasis.INCL_LEASES, 1, fye);
    }

    private static void combine(Map<String, AnnualCapex> capex, AnnualCapex purchases, AnnualCapex component,
                                String target, int sign, Month fye) {
        if (component == null) {
            return;
        }
        for (AnnualActual p : purchases.years()) {
            if (p.partial()) {
                continue;
            }
            component.year(p.year().year()).ifPresent(c -> {
                AnnualCapex t = capex.computeIfAbsent(target, m -> new AnnualCapex(fye));
                BigDecimal value = sign < 0 ? p.value().subtract(c.value()) : p.value().add(c.value());
                t.deriveYear(p.year().year(), value, sign < 0
                        ? "derived: purchases of property & equipment minus proceeds & incentives"
                        : "derived: purchases of property & equipment plus principal payments on finance leases",
                        Confidence.weakest(p.confidence(), c.confidence()));
            });
        }
    }
}
