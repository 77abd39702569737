package dev.capexbrief.analysis;

import dev.capexbrief.dataset.Amount;
import dev.capexbrief.dataset.Confidence;
import dev.capexbrief.dataset.Qualifier;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The group's combined plan for the focus year and each company's share of it. */
final class GroupTotals {
    private GroupTotals() {
    }

    static GroupTotal of(List<GuidanceLine> guidance, int year, String currency, List<CompanyProfile> profiles) {
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal prior = BigDecimal.ZERO;
        BigDecimal plan = BigDecimal.ZERO;
        boolean floors = false;
        Confidence totalGrade = Confidence.VERIFIED;
        Confidence priorGrade = Confidence.VERIFIED;
        Confidence planGrade = Confidence.VERIFIED;
        List<String> companies = new ArrayList<>();
        List<String> likeForLike = new ArrayList<>();
        for (GuidanceLine g : guidance) {
            total = total.add(g.central());
            totalGrade = Confidence.weakest(totalGrade, g.confidence());
            companies.add(g.company().id());
            floors |= g.amount() instanceof Amount.Bound b && b.qualifier() == Qualifier.AT_LEAST;
            if (g.priorActual() != null) {
                prior = prior.add(g.priorActual());
                priorGrade = Confidence.weakest(priorGrade, g.priorConfidence());
                plan = plan.add(g.central());
                planGrade = Confidence.weakest(planGrade, g.confidence());
                likeForLike.add(g.company().id());
            }
        }
        BigDecimal growth = prior.signum() > 0 ? plan.divide(prior, MathContext.DECIMAL64).subtract(BigDecimal.ONE) : null;
        String label = MoneyFormat.billions(total, currency) + (floors ? "+" : "");
        return new GroupTotal(year, total, label, companies, floors, likeForLike, prior, plan, growth,
                basisNote(guidance, year), totalGrade, priorGrade, Confidence.weakest(planGrade, priorGrade));
    }

    private static String basisNote(List<GuidanceLine> guidance, int year) {
        if (guidance.isEmpty()) {
            return "No company has guidance for FY" + year + ".";
        }
        String bases = guidance.size() <= Footnotes.DETAIL_LIMIT
                ? guidance.stream().map(g -> g.company().name() + ": " + g.company().basisLabel()).collect(Collectors.joining("; "))
                : guidance.stream().collect(Collectors.groupingBy(g -> g.company().basisLabel(), java.util.TreeMap::new,
                        Collectors.counting())).entrySet().stream()
                        .map(e -> e.getKey() + ": " + String.format(java.util.Locale.ROOT, "%,d", e.getValue()) + " companies")
                        .collect(Collectors.joining("; "));
        List<GuidanceLine> off = guidance.stream().filter(g -> !g.company().fiscalNote().isEmpty()).toList();
        String offCalendar = off.size() <= Footnotes.DETAIL_LIMIT
                ? off.stream().map(g -> g.company().name() + " " + g.company().fiscalNote()).collect(Collectors.joining("; "))
                : String.format(java.util.Locale.ROOT, "%,d companies with fiscal years not ending in December", off.size());
        return "Sum of each company's FY" + year + " plan on its own guidance basis (" + bases + "). Ranges count at "
                + "their midpoint, floors at the floor." + (offCalendar.isEmpty() ? ""
                : " Fiscal years are added as reported, not calendar-aligned (" + offCalendar + ").");
    }

    static List<GuidanceLine> withShares(List<GuidanceLine> guidance, GroupTotal total) {
        if (total.total().signum() == 0) {
            return guidance;
        }
        return guidance.stream()
                .map(g -> g.withShare(g.central().divide(total.total(), MathContext.DECIMAL64), total.confidence()))
                .toList();
    }
}
