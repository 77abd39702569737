package dev.capexbrief.analysis;

import dev.capexbrief.dataset.Dataset;
import dev.capexbrief.dataset.Figure;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Dataset + as-of date → {@link Briefing}. Sees only figures announced on or before the as-of
 * date, so an old briefing can be regenerated exactly.
 *
 * <p>The work runs in stages, each its own class: {@link VisibleFigures} → {@link Profiles} →
 * {@link CompanyFigures} (actuals per company and basis, guidance chains, share-price moves) →
 * {@link FocusYear} → {@link FocusPlans} (plans, total, shares) → revisions and the week
 * ({@link GuidancePlans}) → {@link ActualSeries} (history, quarters, calendar years) →
 * {@link Footnotes} → {@link Sources}, with {@link Ratios} and {@link Restatements}.
 */
public final class Analyzer {

    /** Computes the briefing; throws IllegalArgumentException when the report currency has no FX rate. */
    public Briefing analyze(Dataset dataset, AnalysisOptions options) {
        LocalDate asOf = options.asOf();
        String currency = options.currency();
        FxTable fx = fxTable(dataset, currency);
        Converter convert = new Converter(fx);

        Map<String, List<Figure>> byCompany = VisibleFigures.byCompany(dataset, asOf);
        List<CompanyProfile> profiles = Profiles.of(dataset, byCompany);
        Map<String, CompanyProfile> profileById = Profiles.byId(profiles);
        CompanyFigures figures = new CompanyFigures(profiles, byCompany, convert);
        Map<GuidanceBook.Key, List<Figure>> chains = figures.chains();
        int focusYear = options.focusYear() != null ? options.focusYear()
                : FocusYear.choose(chains, figures.actuals(), profileById, asOf);

        GuidancePlans guidancePlans = new GuidancePlans(convert, currency, profileById, figures.actuals(),
                figures.reactions(), asOf);
        FocusPlans plans = FocusPlans.of(guidancePlans, chains, focusYear, currency, profiles);
        List<Revision> revisions = guidancePlans.revisions(chains);
        LocalDate weekStart = asOf.with(DayOfWeek.MONDAY);
        List<WeekItem> week = guidancePlans.week(chains, byCompany, weekStart, asOf);
        ActualSeries series = new ActualSeries(profiles, figures.actuals(), plans.guidance(), asOf);

        List<String> ranking = Ranking.of(plans.guidance(), series.history());
        List<String> notes = footnotes(profiles, plans, series, ranking, fx, focusYear, currency);
        return new Briefing(asOf, isoWeek(asOf), weekStart, VisibleFigures.cutoff(byCompany, asOf), currency,
                dataset.name(), focusYear, profiles, plans.guidance(), plans.others(), plans.total(), series.history(),
                series.quarterly(), revisions, week, figures.reactions(), fx.used(), notes,
                Sources.of(byCompany, profileById), dataset.warnings(), series.calendarYears(), ranking,
                Ratios.of(series.history(), series.quarterly(), figures.others()), Restatements.of(profiles, byCompany, convert));
    }

    private static FxTable fxTable(Dataset dataset, String currency) {
        List<String> missing = FxTable.missingRates(dataset, currency);
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("no FX rate to convert " + String.join(", ", missing) + " into "
                    + currency + "; add the rate(s) to the dataset's fx table");
        }
        return new FxTable(dataset, currency);
    }

    /** Notes in briefing order (largest plans first), so capped notes name the companies the reader sees. */
    private static List<String> footnotes(List<CompanyProfile> profiles, FocusPlans plans, ActualSeries series,
                                          List<String> ranking, FxTable fx, int focusYear, String currency) {
        return new Footnotes(Ranking.inOrder(profiles, CompanyProfile::id, ranking), plans.guidance(), plans.others(),
                Ranking.inOrder(series.history(), s -> s.company().id(), ranking), plans.total(), fx.used(), focusYear,
                series.calendarYears(), currency).lines();
    }

    /** "2025-W06" for a date in ISO week 6 of week-based year 2025. */
    public static String isoWeek(LocalDate date) {
        return IsoWeek.of(date).toString();
    }
}
