package dev.capexbrief.analysis;

import dev.capexbrief.dataset.Company;
import dev.capexbrief.dataset.Dataset;
import dev.capexbrief.dataset.Figure;
import dev.capexbrief.dataset.Period;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Dataset + as-of date → {@link Briefing}. Sees only figures announced on or before the as-of
 * date, so an old briefing can be regenerated exactly.
 */
public final class Analyzer {

    /** Computes the briefing; throws IllegalArgumentException when the report currency has no FX rate. */
    public Briefing analyze(Dataset dataset, AnalysisOptions options) {
        LocalDate asOf = options.asOf();
        String currency = options.currency();
        List<String> missing = FxTable.missingRates(dataset, currency);
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("no FX rate to convert " + String.join(", ", missing) + " into "
                    + currency + "; add the rate(s) to the dataset's fx table");
        }
        FxTable fx = new FxTable(dataset, currency);
        Converter convert = new Converter(fx);

        Map<String, List<Figure>> byCompany = new LinkedHashMap<>();
        for (Figure f : dataset.figures()) {
            if (!f.announced().isAfter(asOf)) {
                byCompany.computeIfAbsent(f.company().id(), k -> new ArrayList<>()).add(f);
            }
        }
        List<CompanyProfile> profiles = profiles(dataset, byCompany);
        Map<String, CompanyProfile> profileById = new LinkedHashMap<>();
        profiles.forEach(p -> profileById.put(p.id(), p));

        Map<String, Map<String, AnnualCapex>> actuals = new LinkedHashMap<>();
        GuidanceBook book = new GuidanceBook();
        List<MarketReaction> reactions = new ArrayList<>();
        for (CompanyProfile p : profiles) {
            Map<String, AnnualCapex> perMetric = new LinkedHashMap<>();
            Map<String, AnnualCapex> components = new LinkedHashMap<>();
            for (Figure f : byCompany.getOrDefault(p.id(), List.of())) {
                if (f.metric().equals("share_price_move")) {
                    reactions.add(new MarketReaction(p, f.period(), f.announced(), f.amount().central(),
                            MoneyFormat.percentPoints(f.amount().central()), f.note(), f.source()));
                } else if (f.isGuidance()) {
                    book.add(f);
                } else if (f.isCapex()) {
                    perMetric.computeIfAbsent(f.metric(), m -> new AnnualCapex(p.company().fiscalYearEnd()))
                            .add(f, convert.factor(f));
                } else if (f.unit().isMoney()) {
                    components.computeIfAbsent(f.metric(), m -> new AnnualCapex(p.company().fiscalYearEnd()))
                            .add(f, convert.factor(f));
                }
            }
            BasisDerivation.derive(perMetric, components, p.company().fiscalYearEnd());
            actuals.put(p.id(), perMetric);
        }
        reactions.sort(Comparator.comparing(MarketReaction::date).reversed()
                .thenComparing(r -> r.company().id()));

        Map<GuidanceBook.Key, List<Figure>> chains = book.chains();
        int focusYear = options.focusYear() != null ? options.focusYear() : focusYear(chains, actuals, profileById, asOf);
        GuidancePlans plans = new GuidancePlans(convert, currency, profileById, actuals, reactions);
        List<GuidanceLine> guidance = plans.focus(chains, focusYear);
        List<GuidanceLine> otherPlans = plans.others(chains, focusYear);
        GroupTotal total = GroupTotals.of(guidance, focusYear, currency, profiles);
        guidance = GroupTotals.withShares(guidance, total);

        List<Revision> revisions = plans.revisions(chains);
        LocalDate weekStart = asOf.with(DayOfWeek.MONDAY);
        List<WeekItem> week = plans.week(chains, byCompany, weekStart, asOf);

        Map<String, GuidanceLine> guidanceById = new java.util.HashMap<>();
        guidance.forEach(g -> guidanceById.put(g.company().id(), g));
        List<AnnualSeries> history = new ArrayList<>();
        List<QuarterSeries> quarterly = new ArrayList<>();
        List<CalendarYearActual> calendarYears = new ArrayList<>();
        QuarterCalendar quarterCalendar = new QuarterCalendar();
        for (CompanyProfile p : profiles) {
            // the last use of a company's actuals: letting go of them as we go keeps the peak low at scale
            Map<String, AnnualCapex> perMetric = actuals.remove(p.id());
            if (p.basis().isEmpty()) {
                continue;
            }
            AnnualCapex headline = perMetric.get(p.basis());
            if (headline != null) {
                history.add(new AnnualSeries(p, p.basis(), true, headline.years()));
            }
            perMetric.forEach((metric, a) -> {
                if (!metric.equals(p.basis())) {
                    history.add(new AnnualSeries(p, metric, false, a.years()));
                }
            });
            if (headline != null) {
                calendarYears.addAll(headline.calendarYears(p));
            }
            if (headline != null && !headline.quarters(quarterCalendar).isEmpty()) {
                List<QuarterActual> qs = headline.quarters(quarterCalendar);
                QuarterActual latest = qs.get(qs.size() - 1);
                BigDecimal runRate = latest.value().multiply(BigDecimal.valueOf(4));
                boolean current = !latest.end().isBefore(asOf.minusDays(QuarterSeries.CURRENT_DAYS));
                BigDecimal vs = java.util.Optional.ofNullable(guidanceById.get(p.id()))
                        .filter(g -> current && g.central().signum() > 0)
                        .map(g -> runRate.divide(g.central(), java.math.MathContext.DECIMAL64).subtract(BigDecimal.ONE))
                        .orElse(null);
                quarterly.add(new QuarterSeries(p, qs, runRate, latest, vs, current));
            }
        }
        Optional<LocalDate> cutoff = byCompany.values().stream().flatMap(List::stream)
                .filter(Figure::announcedStated).map(Figure::announced).max(LocalDate::compareTo);
        List<String> ranking = Ranking.of(guidance, history);
        Footnotes notes = new Footnotes(ranked(profiles, ranking), guidance, otherPlans, rankedSeries(history, ranking),
                total, fx.used(), focusYear, calendarYears, currency);
        return new Briefing(asOf, isoWeek(asOf), weekStart, cutoff.orElse(asOf), currency, dataset.name(), focusYear,
                profiles, guidance, otherPlans, total, history, quarterly, revisions, week, reactions, fx.used(),
                notes.lines(), Sources.of(byCompany, profileById), dataset.warnings(), calendarYears);
    }

    /** Profiles in briefing order (largest plans first), so capped notes name the companies the reader sees. */
    private static List<CompanyProfile> ranked(List<CompanyProfile> profiles, List<String> ranking) {
        Map<String, Integer> rank = rankIndex(ranking);
        List<CompanyProfile> out = new ArrayList<>(profiles);
        out.sort(Comparator.comparing(p -> rank.getOrDefault(p.id(), Integer.MAX_VALUE)));
        return out;
    }

    private static List<AnnualSeries> rankedSeries(List<AnnualSeries> history, List<String> ranking) {
        Map<String, Integer> rank = rankIndex(ranking);
        List<AnnualSeries> out = new ArrayList<>(history);
        out.sort(Comparator.comparing(s -> rank.getOrDefault(s.company().id(), Integer.MAX_VALUE)));
        return out;
    }

    private static Map<String, Integer> rankIndex(List<String> ranking) {
        Map<String, Integer> rank = new java.util.HashMap<>();
        for (int i = 0; i < ranking.size(); i++) {
            rank.put(ranking.get(i), i);
        }
        return rank;
    }

    /** "2025-W06" for a date in ISO week 6 of week-based year 2025. */
    public static String isoWeek(LocalDate date) {
        return IsoWeek.of(date).toString();
    }

    private static List<CompanyProfile> profiles(Dataset dataset, Map<String, List<Figure>> byCompany) {
        List<CompanyProfile> out = new ArrayList<>();
        int color = 0;
        List<Company> companies = new ArrayList<>(dataset.companyList());
        for (Company c : companies) {
            List<Figure> figures = byCompany.getOrDefault(c.id(), List.of());
            if (figures.isEmpty()) {
                continue;
            }
            String basis = CapexBasis.choose(figures).orElse("");
            String fiscalNote = c.calendarFiscalYear() ? "" : "FY ends " + c.fiscalYearEndName();
            out.add(new CompanyProfile(c, basis, basis.isEmpty() ? "" : CapexBasis.label(basis), color++, fiscalNote));
        }
        return out;
    }

    /**
     * The fiscal year most companies are guiding that has no reported actual yet; ties go to the
     * later year. Without open guidance, the as-of date's year.
     */
    private static int focusYear(Map<GuidanceBook.Key, List<Figure>> chains, Map<String, Map<String, AnnualCapex>> actuals,
                                 Map<String, CompanyProfile> profiles, LocalDate asOf) {
        Map<Integer, Integer> open = new java.util.TreeMap<>();
        for (Map.Entry<GuidanceBook.Key, List<Figure>> e : chains.entrySet()) {
            GuidanceBook.Key k = e.getKey();
            CompanyProfile p = profiles.get(k.company());
            if (!(k.period() instanceof Period.FiscalYear fy) || p == null || !k.metric().equals(p.basis())) {
                continue;
            }
            AnnualCapex a = actuals.get(k.company()).get(k.metric());
            if (a == null || a.year(fy.year()).isEmpty()) {
                open.merge(fy.year(), 1, Integer::sum);
            }
        }
        return open.entrySet().stream()
                .max(Map.Entry.<Integer, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).orElse(asOf.getYear());
    }
}
