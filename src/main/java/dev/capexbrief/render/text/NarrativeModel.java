package dev.capexbrief.render.text;

import dev.capexbrief.analysis.Briefing;
import dev.capexbrief.analysis.CapexRatios;
import dev.capexbrief.analysis.CompanyProfile;
import dev.capexbrief.analysis.GroupRemainder;
import dev.capexbrief.analysis.GroupTotal;
import dev.capexbrief.analysis.GuidanceLine;
import dev.capexbrief.analysis.MoneyFormat;
import dev.capexbrief.analysis.QuarterSeries;
import dev.capexbrief.analysis.RatioWindow;
import dev.capexbrief.analysis.WeekItem;
import dev.capexbrief.dataset.Kind;
import dev.capexbrief.dataset.Period;
import dev.capexbrief.dataset.Qualifier;

import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The data model every template receives: the briefing's numbers as labels (written by
 * {@link MoneyFormat}) and raw values, in plain maps and lists. The keys are documented in
 * {@code templates/README.txt}.
 */
public final class NarrativeModel {
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    private NarrativeModel() {
    }

    /** The model for one briefing with the default number of companies shown one by one. */
    public static Map<String, Object> of(Briefing b, String firmName) {
        return of(b, firmName, Theme.DEFAULT_TOP_COMPANIES);
    }

    /**
     * The model for one briefing; {@code firmName} and {@code top} (how many companies are named
     * one by one before the rest are counted) come from the theme.
     */
    public static Map<String, Object> of(Briefing b, String firmName, int top) {
        ItemMaps items = new ItemMaps(b.currency(), b::revisesFocusPlan);
        Map<String, String> names = new HashMap<>();
        b.companies().forEach(c -> names.put(c.id(), c.name()));
        Map<String, Object> m = edition(b, firmName);
        m.put("top", top);
        List<String> companyNames = new LazyList<>(b.companies(), CompanyProfile::name);
        m.put("companies", companyNames);
        m.put("companyCount", companyNames.size());
        m.put("companiesText", namesOrCount(companyNames, top, ""));
        m.put("total", total(b.total(), b, names, top));
        // beside total, not in it: total is recorded in the manifest for the email, which has no use for these
        m.put("calendarPlans", new LazyList<>(calendarPlans(b, b.total().headline()), g -> items.guidance(g, null)));
        List<Map<String, Object>> guidance = new LazyList<>(b.guidance(),
                g -> items.guidance(g, b.quarterlyFor(g.company().id()).orElse(null)));
        m.put("guidance", guidance);
        m.put("leaders", guidance.subList(0, Math.min(top, guidance.size())));
        if (!guidance.isEmpty()) {
            m.put("largest", guidance.get(0));
        }
        if (guidance.size() > top) {
            m.put("others", others(b.remainder(top)));
        }
        m.put("otherPlans", new LazyList<>(b.otherPlans(), g -> items.guidance(g, null)));
        List<QuarterSeries> quarterly = b.quarterly().stream().filter(q -> q.latest() != null).toList();
        m.put("quarterly", new LazyList<>(quarterly, items::quarter));
        m.put("runRates", runRates(quarterly));
        m.put("revisions", new LazyList<>(b.revisions(), items::revision));
        m.put("ceilingChanges", b.revisions().stream().anyMatch(r -> ItemMaps.endStatedAs(r, Qualifier.AT_MOST)));
        m.put("revisionsThisWeek", new LazyList<>(b.revisionsThisWeek(), items::revision));
        b.biggestRevision().ifPresent(r -> m.put("biggestRevision", items.revision(r)));
        m.put("week", week(b, items, new TopCompanies(b, top)));
        largestNews(b).ifPresent(w -> m.put("largestNews", weekItem(w, b, items)));
        m.put("reactions", new LazyList<>(b.reactions(), items::reaction));
        m.put("sourceCount", b.sources().size());
        m.put("ratios", ratios(b, items));
        m.put("cash", cash(b, items));
        return m;
    }

    /** Who publishes the edition, its dates and what it is about. */
    private static Map<String, Object> edition(Briefing b, String firmName) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("firm", firmName);
        m.put("asOf", b.asOf().toString());
        m.put("asOfLong", LONG_DATE.format(b.asOf()));
        m.put("isoWeek", b.isoWeek());
        m.put("weekStart", b.weekStart().toString());
        m.put("dataCutoff", b.dataCutoff() == null ? "" : b.dataCutoff().toString());
        m.put("dataAgeDays", b.dataAgeDays());
        m.put("dataStale", b.dataStale());
        m.put("staleDataDays", Briefing.STALE_DATA_DAYS);
        m.put("currency", b.currency());
        m.put("unit", MoneyFormat.unit(b.currency()));
        m.put("currencyNote", dev.capexbrief.analysis.CurrencyNote.of(b.companies(), b.fxRates(), b.currency()));
        m.put("focusYear", b.focusYear());
        m.put("focus", "FY" + b.focusYear());
        m.put("priorFocus", "FY" + (b.focusYear() - 1));
        return m;
    }

    /**
     * The group number the prose quotes: the headline set's total and its growth over the same
     * companies ({@link GroupTotal.Headline}), with {@code all} for every plan in the company table.
     */
    private static Map<String, Object> total(GroupTotal t, Briefing b, Map<String, String> names, int top) {
        GroupTotal.Headline h = t.headline();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("year", h.period());
        m.put("period", h.period());
        m.put("priorPeriod", h.priorPeriod());
        m.put("label", h.label());
        m.put("theTotal", theTotal(h.label()));
        m.put("value", h.total());
        m.put("includesFloors", h.includesFloors());
        m.put("includesCeilings", h.includesCeilings());
        List<String> inTotal = new LazyList<>(h.companies(), id -> names.getOrDefault(id, id));
        m.put("companies", inTotal);
        m.put("companiesText", namesOrCount(inTotal, top, ""));
        m.put("count", inTotal.size());
        m.put("countText", TopCompanies.count(inTotal.size()));
        m.put("bigFour", dev.capexbrief.analysis.GroupTotals.isBigFour(b, h.companies()));
        m.put("likeForLike", inTotal);
        m.put("likeForLikeText", namesOrCount(inTotal, top, ""));
        m.put("likeForLikeCount", inTotal.size());
        m.put("allLikeForLike", true);
        if (h.prior() != null && h.prior().signum() > 0) {
            m.put("prior", h.priorLabel(b.currency()));
        }
        m.put("planLikeForLike", h.label());
        if (h.growth() != null) {
            m.put("growth", h.growthLabel());
            m.put("growthValue", h.growth());
        }
        m.put("growthUnknown", h.growthUnknown());
        m.put("offCalendar", h.offCalendar());
        m.put("basisNote", t.basisNote());
        m.put("all", all(t, b, names, top));
        return m;
    }

    /**
     * The plans in the headline for a calendar year by a company whose fiscal year is not the calendar
     * year (Microsoft's calendar 2026), each compared with the calendar year before it: a chart by
     * fiscal year draws neither.
     */
    private static List<GuidanceLine> calendarPlans(Briefing b, GroupTotal.Headline h) {
        return h.companies().stream().map(b::guidanceFor).flatMap(Optional::stream)
                .filter(g -> g.period() instanceof Period.CalendarYear && !g.company().company().calendarFiscalYear())
                .toList();
    }

    /** "the $821B total", "the $317.5B+ total"; a maximum reads "the total of up to $102B". */
    private static String theTotal(String label) {
        return label.startsWith(MoneyFormat.words(Qualifier.AT_MOST)) ? "the total of " + label : "the " + label + " total";
    }

    /** Every plan in the company table: its total, and its growth only over the companies with a prior year. */
    private static Map<String, Object> all(GroupTotal t, Briefing b, Map<String, String> names, int top) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("year", "FY" + t.year());
        m.put("label", t.label());
        m.put("theTotal", theTotal(t.label()));
        m.put("value", t.total());
        m.put("includesFloors", t.includesFloors());
        m.put("includesCeilings", t.includesCeilings());
        List<String> inTotal = new LazyList<>(t.companies(), id -> names.getOrDefault(id, id));
        m.put("companies", inTotal);
        m.put("companiesText", namesOrCount(inTotal, top, ""));
        m.put("count", inTotal.size());
        m.put("countText", TopCompanies.count(inTotal.size()));
        List<String> lfl = new LazyList<>(t.likeForLikeCompanies(), id -> names.getOrDefault(id, id));
        m.put("likeForLike", lfl);
        m.put("likeForLikeText", namesOrCount(lfl, top, " with a prior-year actual"));
        m.put("likeForLikeCount", lfl.size());
        m.put("allLikeForLike", lfl.size() == inTotal.size());
        if (t.priorTotal() != null) {
            m.put("prior", t.priorLabel(b.currency()));
        }
        if (t.planForLikeForLike() != null) {
            m.put("planLikeForLike", t.planForLikeForLikeLabel(b.currency()));
        }
        if (t.growth() != null) {
            m.put("growth", t.growthLabel());
            m.put("growthValue", t.growth());
        }
        m.put("growthUnknown", t.growthUnknown());
        m.put("basisNote", t.basisNote());
        java.util.Set<String> inHeadline = new java.util.HashSet<>(t.headline().companies());
        List<String> beyond = new LazyList<>(t.companies().stream().filter(id -> !inHeadline.contains(id))
                .toList(), id -> names.getOrDefault(id, id));
        m.put("beyondHeadline", beyond);
        m.put("beyondHeadlineText", namesOrCount(beyond, top, ""));
        return m;
    }

    /** The plans beyond the first {@code top}, summed by the analysis. */
    private static Map<String, Object> others(GroupRemainder r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("count", r.companies());
        m.put("countText", TopCompanies.count(r.companies()));
        m.put("label", r.label());
        m.put("centralValue", r.central());
        if (r.share() != null) {
            m.put("share", Labels.share(r.share()));
            m.put("shareValue", r.share());
        }
        return m;
    }

    private static Map<String, Object> week(Briefing b, ItemMaps items, TopCompanies top) {
        Map<String, Object> m = new LinkedHashMap<>();
        List<WeekItem> all = b.thisWeek();
        List<WeekItem> guidance = all.stream().filter(w -> w.kind() == Kind.GUIDANCE).toList();
        List<WeekItem> actuals = all.stream().filter(w -> w.kind() == Kind.ACTUAL).toList();
        Function<WeekItem, Map<String, Object>> item = w -> weekItem(w, b, items);
        m.put("items", new LazyList<>(all, item));
        m.put("guidance", new LazyList<>(guidance, item));
        m.put("actuals", new LazyList<>(actuals, item));
        m.put("guidanceTop", new LazyList<>(shortList(guidance, top), item));
        headline(guidance, top).ifPresent(w -> m.put("headline", item.apply(w)));
        m.put("actualsTop", new LazyList<>(shortList(actuals, top), item));
        m.put("revisions", new LazyList<>(b.revisionsThisWeek(), items::revision));
        m.put("start", b.weekStart().toString());
        m.put("end", b.asOf().toString());
        return m;
    }

    /**
     * The week's latest statement of guidance, the last listed on that day; in a week too busy to
     * list in full, the largest company's of that day.
     */
    private static Optional<WeekItem> headline(List<WeekItem> guidance, TopCompanies top) {
        boolean busy = guidance.size() > TopCompanies.LIST_ROWS;
        WeekItem best = null;
        for (WeekItem w : guidance) {
            if (best == null || w.announced().isAfter(best.announced()) || w.announced().equals(best.announced())
                    && (!busy || top.rank(w.company().id()) <= top.rank(best.company().id()))) {
                best = w;
            }
        }
        return Optional.ofNullable(best);
    }

    /** A week's item, with the company's focus-year plan as {@code plan} when the item is about it. */
    private static Map<String, Object> weekItem(WeekItem w, Briefing b, ItemMaps items) {
        Map<String, Object> m = items.weekItem(w);
        b.guidanceFor(w.company().id()).filter(g -> g.period().equals(w.period()))
                .ifPresent(g -> m.put("plan", items.guidance(g, b.quarterlyFor(g.company().id()).orElse(null))));
        return m;
    }

    /**
     * The week's statement of the largest plan (same company and period), one with a share-price
     * reaction first; found without building every item of a busy week.
     */
    private static Optional<WeekItem> largestNews(Briefing b) {
        Optional<GuidanceLine> largest = b.largestSpender();
        if (largest.isEmpty()) {
            return Optional.empty();
        }
        String id = largest.get().company().id();
        List<WeekItem> about = b.thisWeek().stream().filter(w -> w.kind() == Kind.GUIDANCE
                && w.company().id().equals(id) && w.period().equals(largest.get().period())).toList();
        return about.stream().filter(w -> w.reaction() != null).findFirst().or(() -> about.stream().findFirst());
    }

    /**
     * Each ratio's companies by ratio id ({@code ratios["capex-to-revenue"]}), every ratio the analysis
     * computes, for each company's latest complete fiscal year.
     */
    private static Map<String, List<Map<String, Object>>> ratios(Briefing b, ItemMaps items) {
        Map<String, List<Map<String, Object>>> out = new LinkedHashMap<>();
        b.ratios().all().stream().filter(r -> r.window() == RatioWindow.FISCAL_YEAR)
                .forEach(r -> out.computeIfAbsent(r.id(), k -> new java.util.ArrayList<>()).add(items.ratio(r)));
        return out;
    }

    /**
     * Cash coverage: capex ÷ operating cash flow over each company's latest twelve months (its trailing
     * twelve months, else its latest fiscal year), the largest move on a year earlier, and the
     * companies whose free cash flow after capex turned negative in that span.
     */
    private static Map<String, Object> cash(Briefing b, ItemMaps items) {
        CapexRatios ratios = b.ratios();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("twelveMonths", new LazyList<>(ratios.latestTwelveMonths(CapexRatios.CASH_COVER), items::ratio));
        ratios.largestChange().ifPresent(r -> {
            m.put("largestChange", items.ratio(r));
            m.put("turnedNegative", new LazyList<>(ratios.turnedNegative(r.window()), items::ratio));
        });
        if (!m.containsKey("turnedNegative")) {
            m.put("turnedNegative", List.of());
        }
        return m;
    }

    /**
     * How many companies have a run rate against a plan, how many of those are at or above it, and how
     * many more are at or above a floor plan ("over $100B"), which the run rate may or may not reach.
     */
    private static Map<String, Object> runRates(List<QuarterSeries> quarterly) {
        int withPlan = 0;
        int above = 0;
        int aboveFloor = 0;
        for (QuarterSeries q : quarterly) {
            if (q.runRateVsGuidance() != null) {
                withPlan++;
                if (q.runRateVsGuidance().signum() >= 0) {
                    if (q.vsGuidanceBound() == dev.capexbrief.analysis.Growths.Bound.AT_MOST) {
                        aboveFloor++;
                    } else {
                        above++;
                    }
                }
            }
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("withPlan", withPlan);
        m.put("abovePlan", above);
        m.put("aboveFloor", aboveFloor);
        return m;
    }

    /** At most {@link TopCompanies#LIST_ROWS} items, the largest companies' first when some are left out. */
    private static List<WeekItem> shortList(List<WeekItem> items, TopCompanies top) {
        return top.capped(items, TopCompanies.LIST_ROWS, w -> w.company().id(), (x, y) -> 0);
    }

    /** The names joined ("Amazon, Alphabet and Meta") when at most {@code top}, else "the 2,000 companies". */
    static String namesOrCount(List<String> names, int top, String qualifier) {
        return names.size() <= top ? joinNames(names)
                : "the " + TopCompanies.count(names.size()) + " companies" + qualifier;
    }

    /** "Amazon", "Amazon and Meta", "Amazon, Alphabet and Meta". */
    static String joinNames(List<String> names) {
        if (names.size() <= 1) {
            return names.isEmpty() ? "" : names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
