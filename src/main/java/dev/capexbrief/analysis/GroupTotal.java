package dev.capexbrief.analysis;

import dev.capexbrief.dataset.Confidence;
import dev.capexbrief.dataset.Qualifier;

import java.math.BigDecimal;
import java.util.List;

/**
 * The combined plan for the focus year: the sum of each company's guidance on its own basis.
 *
 * @param companies    ids of the companies whose plans are added, largest first
 * @param label        e.g. "$317.5B+" (a "+" when any floor is included), "up to $102B" with a ceiling ({@link #sumLabel})
 * @param decimals     the decimals {@code total} shows in every output: its one plan's when it adds up
 *                     one company ("~$50B" totals "$50B"), else the rule's for a computed amount
 * @param includesCeilings whether an "up to" plan is in it: the total is a maximum (with floors too, neither)
 * @param likeForLikeCompanies companies with a prior-year actual on the same basis (the growth base)
 * @param planSum      how {@code planForLikeForLike} is shown: whether it adds up a floor or a ceiling
 * @param priorTotal   their prior-year actuals summed
 * @param planForLikeForLike their plans summed
 * @param growth       planForLikeForLike / priorTotal - 1, or null: without prior years, and where floors in
 *                     both sums leave it unknown
 * @param growthBound  what {@code growth} is: a minimum with a floor among the like-for-like plans, a
 *                     maximum with one among their prior years, unknown with both
 * @param basisNote    which basis and calendars the total adds up
 * @param confidence   the weakest grade of the plans added up
 * @param priorConfidence the weakest grade of the prior-year actuals added up
 * @param growthConfidence the weakest grade of what the growth compares: the like-for-like plans and
 *                     their prior-year actuals
 * @param headline     the one group number page one quotes, with a growth rate over the same companies
 * @param priorSum     how {@code priorTotal} is shown: its decimals and whether it adds up a floor
 */
public record GroupTotal(int year, BigDecimal total, String label, int decimals, List<String> companies,
                         boolean includesFloors, boolean includesCeilings, List<String> likeForLikeCompanies,
                         Sum planSum, BigDecimal priorTotal,
                         BigDecimal planForLikeForLike, BigDecimal growth, Growths.Bound growthBound,
                         String basisNote, Confidence confidence,
                         Confidence priorConfidence, Confidence growthConfidence, Headline headline,
                         Sum priorSum) {
    public GroupTotal {
        companies = List.copyOf(companies);
        likeForLikeCompanies = List.copyOf(likeForLikeCompanies);
    }

    /**
     * A sum as every output writes it: "$410B"; a minimum with a floor in it, "$317.5B+"; a maximum
     * with a ceiling ("up to $50B") in it, "up to $102B"; with both it is neither, and shows the sum alone.
     */
    public static String sumLabel(BigDecimal sum, int decimals, String currency, boolean floors, boolean ceilings) {
        String amount = MoneyFormat.billions(sum, decimals, currency);
        return floors == ceilings ? amount : floors ? amount + "+" : MoneyFormat.words(Qualifier.AT_MOST) + amount;
    }

    /** The like-for-like growth as every output writes it: "+41.0%", "at least +41.0%", "at most +138.1%"; "" without one. */
    public String growthLabel() {
        return growth == null ? "" : growthBound.label(growth);
    }

    /** The like-for-like plans added up, a minimum with a floor among them: "$410B", "$50.0B+", "up to $102B". */
    public String planForLikeForLikeLabel(String currency) {
        return planSum.label(planForLikeForLike, currency);
    }

    /** Floors in both sums: the like-for-like growth is not known, and no rate is given. */
    public boolean growthUnknown() {
        return growthBound == Growths.Bound.UNKNOWN;
    }

    /** The prior-year actuals added up, as every output writes them: "$431B", "$21B+" (one floor added). */
    public String priorLabel(String currency) {
        return priorSum.label(priorTotal, currency);
    }

    /**
     * How a sum of prior-year actuals or of plans is shown, decided where it is added up: a sum of one
     * actual has that actual's decimals ("more than $21 billion" adds up to $21B, not $21.0B), a sum of
     * several the rule's for a computed amount; with a floor in it the sum is a minimum, "$21B+", with
     * a ceiling a maximum, "up to $21B" ({@link #sumLabel}).
     *
     * @param decimals the decimals the sum shows
     * @param floors   whether a figure stated as a floor ("more than") is in it
     * @param ceilings whether a figure stated as a ceiling ("up to") is in it
     */
    public record Sum(int decimals, boolean floors, boolean ceilings) {
        /** "$21B+", "$410B", "up to $21B". */
        public String label(BigDecimal sum, String currency) {
            return sumLabel(sum, decimals, currency, floors, ceilings);
        }

        /** The sum of the prior-year actuals of {@code added}, which is {@code sum}. */
        static Sum ofPriorYears(List<GuidanceLine> added, BigDecimal sum) {
            return new Sum(added.size() == 1 ? added.get(0).priorDecimals() : MoneyFormat.decimals(sum),
                    added.stream().anyMatch(GuidanceLine::priorFloor), added.stream().anyMatch(GuidanceLine::priorCeiling));
        }

        /** The sum of the plans of {@code added}: how its floors and ceilings bound it. */
        static Sum ofPlans(List<GuidanceLine> added, BigDecimal sum) {
            return new Sum(MoneyFormat.decimals(sum), added.stream().anyMatch(GuidanceLine::valueFloor),
                    added.stream().anyMatch(GuidanceLine::valueCeiling));
        }
    }

    /**
     * The group number a portfolio manager quotes: a total and its growth over exactly the same
     * companies — the Big Four when all four have a plan and a prior year on the same basis and
     * calendar, else every company that has both.
     *
     * @param companies    ids, largest plan first
     * @param period       "CY2026" when every plan in it covers the calendar year (calendar-year guidance,
     *                     or a fiscal year ending in December), else "FY2026"
     * @param priorPeriod  "CY2025" or "FY2025"
     * @param total        the plans summed (a closed, reported year counts its reported actual)
     * @param label        "$732.5B", "$317.5B+" with a floor in it, "up to $102B" with a ceiling
     * @param decimals     the decimals {@code total} shows, as {@link GroupTotal#decimals()}
     * @param includesCeilings whether an "up to" plan is in it: the total is a maximum (with floors too, neither)
     * @param low          the total with each range at its low end
     * @param high         the total with each range at its high end
     * @param prior        the same companies' prior-year actuals summed
     * @param growth       total / prior - 1 (null without a prior, and where floors in both sums leave it unknown)
     * @param growthBound  what {@code growth} is: a minimum with a floor among the plans, a maximum with one
     *                     among the prior years, unknown with both
     * @param growthLabel  "+78.7% (+75.6% to +81.7%)" for ranges, "at least +41.0%" with a floor among the
     *                     plans, "at most +138.1%" with one among the prior years, else "+41.0%"
     * @param offCalendar  "Oracle: FY2026 Jun 2025 – May 2026": the months of plans not on the calendar year
     * @param priorSum     how {@code prior} is shown: its decimals and whether it adds up a floor
     */
    public record Headline(List<String> companies, String period, String priorPeriod, BigDecimal total, String label,
                           int decimals,
                           boolean includesFloors, boolean includesCeilings, BigDecimal low, BigDecimal high,
                           BigDecimal prior, BigDecimal growth,
                           Growths.Bound growthBound, String growthLabel, String offCalendar, Confidence confidence, Confidence growthConfidence,
                           Sum priorSum) {
        public Headline {
            companies = List.copyOf(companies);
        }

        /** Floors in both sums: the growth is not known, and no rate is given. */
        public boolean growthUnknown() {
            return growthBound == Growths.Bound.UNKNOWN;
        }

        /** The same companies' prior-year actuals added up: "$410B", "$21B+" for Oracle's "more than $21 billion". */
        public String priorLabel(String currency) {
            return priorSum.label(prior, currency);
        }
    }
}
