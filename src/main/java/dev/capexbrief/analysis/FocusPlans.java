package dev.capexbrief.analysis;

import dev.capexbrief.dataset.Figure;

import java.util.List;
import java.util.Map;

/**
 * The plans stage: each company's focus-year guidance with its share of the group total, the total
 * itself, and the other plans still current.
 *
 * @param guidance focus-year guidance on each company's headline basis, largest first, with shares
 * @param others   later years, open quarters, multi-year plans and other metrics
 */
record FocusPlans(List<GuidanceLine> guidance, List<GuidanceLine> others, GroupTotal total) {
    FocusPlans {
        guidance = List.copyOf(guidance);
        others = List.copyOf(others);
    }

    static FocusPlans of(GuidancePlans plans, Map<GuidanceBook.Key, List<Figure>> chains, int year, String currency,
                         List<CompanyProfile> profiles) {
        List<GuidanceLine> guidance = plans.focus(chains, year);
        List<GuidanceLine> others = plans.others(chains, year);
        GroupTotal total = GroupTotals.of(guidance, year, currency, profiles);
        return new FocusPlans(GroupTotals.withShares(guidance, total), others, total);
    }
}
