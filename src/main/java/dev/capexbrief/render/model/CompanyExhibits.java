package dev.capexbrief.render.model;

import dev.capexbrief.analysis.Briefing;
import dev.capexbrief.analysis.GroupRemainder;
import dev.capexbrief.analysis.Growths;
import dev.capexbrief.analysis.GuidanceLine;
import dev.capexbrief.analysis.MoneyFormat;
import dev.capexbrief.analysis.QuarterSeries;
import dev.capexbrief.dataset.Amount;
import dev.capexbrief.dataset.Period;
import dev.capexbrief.dataset.Qualifier;
import dev.capexbrief.render.text.Labels;
import dev.capexbrief.render.text.TextBlock;
import dev.capexbrief.render.text.TopCompanies;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The exhibits with one bar per company: the focus-year plans (with guided ranges, floors and the
 * prior year's actual) and the run rates against the plans.
 */
final class CompanyExhibits {
    private final Fill f;

    CompanyExhibits(Fill fill) {
        this.f = fill;
    }

    /** Each company's plan, largest first; empty when no company has guided the focus year. */
    Optional<Exhibit> guidance(int number, TextBlock text) {
        Briefing b = f.briefing();
        if (b.guidance().isEmpty()) {
            return Optional.empty();
        }
        CompanyBars bars = new CompanyBars(f.style());
        List<Annotation> marks = new ArrayList<>();
        boolean anyRange = false;
        boolean anyFloor = false;
        boolean anyPrior = false;
        // a calendar-year plan (Microsoft's calendar 2026) is no FY2026 plan, nor its tick an FY2025 actual
        boolean allFocusYear = true;
        for (GuidanceLine g : b.leaders(f.top().limit())) {
            String id = g.company().id();
            Amount a = g.amount();
            // a year closed and reported is drawn at its actual: "reported $55.7B vs plan ~$50B"
            boolean range = a instanceof Amount.Range && !g.reported();
            boolean floor = g.countsAtFloor();
            anyRange |= range;
            anyFloor |= floor;
            anyPrior |= g.priorActual() != null;
            allFocusYear &= g.period().equals(new Period.FiscalYear(b.focusYear()));
            int i = bars.add(id, g.company().name(), g.value().doubleValue(), new BarLabel(g.displayLabel(f.currency()),
                    g.impliedGrowth() == null ? "" : Growths.main(g.growthLabel())),
                    CellRef.in(GuidanceTables.ID, id, "plan"));
            marks.add(new Annotation(i, range ? a.low().doubleValue() : null, range ? a.high().doubleValue() : null,
                    floor, g.priorActual() == null ? null : g.priorActual().doubleValue()));
        }
        List<LegendEntry> legend = new ArrayList<>();
        // the note under the chart names each bar of another year (exhibits/guidance.ftl)
        legend.add(new LegendEntry(LegendEntry.Symbol.BAR, allFocusYear ? f.focus() + " plan" : "plan"));
        if (anyRange) {
            legend.add(new LegendEntry(LegendEntry.Symbol.RANGE, "guided range"));
        }
        if (anyFloor) {
            legend.add(new LegendEntry(LegendEntry.Symbol.ARROW, "floor, no ceiling"));
        }
        if (anyPrior) {
            legend.add(new LegendEntry(LegendEntry.Symbol.TICK, allFocusYear ? "FY" + (b.focusYear() - 1) + " actual"
                    : "prior-year actual"));
        }
        return Optional.of(new Exhibit(number, "guidance", text.heading(), text.paragraphs(), ChartKind.RANGE_BARS,
                f.unit(), f.currency(), bars.categories(), List.of(bars.series("plan", f.focus() + " plan",
                Series.Role.PLAN)), marks, legend, guidanceScope()));
    }

    /** "Top 12 of 2,000 companies by FY2025 plan; the other 1,988 plan $963.7B, 86.6% of the total", or "". */
    private String guidanceScope() {
        Briefing b = f.briefing();
        TopCompanies top = f.top();
        if (!top.plansCut()) {
            return "";
        }
        GroupRemainder rest = b.remainder(top.limit());
        return top.scope(top.limit(), b.guidance().size(), true) + "; the other " + TopCompanies.count(rest.companies())
                + " plan " + rest.label() + (rest.share() == null ? "" : ", " + Labels.share(rest.share())
                + " of the total");
    }

    /** Current run rates (latest quarter × 4) with a tick at the plan, largest first; empty without any. */
    Optional<Exhibit> runRates(int number, TextBlock text, List<QuarterSeries> ranked) {
        Briefing b = f.briefing();
        List<QuarterSeries> all = ranked.stream().filter(q -> q.runRate() != null && q.current()).toList();
        List<QuarterSeries> shown = all.subList(0, Math.min(f.top().limit(), all.size())).stream()
                .sorted(Comparator.comparing(QuarterSeries::runRate).reversed().thenComparing(q -> q.company().name()))
                .toList();
        if (shown.isEmpty()) {
            return Optional.empty();
        }
        CompanyBars bars = new CompanyBars(f.style());
        List<Annotation> ticks = new ArrayList<>();
        boolean anyPlan = false;
        for (QuarterSeries q : shown) {
            String id = q.company().id();
            Optional<GuidanceLine> plan = q.planForLatest();
            anyPlan |= plan.isPresent();
            int i = bars.add(id, q.company().name(), q.runRate().doubleValue(),
                    new BarLabel(MoneyFormat.billions(q.runRate(), f.currency()), q.runRateVsGuidance() == null ? ""
                            : q.vsGuidanceLabel() + " vs plan"),
                    CellRef.in(QuarterTables.ID, id, "runRate"));
            ticks.add(new Annotation(i, null, null, false, plan.map(g -> g.central().doubleValue()).orElse(null)));
        }
        List<LegendEntry> legend = new ArrayList<>();
        legend.add(new LegendEntry(LegendEntry.Symbol.BAR, "annualised run rate"));
        if (anyPlan) {
            legend.add(new LegendEntry(LegendEntry.Symbol.TICK, f.focus() + " plan"));
        }
        boolean plansOnly = shown.stream().allMatch(q -> b.guidanceFor(q.company().id()).isPresent());
        String scope = shown.size() < all.size() ? f.top().scope(shown.size(), all.size(), plansOnly) : "";
        return Optional.of(new Exhibit(number, "run-rate", text.heading(), text.paragraphs(), ChartKind.COMPANY_BARS,
                f.unit() + " a year", f.currency(), bars.categories(),
                List.of(bars.series("runRate", "Run rate (\u00d74)", Series.Role.RUN_RATE)), ticks, legend, scope));
    }
}
