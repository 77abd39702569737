package dev.capexbrief.render.text;

import dev.capexbrief.analysis.Briefing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Which companies a per-company table, chart or list shows, so that a briefing on 2,000 companies
 * reads like one on nine: all of them when they fit the theme's {@code top_companies}, else the
 * first that many as the briefing ranks them (largest focus-year plan, then latest annual actual).
 * The ranking comes from the analysis; this class only selects, and never scans a list per company.
 */
public final class TopCompanies {
    /** Rows a list of news (this week, revisions, reactions, other plans) shows before "… and 85 more". */
    public static final int LIST_ROWS = 15;

    private final Briefing briefing;
    private final int limit;
    private List<String> ranking;
    private Map<String, Integer> ranks;

    public TopCompanies(Briefing briefing, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("at least one company must be shown, not " + limit);
        }
        this.briefing = briefing;
        this.limit = limit;
    }

    /** How many companies are shown one by one. */
    public int limit() {
        return limit;
    }

    /** True when there are more focus-year plans than are shown one by one. */
    public boolean plansCut() {
        return briefing.guidance().size() > limit;
    }

    /**
     * {@code all} as it is when it holds at most {@link #limit()} companies; else the first
     * {@code limit} companies of the ranking that {@code lookup} finds (an indexed lookup of the
     * briefing, applying the same filter as {@code all}), in ranking order.
     */
    public <T> List<T> select(List<T> all, Function<String, Optional<T>> lookup) {
        if (all.size() <= limit) {
            return all;
        }
        List<T> out = new ArrayList<>(limit);
        for (String id : ranking()) {
            lookup.apply(id).ifPresent(out::add);
            if (out.size() == limit) {
                break;
            }
        }
        return out;
    }

    /**
     * At most {@code max} items of a list: all as they are when they fit, else ordered by
     * {@code first} (e.g. newest first) and then by the company's rank, so the largest companies'
     * news is what a reader sees.
     */
    public <T> List<T> capped(List<T> items, int max, Function<T, String> company, Comparator<T> first) {
        if (items.size() <= max) {
            return items;
        }
        return items.stream().sorted(first.thenComparingInt(t -> rank(company.apply(t)))).limit(max).toList();
    }

    /** A company's place in the ranking, 0 for the first; a company without plan or actuals comes last. */
    public int rank(String companyId) {
        if (ranks == null) {
            ranks = new HashMap<>();
            List<String> ids = ranking();
            for (int i = 0; i < ids.size(); i++) {
                ranks.put(ids.get(i), i);
            }
        }
        return ranks.getOrDefault(companyId, Integer.MAX_VALUE);
    }

    /**
     * The line that says a table or chart is cut: "Top 12 of 2,000 companies by FY2025 plan", or
     * "... by FY2025 plan, then by latest annual capex" when some companies shown have no plan.
     */
    public String scope(int shown, int of, boolean plansOnly) {
        return "Top " + count(shown) + " of " + count(of) + " companies by FY" + briefing.focusYear() + " plan"
                + (plansOnly ? "" : ", then by latest annual capex");
    }

    /** A count as a reader writes it: 2,000. */
    public static String count(long n) {
        return String.format(Locale.ENGLISH, "%,d", n);
    }

    private List<String> ranking() {
        if (ranking == null) {
            ranking = briefing.ranking();
        }
        return ranking;
    }
}
