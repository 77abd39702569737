package dev.capexbrief.analysis;

import dev.capexbrief.dataset.Confidence;
import dev.capexbrief.dataset.FxRate;
import dev.capexbrief.dataset.Period;
import dev.capexbrief.dataset.Problem;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Every number a briefing shows, computed once from a dataset and an as-of date. The PDF, the
 * workbook and the email read this object and never compute, so they cannot disagree.
 *
 * @param isoWeek          e.g. "2025-W06", the ISO week of the as-of date
 * @param weekStart        Monday of that week: "this week" is weekStart..asOf
 * @param dataCutoff       the latest announcement on or before the as-of date
 * @param focusYear        the fiscal year the plans are about (e.g. 2025)
 * @param guidance         each company's latest guidance for the focus year, largest first
 * @param otherPlans       other guidance still current: later years, quarters and multi-year plans
 * @param history          annual actuals per company and basis (headline basis first)
 * @param quarterly        quarterly actuals and run rates on the headline basis
 * @param revisions        every guidance revision up to the as-of date, newest first
 * @param thisWeek         figures announced in the week of the as-of date
 * @param reactions        share-price moves, newest first
 * @param fxRates          FX rates used for conversion
 * @param footnotes        fiscal calendars, bases and other notes, in reading order
 * @param calendarYears    calendar-year actuals summed from fiscal quarters, for companies whose
 *                         fiscal year does not end in December (where all four quarters exist)
 * @param ranking          companies ranked for exhibits, ids largest first: by focus-year plan, then by
 *                         latest annual actual on the headline basis. Worked out once, by the analysis or
 *                         by the constructor without it, since exhibits ask for it again and again
 * @param ratios           each company's capex against other lines it reports (revenue, operating cash
 *                         flow, depreciation) over its latest quarter, trailing twelve months and latest
 *                         complete fiscal year, the group figures and its own free cash flow ({@link CapexRatios})
 * @param restatements     reported actuals a later filing changed, newest first (each a new figure on
 *                         its filing day, so time travel sees the value as it stood)
 */
public record Briefing(LocalDate asOf, String isoWeek, LocalDate weekStart, LocalDate dataCutoff, String currency,
                       String datasetName, int focusYear, List<CompanyProfile> companies, List<GuidanceLine> guidance,
                       List<GuidanceLine> otherPlans, GroupTotal total, List<AnnualSeries> history,
                       List<QuarterSeries> quarterly, List<Revision> revisions, List<WeekItem> thisWeek,
                       List<MarketReaction> reactions, List<FxRate> fxRates, List<String> footnotes,
                       List<SourceRef> sources, List<Problem> warnings, List<CalendarYearActual> calendarYears,
                       List<String> ranking, CapexRatios ratios, List<Restatement> restatements) {

    /** Builds the briefing and ranks its companies from {@code guidance} and {@code history}. */
    public Briefing(LocalDate asOf, String isoWeek, LocalDate weekStart, LocalDate dataCutoff, String currency,
                    String datasetName, int focusYear, List<CompanyProfile> companies, List<GuidanceLine> guidance,
                    List<GuidanceLine> otherPlans, GroupTotal total, List<AnnualSeries> history,
                    List<QuarterSeries> quarterly, List<Revision> revisions, List<WeekItem> thisWeek,
                    List<MarketReaction> reactions, List<FxRate> fxRates, List<String> footnotes,
                    List<SourceRef> sources, List<Problem> warnings, List<CalendarYearActual> calendarYears) {
        this(asOf, isoWeek, weekStart, dataCutoff, currency, datasetName, focusYear, companies, guidance, otherPlans,
                total, history, quarterly, revisions, thisWeek, reactions, fxRates, footnotes, sources, warnings,
                calendarYears, Ranking.of(guidance, history), CapexRatios.NONE, List.of());
    }

    public Briefing {
        companies = List.copyOf(companies);
        // indexed by company id for guidanceFor, headlineHistory and quarterlyFor; equal as plain lists
        guidance = new CompanyIndexedList<>(guidance, g -> g.company().id());
        otherPlans = List.copyOf(otherPlans);
        history = new CompanyIndexedList<>(history, h -> h.headline() ? h.company().id() : null);
        quarterly = new CompanyIndexedList<>(quarterly, q -> q.company().id());
        revisions = List.copyOf(revisions);
        thisWeek = List.copyOf(thisWeek);
        reactions = List.copyOf(reactions);
        fxRates = List.copyOf(fxRates);
        footnotes = List.copyOf(footnotes);
        sources = List.copyOf(sources);
        warnings = List.copyOf(warnings);
        calendarYears = List.copyOf(calendarYears);
        ranking = List.copyOf(ranking);
        ratios = java.util.Objects.requireNonNullElse(ratios, CapexRatios.NONE);
        restatements = List.copyOf(restatements);
    }

    /** Data older than this many days by the briefing date is stale: page one says how old it is. */
    public static final int STALE_DATA_DAYS = 14;

    /** Days from the data cut-off (the newest figure) to the as-of date; 0 without figures. */
    public long dataAgeDays() {
        return dataCutoff == null ? 0 : java.time.temporal.ChronoUnit.DAYS.between(dataCutoff, asOf);
    }

    /** The newest figure is more than {@link #STALE_DATA_DAYS} days older than the briefing date. */
    public boolean dataStale() {
        return dataAgeDays() > STALE_DATA_DAYS;
    }

    /** The companies' ratios of one kind ({@code capex-to-revenue}, ...) for their latest complete fiscal year, in history order. */
    public List<CapexRatio> ratios(String id) {
        return ratios.of(id, RatioWindow.FISCAL_YEAR);
    }

    /** The company with the largest focus-year plan. */
    public Optional<GuidanceLine> largestSpender() {
        return guidance.stream().findFirst();
    }

    /** The largest revision (by absolute change) announced in the week, else the latest revision. */
    public Optional<Revision> biggestRevision() {
        // a change between two floors has no size to rank or quote
        return revisions.stream().filter(r -> !r.toDate().isBefore(weekStart))
                .filter(r -> r.bound() != Growths.Bound.UNKNOWN)
                .max((a, b) -> a.change().abs().compareTo(b.change().abs()))
                .or(() -> revisions.stream().filter(r -> r.bound() != Growths.Bound.UNKNOWN).findFirst());
    }

    /**
     * Whether {@code r} revised a focus-year plan: the fiscal focus year, or the period of the plan the
     * company's guidance line holds for it (Microsoft's calendar-2026 plan stands for its FY2026).
     */
    public boolean revisesFocusPlan(Revision r) {
        return r.period().equals(new Period.FiscalYear(focusYear))
                || guidanceFor(r.company().id()).map(g -> g.period().equals(r.period())).orElse(false);
    }

    /** Revisions announced in the week of the as-of date. */
    public List<Revision> revisionsThisWeek() {
        return revisions.stream().filter(r -> !r.toDate().isBefore(weekStart)).toList();
    }

    /** The {@code n} largest focus-year plans (the guidance list is sorted largest first). */
    public List<GuidanceLine> leaders(int n) {
        return guidance.subList(0, Math.min(n, guidance.size()));
    }

    /** Companies beyond the {@code n} largest plans: how many, and their plans summed (report currency). */
    public GroupRemainder remainder(int n) {
        List<GuidanceLine> rest = guidance.subList(Math.min(n, guidance.size()), guidance.size());
        java.math.BigDecimal sum = rest.stream().map(GuidanceLine::central).reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
        java.math.BigDecimal share = total.total().signum() == 0 ? null
                : sum.divide(total.total(), java.math.MathContext.DECIMAL64);
        Confidence grade = rest.stream().map(GuidanceLine::confidence).reduce(Confidence.VERIFIED, Confidence::weakest);
        return new GroupRemainder(rest.size(), sum, GroupTotal.sumLabel(sum, MoneyFormat.decimals(sum), currency,
                rest.stream().anyMatch(GuidanceLine::valueFloor), rest.stream().anyMatch(GuidanceLine::valueCeiling)), share,
                grade, Confidence.weakest(grade, total.confidence()));
    }

    /** The company's annual actuals on its headline basis. */
    public Optional<AnnualSeries> headlineHistory(String companyId) {
        return indexed(history).find(companyId);
    }

    /** The company's focus-year guidance. */
    public Optional<GuidanceLine> guidanceFor(String companyId) {
        return indexed(guidance).find(companyId);
    }

    /** The company's quarterly actuals and run rate. */
    public Optional<QuarterSeries> quarterlyFor(String companyId) {
        return indexed(quarterly).find(companyId);
    }

    /** The canonical constructor makes every indexed component one. */
    private static <T> CompanyIndexedList<T> indexed(List<T> list) {
        return (CompanyIndexedList<T>) list;
    }
}
