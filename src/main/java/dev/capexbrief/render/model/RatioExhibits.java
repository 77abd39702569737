package dev.capexbrief.render.model;

import dev.capexbrief.analysis.CapexRatio;
import dev.capexbrief.analysis.CapexRatios;
import dev.capexbrief.analysis.MoneyFormat;
import dev.capexbrief.analysis.RatioWindow;
import dev.capexbrief.render.text.Labels;
import dev.capexbrief.render.text.TextBlock;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The exhibits of capex against other lines, one bar per company, each value a cell of the cash
 * tables ({@link CashTables}): capex intensity (capex ÷ revenue, latest fiscal year), cash cover
 * (capex ÷ operating cash flow, with a tick a year earlier) and the free cash flow left after capex
 * (with a tick at the company's own figure), the last two over each company's latest twelve months.
 * Each is empty when no company reports both lines; its template is rendered only then.
 */
final class RatioExhibits {
    static final String INTENSITY_ID = "capex-to-revenue";
    static final String COVER_ID = "capex-to-ocf";
    static final String FREE_CASH_FLOW_ID = "free-cash-flow";

    private final Fill f;

    RatioExhibits(Fill fill) {
        this.f = fill;
    }

    private CapexRatios ratios() {
        return f.briefing().ratios();
    }

    /** Capex ÷ revenue in each company's latest complete fiscal year. */
    Optional<Exhibit> intensity(int number, Supplier<TextBlock> template) {
        List<CapexRatio> shown = shown(ratios().of(CashTables.INTENSITY, RatioWindow.FISCAL_YEAR), CapexRatio::ratio);
        if (shown.isEmpty()) {
            return Optional.empty();
        }
        CompanyBars bars = new CompanyBars(f.style());
        for (CapexRatio r : shown) {
            bars.add(r.company().id(), r.company().name(), r.ratio().doubleValue(),
                    new BarLabel(Labels.share(r.ratio()), r.period().label()), ref(r, "intensity"));
        }
        return Optional.of(exhibit(number, INTENSITY_ID, template.get(), bars, List.of(),
                bars.series(INTENSITY_ID, "Capex \u00f7 revenue", Series.Role.ACTUAL),
                List.of(new LegendEntry(LegendEntry.Symbol.BAR, "capex \u00f7 revenue")), Exhibit.Format.PERCENT,
                "%", CashTables.INTENSITY, RatioWindow.FISCAL_YEAR));
    }

    /** Capex ÷ operating cash flow over each company's latest twelve months, a tick at the same a year earlier. */
    Optional<Exhibit> cashCover(int number, Supplier<TextBlock> template) {
        List<CapexRatio> shown = shown(ratios().latestTwelveMonths(CapexRatios.CASH_COVER), CapexRatio::ratio);
        if (shown.isEmpty()) {
            return Optional.empty();
        }
        CompanyBars bars = new CompanyBars(f.style());
        List<Annotation> ticks = new ArrayList<>();
        boolean anyEarlier = false;
        for (CapexRatio r : shown) {
            int i = bars.add(r.company().id(), r.company().name(), r.ratio().doubleValue(),
                    new BarLabel(Labels.share(r.ratio()), r.spanLabel()), ref(r, "cover"));
            CapexRatio before = r.yearEarlier();
            boolean earlier = before != null && before.ratio() != null;
            anyEarlier |= earlier;
            ticks.add(new Annotation(i, null, null, false, earlier ? before.ratio().doubleValue() : null));
        }
        List<LegendEntry> legend = new ArrayList<>();
        legend.add(new LegendEntry(LegendEntry.Symbol.BAR, "capex \u00f7 operating cash flow"));
        if (anyEarlier) {
            legend.add(new LegendEntry(LegendEntry.Symbol.TICK, "a year earlier"));
        }
        return Optional.of(exhibit(number, COVER_ID, template.get(), bars, ticks,
                bars.series(COVER_ID, "Capex \u00f7 operating cash flow", Series.Role.ACTUAL), legend,
                Exhibit.Format.PERCENT, "%", CapexRatios.CASH_COVER, null));
    }

    /** Operating cash flow less capex over each company's latest twelve months, a tick at its own free cash flow. */
    Optional<Exhibit> freeCashFlow(int number, Supplier<TextBlock> template) {
        List<CapexRatio> shown = shown(ratios().latestTwelveMonths(CapexRatios.CASH_COVER), CapexRatio::difference);
        if (shown.isEmpty()) {
            return Optional.empty();
        }
        CompanyBars bars = new CompanyBars(f.style());
        List<Annotation> ticks = new ArrayList<>();
        boolean anyOwn = false;
        for (CapexRatio r : shown) {
            int i = bars.add(r.company().id(), r.company().name(), r.difference().doubleValue(),
                    new BarLabel(MoneyFormat.billions(r.difference(), f.currency()), r.spanLabel()), ref(r, "fcf"));
            Double own = ratios().published(r.company().id(), r.window())
                    .map(p -> p.value().value().doubleValue()).orElse(null);
            anyOwn |= own != null;
            ticks.add(new Annotation(i, null, null, false, own));
        }
        List<LegendEntry> legend = new ArrayList<>();
        legend.add(new LegendEntry(LegendEntry.Symbol.BAR, "operating cash flow less capex"));
        if (anyOwn) {
            legend.add(new LegendEntry(LegendEntry.Symbol.TICK, "as the company defines it"));
        }
        return Optional.of(exhibit(number, FREE_CASH_FLOW_ID, template.get(), bars, ticks,
                bars.series(FREE_CASH_FLOW_ID, "Free cash flow after capex", Series.Role.ACTUAL), legend,
                Exhibit.Format.MONEY, f.unit(), CapexRatios.CASH_COVER, null));
    }

    private Exhibit exhibit(int number, String id, TextBlock text, CompanyBars bars, List<Annotation> ticks,
                            Series series, List<LegendEntry> legend, Exhibit.Format format, String unit,
                            String ratio, RatioWindow window) {
        return new Exhibit(number, id, text.heading(), text.paragraphs(), ChartKind.COMPANY_BARS, unit, f.currency(),
                bars.categories(), List.of(series), ticks, legend, scope(ratio, window), format);
    }

    /**
     * The first companies in the briefing's order (as many as the theme names one by one), then
     * largest {@code value} first; companies whose value is not defined are left out.
     */
    private List<CapexRatio> shown(List<CapexRatio> all, Function<CapexRatio, java.math.BigDecimal> value) {
        List<CapexRatio> ranked = f.ranked(all.stream().filter(r -> value.apply(r) != null).toList(),
                r -> r.company().id());
        return ranked.subList(0, Math.min(f.top().limit(), ranked.size())).stream()
                .sorted(Comparator.comparing(value).reversed()).toList();
    }

    private static CellRef ref(CapexRatio r, String column) {
        return CellRef.in(CashTables.id(r.window()), r.company().id(), column);
    }

    /** "Top 12 of 2,000 companies by FY2025 plan", or "" when every company with the ratio is drawn. */
    private String scope(String ratio, RatioWindow window) {
        List<CapexRatio> all = window == null ? ratios().latestTwelveMonths(ratio) : ratios().of(ratio, window);
        int shown = Math.min(f.top().limit(), all.size());
        if (shown == all.size()) {
            return "";
        }
        List<CapexRatio> ranked = f.ranked(all, r -> r.company().id()).subList(0, shown);
        boolean plansOnly = ranked.stream().allMatch(r -> f.briefing().guidanceFor(r.company().id()).isPresent());
        return f.top().scope(shown, all.size(), plansOnly);
    }
}
