package dev.capexbrief.analysis;

import dev.capexbrief.dataset.Confidence;

import java.math.BigDecimal;
import java.util.List;

/**
 * The combined plan for the focus year: the sum of each company's guidance on its own basis.
 *
 * @param companies    ids of the companies whose plans are added, largest first
 * @param label        e.g. "$317.5B+" (a "+" when any floor is included)
 * @param likeForLikeCompanies companies with a prior-year actual on the same basis (the growth base)
 * @param priorTotal   their prior-year actuals summed
 * @param planForLikeForLike their plans summed
 * @param growth       planForLikeForLike / priorTotal - 1, or null
 * @param basisNote    which basis and calendars the total adds up
 * @param confidence   the weakest grade of the plans added up
 * @param priorConfidence the weakest grade of the prior-year actuals added up
 * @param growthConfidence the weakest grade of what the growth compares: the like-for-like plans and
 *                     their prior-year actuals
 */
public record GroupTotal(int year, BigDecimal total, String label, List<String> companies,
                         boolean includesFloors, List<String> likeForLikeCompanies, BigDecimal priorTotal,
                         BigDecimal planForLikeForLike, BigDecimal growth, String basisNote, Confidence confidence,
                         Confidence priorConfidence, Confidence growthConfidence) {
    public GroupTotal {
        companies = List.copyOf(companies);
        likeForLikeCompanies = List.copyOf(likeForLikeCompanies);
    }
}
