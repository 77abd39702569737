package dev.capexbrief.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Every capex ratio of a briefing ({@link Ratios}): each company's ratios for each span, the group
 * figures over the companies that have both lines, and the companies' own free cash flow. A value:
 * two are equal when their lists are.
 */
public final class CapexRatios {
    /** The ratio of capex to operating cash flow, whose difference is free cash flow. */
    public static final String CASH_COVER = "capex-to-ocf";

    public static final CapexRatios NONE = new CapexRatios(List.of(), List.of(), List.of());

    private final List<CapexRatio> all;
    private final List<RatioGroup> groups;
    private final List<PublishedCashFlow> published;
    private final Map<String, CapexRatio> byKey = new HashMap<>();
    private final Map<String, PublishedCashFlow> publishedByKey = new HashMap<>();

    /**
     * @param all       every company's ratios: by definition, then company (history order), then span
     * @param groups    each ratio and span over the companies with both lines (two or more)
     * @param published each company's own free cash flow for a span it has ratios for
     */
    public CapexRatios(List<CapexRatio> all, List<RatioGroup> groups, List<PublishedCashFlow> published) {
        this.all = List.copyOf(all);
        this.groups = List.copyOf(groups);
        this.published = List.copyOf(published);
        this.all.forEach(r -> byKey.putIfAbsent(key(r.id(), r.window(), r.company().id()), r));
        this.published.forEach(p -> publishedByKey.putIfAbsent(key("", p.window(), p.company().id()), p));
    }

    private static String key(String id, RatioWindow window, String companyId) {
        return id + '|' + window + '|' + companyId;
    }

    public List<CapexRatio> all() {
        return all;
    }

    public List<RatioGroup> groups() {
        return groups;
    }

    public List<PublishedCashFlow> published() {
        return published;
    }

    public boolean isEmpty() {
        return all.isEmpty();
    }

    /** The companies' ratios of one kind for one span, in history order. */
    public List<CapexRatio> of(String id, RatioWindow window) {
        return all.stream().filter(r -> r.id().equals(id) && r.window() == window).toList();
    }

    /** The company's ratio of one kind for one span. */
    public Optional<CapexRatio> of(String id, RatioWindow window, String companyId) {
        return Optional.ofNullable(byKey.get(key(id, window, companyId)));
    }

    public Optional<RatioGroup> group(String id, RatioWindow window) {
        return groups.stream().filter(g -> g.id().equals(id) && g.window() == window).findFirst();
    }

    /** The company's own free cash flow for the span, where it publishes one. */
    public Optional<PublishedCashFlow> published(String companyId, RatioWindow window) {
        return Optional.ofNullable(publishedByKey.get(key("", window, companyId)));
    }

    /**
     * Each company's latest twelve months of one ratio: its trailing twelve months where both lines
     * have all four quarters, else its latest complete fiscal year. In history order.
     */
    public List<CapexRatio> latestTwelveMonths(String id) {
        List<CapexRatio> out = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (CapexRatio r : all) {
            if (r.id().equals(id) && r.window() != RatioWindow.QUARTER && seen.add(r.company().id())) {
                out.add(of(id, RatioWindow.TRAILING_TWELVE_MONTHS, r.company().id()).orElse(r));
            }
        }
        return out;
    }

    /**
     * The largest move in capex ÷ operating cash flow on a year earlier, up or down: among the
     * latest quarters where any company has the comparison, else the trailing twelve months, else
     * the fiscal years. A tie goes to the company listed first.
     */
    public Optional<CapexRatio> largestChange() {
        for (RatioWindow w : RatioWindow.values()) {
            CapexRatio best = null;
            for (CapexRatio r : of(CASH_COVER, w)) {
                if (r.change() != null && (best == null || r.change().abs().compareTo(best.change().abs()) > 0)) {
                    best = r;
                }
            }
            if (best != null) {
                return Optional.of(best);
            }
        }
        return Optional.empty();
    }

    /** Companies whose free cash flow after capex was zero or more a year earlier and is below zero now. */
    public List<CapexRatio> turnedNegative(RatioWindow window) {
        return of(CASH_COVER, window).stream().filter(r -> r.yearEarlier() != null
                && r.difference().signum() < 0 && r.yearEarlier().difference().signum() >= 0).toList();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CapexRatios other && all.equals(other.all) && groups.equals(other.groups)
                && published.equals(other.published);
    }

    @Override
    public int hashCode() {
        return Objects.hash(all, groups, published);
    }

    @Override
    public String toString() {
        return "CapexRatios[" + all.size() + " ratios, " + groups.size() + " groups, " + published.size()
                + " published]";
    }
}
