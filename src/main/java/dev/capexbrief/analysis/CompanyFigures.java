package dev.capexbrief.analysis;

import dev.capexbrief.dataset.Figure;

import java.time.Month;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The visible figures sorted in one pass: actuals per company and basis (with bases derived from
 * reported components), guidance chains, and share-price moves.
 */
final class CompanyFigures {
    static final String SHARE_PRICE_MOVE = "share_price_move";

    private final Map<String, Map<String, AnnualCapex>> actuals = new LinkedHashMap<>();
    private final Map<String, Map<String, AnnualCapex>> others = new LinkedHashMap<>();
    private final GuidanceBook book = new GuidanceBook();
    private final List<MarketReaction> reactions = new ArrayList<>();

    CompanyFigures(List<CompanyProfile> profiles, Map<String, List<Figure>> byCompany, Converter convert) {
        for (CompanyProfile p : profiles) {
            actuals.put(p.id(), sort(p, byCompany.getOrDefault(p.id(), List.of()), convert));
        }
        reactions.sort(Comparator.comparing(MarketReaction::date).reversed().thenComparing(r -> r.company().id()));
    }

    /** One company's capex actuals by metric; its guidance and share-price moves go to the book and the reactions. */
    private Map<String, AnnualCapex> sort(CompanyProfile p, List<Figure> figures, Converter convert) {
        Month fye = p.company().fiscalYearEnd();
        Map<String, AnnualCapex> perMetric = new LinkedHashMap<>();
        // money metrics that are not capex, e.g. sale proceeds: only ever inputs to a derived basis
        Map<String, AnnualCapex> components = new LinkedHashMap<>();
        for (Figure f : figures) {
            if (f.metric().equals(SHARE_PRICE_MOVE)) {
                reactions.add(new MarketReaction(p, f.period(), f.announced(), f.amount().central(),
                        MoneyFormat.percentPoints(f.amount().central()), f.note(), f.source(), f.confidence()));
            } else if (f.isGuidance()) {
                // "CY2026" and "FY2026" are one plan for a December-year company, as its actuals are one year
                book.add(f.inFiscalYears());
            } else if (f.isCapex()) {
                perMetric.computeIfAbsent(f.metric(), m -> new AnnualCapex(fye)).add(f, convert.factor(f));
            } else if (f.unit().isMoney()) {
                components.computeIfAbsent(f.metric(), m -> new AnnualCapex(fye)).add(f, convert.factor(f));
            }
        }
        BasisDerivation.derive(perMetric, components, fye);
        others.put(p.id(), components);
        return perMetric;
    }

    /**
     * Actuals by company id, then metric. Mutable on purpose: the series stage removes each
     * company's once it has read them, which keeps the peak low at scale.
     */
    Map<String, Map<String, AnnualCapex>> actuals() {
        return actuals;
    }

    /** Each company's money metrics that are not capex (revenue, operating cash flow), years and quarters. */
    Map<String, Map<String, AnnualCapex>> others() {
        return others;
    }

    /** Guidance chains, each sorted by announcement. */
    Map<GuidanceBook.Key, List<Figure>> chains() {
        return book.chains();
    }

    /** Share-price moves, newest first. */
    List<MarketReaction> reactions() {
        return reactions;
    }
}
