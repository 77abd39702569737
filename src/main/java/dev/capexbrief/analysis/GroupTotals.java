package dev.capexbrief.analysis;

import dev.capexbrief.dataset.Confidence;
import dev.capexbrief.dataset.Period;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The group's combined plan for the focus year and each company's share of it. */
public final class GroupTotals {
    private GroupTotals() {
    }

    /** CIKs of Amazon, Alphabet, Meta and Microsoft: the Big Four whatever ids a dataset gives them. */
    static final java.util.Set<Long> BIG_FOUR_CIKS = java.util.Set.of(1018724L, 1652044L, 1326801L, 789019L);
    /** Their usual tickers, for datasets without CIKs. */
    static final java.util.Set<String> BIG_FOUR_IDS = java.util.Set.of("AMZN", "GOOGL", "GOOG", "META", "FB", "MSFT");

    static GroupTotal of(List<GuidanceLine> guidance, int year, String currency, List<CompanyProfile> profiles) {
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal prior = BigDecimal.ZERO;
        BigDecimal plan = BigDecimal.ZERO;
        boolean floors = false;
        boolean ceilings = false;
        Confidence totalGrade = Confidence.VERIFIED;
        Confidence priorGrade = Confidence.VERIFIED;
        Confidence planGrade = Confidence.VERIFIED;
        List<String> companies = new ArrayList<>();
        List<String> likeForLike = new ArrayList<>();
        List<GuidanceLine> withPrior = new ArrayList<>();
        for (GuidanceLine g : guidance) {
            total = total.add(g.value());
            totalGrade = Confidence.weakest(totalGrade, g.confidence());
            companies.add(g.company().id());
            floors |= g.valueFloor();
            ceilings |= g.valueCeiling();
            if (g.priorActual() != null) {
                prior = prior.add(g.priorActual());
                priorGrade = Confidence.weakest(priorGrade, g.priorConfidence());
                plan = plan.add(g.value());
                planGrade = Confidence.weakest(planGrade, g.confidence());
                likeForLike.add(g.company().id());
                withPrior.add(g);
            }
        }
        Growths.Bound bound = bound(withPrior);
        BigDecimal growth = prior.signum() > 0 && bound != Growths.Bound.UNKNOWN
                ? plan.divide(prior, MathContext.DECIMAL64).subtract(BigDecimal.ONE) : null;
        int decimals = decimals(guidance, total);
        String label = GroupTotal.sumLabel(total, decimals, currency, floors, ceilings);
        return new GroupTotal(year, total, label, decimals, companies, floors, ceilings, likeForLike,
                GroupTotal.Sum.ofPlans(withPrior, plan), prior, plan, growth, bound,
                basisNote(guidance, year, currency), totalGrade, priorGrade, Confidence.weakest(planGrade, priorGrade),
                headline(guidance, year, currency), GroupTotal.Sum.ofPriorYears(withPrior, prior));
    }

    /** The Big Four when all four have a plan and a prior year, else every company with both; with no prior year anywhere, every plan. */
    static GroupTotal.Headline headline(List<GuidanceLine> guidance, int year, String currency) {
        List<GuidanceLine> withPrior = guidance.stream().filter(g -> g.priorActual() != null).toList();
        List<GuidanceLine> bigFour = withPrior.stream().filter(g -> bigFour(g.company())).toList();
        // with no prior year anywhere the group number is every plan, without a growth rate
        List<GuidanceLine> members = bigFour.size() == 4 ? bigFour : withPrior.isEmpty() ? guidance : withPrior;
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal low = BigDecimal.ZERO;
        BigDecimal high = BigDecimal.ZERO;
        BigDecimal prior = BigDecimal.ZERO;
        boolean floors = false;
        boolean ceilings = false;
        boolean calendar = true;
        Confidence grade = Confidence.VERIFIED;
        Confidence priorGrade = Confidence.VERIFIED;
        List<String> ids = new ArrayList<>();
        List<String> off = new ArrayList<>();
        for (GuidanceLine g : members) {
            ids.add(g.company().id());
            total = total.add(g.value());
            low = low.add(g.low());
            high = high.add(g.high());
            prior = g.priorActual() == null ? prior : prior.add(g.priorActual());
            floors |= g.valueFloor();
            ceilings |= g.valueCeiling();
            grade = Confidence.weakest(grade, g.confidence());
            priorGrade = Confidence.weakest(priorGrade, g.priorConfidence());
            boolean onCalendar = g.period() instanceof Period.CalendarYear || g.company().company().calendarFiscalYear();
            calendar &= onCalendar;
            if (!onCalendar) {
                java.time.Month fye = g.company().company().fiscalYearEnd();
                off.add(g.company().name() + ": " + g.period().label() + " " + Footnotes.monthYear(g.period().start(fye))
                        + " \u2013 " + Footnotes.monthYear(g.period().end(fye)));
            }
        }
        Growths.Bound bound = bound(members);
        BigDecimal growth = prior.signum() > 0 && bound != Growths.Bound.UNKNOWN
                ? total.divide(prior, MathContext.DECIMAL64).subtract(BigDecimal.ONE) : null;
        String growthLabel = growth == null ? "" : Growths.label(growth,
                low.divide(prior, MathContext.DECIMAL64).subtract(BigDecimal.ONE),
                high.divide(prior, MathContext.DECIMAL64).subtract(BigDecimal.ONE), bound);
        String prefix = calendar ? "CY" : "FY";
        int decimals = decimals(members, total);
        return new GroupTotal.Headline(ids, prefix + year, prefix + (year - 1), total,
                GroupTotal.sumLabel(total, decimals, currency, floors, ceilings), decimals, floors, ceilings, low, high,
                prior, growth, bound, growthLabel,
                String.join("; ", off), grade, Confidence.weakest(grade, priorGrade),
                GroupTotal.Sum.ofPriorYears(members, prior));
    }

    /**
     * What the growth of these plans' sum on their prior years' sum is: the bounds of each plan's own
     * growth ({@link GuidanceLine#growthBound}) taken together (a floor among the plans or a ceiling
     * among the prior years makes it a minimum, a ceiling among the plans or a floor among the prior
     * years a maximum; both leave it unknown).
     */
    private static Growths.Bound bound(List<GuidanceLine> added) {
        return added.stream().map(GuidanceLine::growthBound).reduce(Growths.Bound.EXACT, Growths.Bound::with);
    }

    /**
     * The decimals a sum of plans shows: a sum of one plan is that plan, as precise as it was stated
     * ("~$50B" is a "$50B" total, not "$50.0B"); a sum of several is computed, under the rule.
     */
    private static int decimals(List<GuidanceLine> added, BigDecimal total) {
        return added.size() == 1 ? added.get(0).decimals() : MoneyFormat.decimals(total);
    }

    /** Whether these ids are exactly the Big Four. */
    public static boolean isBigFour(Briefing b, List<String> ids) {
        return ids.size() == 4 && b.companies().stream().filter(p -> ids.contains(p.id())).filter(GroupTotals::bigFour).count() == 4;
    }

    static boolean bigFour(CompanyProfile p) {
        return p.company().hasCik() ? BIG_FOUR_CIKS.contains(p.company().cik()) : BIG_FOUR_IDS.contains(p.id());
    }

    private static String basisNote(List<GuidanceLine> guidance, int year, String currency) {
        if (guidance.isEmpty()) {
            return "No company has guidance for FY" + year + ".";
        }
        String bases = guidance.size() <= Footnotes.DETAIL_LIMIT
                ? guidance.stream().map(g -> g.company().name() + ": " + g.company().basisLabel()).collect(Collectors.joining("; "))
                : guidance.stream().collect(Collectors.groupingBy(g -> g.company().basisLabel(), java.util.TreeMap::new,
                        Collectors.counting())).entrySet().stream()
                        .map(e -> e.getKey() + ": " + String.format(java.util.Locale.ROOT, "%,d", e.getValue()) + " "
                                + Plural.noun(e.getValue(), "company", "companies"))
                        .collect(Collectors.joining("; "));
        List<GuidanceLine> off = guidance.stream().filter(g -> !g.company().fiscalNote().isEmpty())
                .filter(g -> !(g.period() instanceof Period.CalendarYear)).toList();
        String offCalendar = off.size() <= Footnotes.DETAIL_LIMIT
                ? off.stream().map(g -> g.company().name() + " " + g.company().fiscalNote()).collect(Collectors.joining("; "))
                : String.format(java.util.Locale.ROOT, "%,d companies with fiscal years not ending in December", off.size());
        List<String> calendar = guidance.stream().filter(g -> g.period() instanceof Period.CalendarYear)
                .map(g -> g.company().name()).toList();
        String reported = guidance.stream().filter(GuidanceLine::reported)
                .map(g -> g.company().name() + " " + g.displayLabel(currency))
                .collect(Collectors.joining("; "));
        boolean ceilings = guidance.stream().anyMatch(GuidanceLine::valueCeiling);
        boolean maximum = ceilings && guidance.stream().noneMatch(GuidanceLine::valueFloor);
        return "Sum of each company's FY" + year + " plan on its own guidance basis (" + bases + "). Ranges count at "
                + "their midpoint, floors at the floor" + (ceilings ? ", ceilings at the ceiling" : "")
                + (maximum ? ", so the total is a maximum." : ".") + (calendar.isEmpty() ? ""
                : " " + String.join(", ", calendar) + (calendar.size() == 1 ? " guides" : " guide")
                + " the calendar year, and " + (calendar.size() == 1 ? "its" : "their") + " CY" + year + " plan counts.")
                + (offCalendar.isEmpty() ? ""
                : " Fiscal years are added as reported, not calendar-aligned (" + offCalendar + ").")
                + (reported.isEmpty() ? "" : " A year that has closed and been reported counts its reported actual: "
                + reported + ".");
    }

    static List<GuidanceLine> withShares(List<GuidanceLine> guidance, GroupTotal total) {
        if (total.total().signum() == 0) {
            return guidance;
        }
        return guidance.stream()
                .map(g -> g.withShare(g.value().divide(total.total(), MathContext.DECIMAL64), total.confidence()))
                .toList();
    }
}
