package dev.capexbrief.analysis;

import dev.capexbrief.dataset.Confidence;

import java.math.BigDecimal;
import java.time.Month;
import java.util.Map;

/**
 * Fills annual gaps on one basis from reported components: net capex = purchases − proceeds;
 * capex incl. finance leases = purchases + principal payments on finance leases (Meta's definition,
 * only where the company reports those payments), and only where the company's own reported years
 * agree with that sum. Reported figures, and years of four reported quarters, always win over derived ones.
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

    /** How far a reported figure may sit from the sum of its components and still be that sum (rounding in releases). */
    private static final BigDecimal TOLERANCE = new BigDecimal("0.005");

    /**
     * Whether the company's own figures on the target basis are this sum: in every year where it
     * reported the target and both components, they agree within {@link #TOLERANCE}. (Microsoft's
     * "capex including finance leases" adds the assets acquired under finance leases, not the
     * principal paid on them, so its reported years refuse Meta's sum.) With no year to check, the
     * definition stands.
     */
    private static boolean sameDefinition(AnnualCapex target, AnnualCapex purchases, AnnualCapex component, int sign) {
        if (target == null) {
            return true;
        }
        for (AnnualActual p : purchases.years()) {
            int y = p.year().year();
            if (p.partial() || !(p.provenance() instanceof Provenance.Reported)) {
                continue;
            }
            BigDecimal reported = target.reportedYear(y).orElse(null);
            AnnualActual c = component.year(y).orElse(null);
            if (reported == null || c == null || reported.signum() <= 0) {
                continue;
            }
            BigDecimal sum = sign < 0 ? p.value().subtract(c.value()) : p.value().add(c.value());
            BigDecimal gap = sum.subtract(reported).abs().divide(reported, java.math.MathContext.DECIMAL64);
            if (gap.compareTo(TOLERANCE) > 0) {
                return false;
            }
        }
        return true;
    }

    private static void combine(Map<String, AnnualCapex> capex, AnnualCapex purchases, AnnualCapex component,
                                String target, int sign, Month fye) {
        if (component == null || !sameDefinition(capex.get(target), purchases, component, sign)) {
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
