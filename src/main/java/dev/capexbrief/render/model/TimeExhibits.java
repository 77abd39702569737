package dev.capexbrief.render.model;

import dev.capexbrief.analysis.AnnualActual;
import dev.capexbrief.analysis.AnnualSeries;
import dev.capexbrief.analysis.Briefing;
import dev.capexbrief.analysis.GuidanceLine;
import dev.capexbrief.analysis.MoneyFormat;
import dev.capexbrief.analysis.QuarterActual;
import dev.capexbrief.analysis.QuarterSeries;
import dev.capexbrief.analysis.Revision;
import dev.capexbrief.dataset.Amount;
import dev.capexbrief.dataset.Period;
import dev.capexbrief.dataset.Qualifier;
import dev.capexbrief.render.text.TextBlock;
import dev.capexbrief.render.text.TopCompanies;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The exhibits over time: annual capex by fiscal year with the step to the plan, quarterly capex by
 * calendar quarter, and the revision ladder of the focus-year plans.
 */
final class TimeExhibits implements Drawable.Figures {
    /** Fiscal years an annual exhibit draws at most (the workbook's table has them all). */
    static final int MAX_YEARS = 10;
    /** Calendar quarters a quarterly exhibit draws at most. */
    static final int MAX_QUARTERS = 12;

    private final Fill f;

    TimeExhibits(Fill fill) {
        this.f = fill;
    }

    /** Annual actuals per company (complete years only) and the dashed step to the focus-year plan. */
    Optional<Exhibit> history(int number, TextBlock text, List<AnnualSeries> ranked) {
        Briefing b = f.briefing();
        List<AnnualSeries> all = ranked.stream().filter(s -> s.years().stream().anyMatch(a -> !a.partial())).toList();
        List<AnnualSeries> shown = all.subList(0, Math.min(f.top().limit(), all.size()));
        if (shown.isEmpty()) {
            return Optional.empty();
        }
        int last = shown.stream().mapToInt(TimeExhibits::lastCompleteYear).max().orElseThrow();
        int from = last - MAX_YEARS + 1;
        int first = shown.stream().flatMap(s -> s.years().stream()).filter(a -> !a.partial() && a.year().year() >= from)
                .mapToInt(a -> a.year().year()).min().orElse(last);
        // the axis runs on to the focus year only where a plan is drawn there: no empty years at the end
        int end = shown.stream().anyMatch(s -> plan(s).isPresent()) ? Math.max(b.focusYear(), last) : last;
        List<Category> categories = new ArrayList<>();
        for (int y = first; y <= end; y++) {
            categories.add(new Category("FY" + y, y));
        }
        List<Series> series = new ArrayList<>();
        List<Annotation> marks = new ArrayList<>();
        for (AnnualSeries s : shown) {
            company(s, first, end, series, marks);
        }
        List<LegendEntry> legend = List.of(new LegendEntry(LegendEntry.Symbol.MARKER, "actual"),
                new LegendEntry(LegendEntry.Symbol.HOLLOW_MARKER, f.focus() + " plan"));
        boolean plansOnly = shown.stream().allMatch(s -> b.guidanceFor(s.company().id()).isPresent());
        String scope = shown.size() < all.size() ? f.top().scope(shown.size(), all.size(), plansOnly) : "";
        return Optional.of(new Exhibit(number, "history", text.heading(), text.paragraphs(), ChartKind.ANNUAL_LINES,
                f.unit(), f.currency(), categories, series, marks, legend, scope));
    }

    /** A company's latest complete fiscal year's capex as the annual exhibit draws it ("over $21B", "$55.7B"), or "". */
    @Override
    public String latestYear(String companyId) {
        return f.briefing().history().stream().filter(s -> s.headline() && s.company().id().equals(companyId))
                .flatMap(s -> s.years().stream()).filter(a -> !a.partial())
                .max(Comparator.comparingInt(a -> a.year().year()))
                .map(a -> a.label(f.currency())).orElse("");
    }

    /** A company's quarter ending in calendar quarter {@code ordinal}, as the quarter tables print it, or "". */
    @Override
    public String quarter(String companyId, int ordinal) {
        return f.briefing().quarterlyFor(companyId).stream().flatMap(q -> q.quarters().stream())
                .filter(a -> ordinal(a.end()) == ordinal).findFirst().map(a -> a.label(f.currency())).orElse("");
    }

    @Override
    public boolean stale(String companyId) {
        return f.briefing().quarterlyFor(companyId).map(QuarterSeries::stale).orElse(false);
    }

    private static int lastCompleteYear(AnnualSeries s) {
        return s.years().stream().filter(a -> !a.partial()).mapToInt(a -> a.year().year()).max().orElse(0);
    }

    private void company(AnnualSeries s, int first, int end, List<Series> out, List<Annotation> marks) {
        String id = s.company().id();
        String name = s.company().name();
        int n = end - first + 1;
        List<Double> actual = nulls(n);
        List<String> labels = nulls(n);
        List<CellRef> refs = nulls(n);
        AnnualActual lastActual = null;
        for (AnnualActual a : s.years()) {
            int y = a.year().year();
            if (!a.partial() && y >= first && y <= end) {
                actual.set(y - first, a.value().doubleValue());
                refs.set(y - first, CellRef.in(HistoryTables.ID, id, "FY" + y));
                lastActual = a;
            }
        }
        if (lastActual == null) {
            return;
        }
        AnnualActual latest = lastActual;
        int lastYear = latest.year().year();
        Optional<GuidanceLine> plan = plan(s);
        if (plan.isEmpty()) {
            labels.set(lastYear - first, name + " " + latest.label(f.currency()));
        }
        out.add(new Series(id, name, Series.Role.ACTUAL, f.style().color(id), f.style().marker(id), actual,
                List.of(), labels, refs));
        plan.ifPresent(g -> out.add(planStep(s, g, latest, first, n, marks)));
    }

    /** The company's focus-year plan, drawn as a step from its last complete year when that year is before it. */
    private Optional<GuidanceLine> plan(AnnualSeries s) {
        Briefing b = f.briefing();
        int lastYear = lastCompleteYear(s);
        return b.guidanceFor(s.company().id())
                .filter(g -> g.period().equals(new Period.FiscalYear(b.focusYear())) && lastYear < b.focusYear());
    }

    /** The dashed step from the last actual to the plan, labelled as guided, with its range or floor. */
    private Series planStep(AnnualSeries s, GuidanceLine g, AnnualActual lastActual, int first, int n,
                            List<Annotation> marks) {
        String id = s.company().id();
        int focus = f.briefing().focusYear();
        List<Double> values = nulls(n);
        List<String> labels = nulls(n);
        List<CellRef> refs = nulls(n);
        int lastYear = lastActual.year().year();
        values.set(lastYear - first, lastActual.value().doubleValue());
        refs.set(lastYear - first, CellRef.in(HistoryTables.ID, id, "FY" + lastYear));
        values.set(focus - first, g.central().doubleValue());
        refs.set(focus - first, CellRef.in(GuidanceTables.ID, id, "plan"));
        labels.set(focus - first, s.company().name() + " " + g.amountLabel());
        Amount a = g.amount();
        boolean range = a instanceof Amount.Range;
        boolean floor = a instanceof Amount.Bound bound && bound.qualifier() == Qualifier.AT_LEAST;
        marks.add(new Annotation(focus - first, range ? a.low().doubleValue() : null,
                range ? a.high().doubleValue() : null, floor, g.central().doubleValue()));
        return new Series(id, s.company().name() + " plan", Series.Role.PLAN, f.style().color(id),
                f.style().marker(id), values, List.of(), labels, refs);
    }

    /** Quarterly actuals by calendar quarter (each quarter placed in the calendar quarter it ends in). */
    Optional<Exhibit> quarterly(int number, TextBlock text, List<QuarterSeries> ranked, boolean detailListed) {
        Briefing b = f.briefing();
        List<QuarterSeries> all = ranked.stream().filter(q -> !q.quarters().isEmpty()).toList();
        List<QuarterSeries> shown = all.subList(0, Math.min(f.top().limit(), all.size()));
        if (shown.isEmpty()) {
            return Optional.empty();
        }
        int last = shown.stream().mapToInt(q -> ordinal(q.latest().end())).max().orElseThrow();
        int from = last - MAX_QUARTERS + 1;
        int first = shown.stream().flatMap(q -> q.quarters().stream()).mapToInt(a -> ordinal(a.end()))
                .filter(o -> o >= from).min().orElse(last);
        List<Category> categories = new ArrayList<>();
        for (int o = first; o <= last; o++) {
            categories.add(new Category(label(o), o));
        }
        List<Series> series = new ArrayList<>();
        for (QuarterSeries q : shown) {
            String id = q.company().id();
            int n = last - first + 1;
            List<Double> values = nulls(n);
            List<CellRef> refs = nulls(n);
            List<String> labels = nulls(n);
            boolean any = false;
            for (QuarterActual a : q.quarters()) {
                int o = ordinal(a.end());
                if (o >= first && o <= last) {
                    values.set(o - first, a.value().doubleValue());
                    refs.set(o - first, detailListed ? CellRef.in(QuarterTables.DETAIL_ID, id + "|"
                            + a.quarter().label(), "capex") : null);
                    any = true;
                }
            }
            if (!any) {
                continue;
            }
            QuarterActual latest = q.latest();
            // words, not a mark (charts print none): a line that stops quarters before the others' is old news
            labels.set(ordinal(latest.end()) - first, q.company().name() + " "
                    + latest.label(f.currency()) + (q.stale() ? " (stale)" : ""));
            series.add(new Series(id, q.company().name(), Series.Role.ACTUAL, f.style().color(id),
                    f.style().marker(id), values, List.of(), labels, refs));
        }
        boolean plansOnly = shown.stream().allMatch(q -> b.guidanceFor(q.company().id()).isPresent());
        String scope = shown.size() < all.size() ? f.top().scope(shown.size(), all.size(), plansOnly) : "";
        return Optional.of(new Exhibit(number, "quarterly", text.heading(), text.paragraphs(),
                ChartKind.QUARTER_LINES, f.unit(), f.currency(), categories, series, List.of(), List.of(), scope));
    }

    /** Calendar quarter of a quarter-end date as year × 4 + quarter − 1. */
    static int ordinal(LocalDate end) {
        return end.getYear() * 4 + (end.getMonthValue() - 1) / 3;
    }

    /** "Oct–Dec 2025" for a quarter ordinal. */
    static String label(int ordinal) {
        int firstMonth = ordinal % 4 * 3 + 1;
        return month(firstMonth) + "\u2013" + month(firstMonth + 2) + " " + ordinal / 4;
    }

    private static String month(int m) {
        return Month.of(m).getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    }

    /**
     * Each focus-year plan as it moved: per company a PLAN series (the plan carried forward from each
     * statement to the as-of date) and an ACTUAL series (the statements alone, a marker each); empty
     * without a revision.
     */
    Optional<Exhibit> ladder(int number, TextBlock text) {
        Briefing b = f.briefing();
        List<Revision> revisions = b.revisions().stream().filter(b::revisesFocusPlan)
                .sorted(Comparator.comparing(Revision::toDate)).toList();
        if (revisions.isEmpty()) {
            return Optional.empty();
        }
        Map<String, List<Revision>> byCompany = new HashMap<>();
        revisions.forEach(r -> byCompany.computeIfAbsent(r.company().id(), k -> new ArrayList<>()).add(r));
        int top = f.top().limit();
        List<GuidanceLine> shown = b.guidance().size() <= top ? b.guidance() : b.guidance().stream()
                .filter(g -> byCompany.containsKey(g.company().id())).limit(top).toList();
        Map<String, TreeMap<LocalDate, Double>> statements = new java.util.LinkedHashMap<>();
        TreeSet<LocalDate> days = new TreeSet<>();
        for (GuidanceLine g : shown) {
            TreeMap<LocalDate, Double> said = new TreeMap<>();
            List<Revision> own = byCompany.getOrDefault(g.company().id(), List.of());
            if (own.isEmpty()) {
                said.put(g.announced(), g.central().doubleValue());
            } else {
                said.put(own.get(0).fromDate(), own.get(0).from().doubleValue());
                own.forEach(r -> said.put(r.toDate(), r.to().doubleValue()));
            }
            statements.put(g.company().id(), said);
            days.addAll(said.keySet());
        }
        days.add(b.asOf());
        List<LocalDate> order = new ArrayList<>(days);
        List<Category> categories = order.stream().map(d -> new Category(d.toString(), d.toEpochDay())).toList();
        List<Series> series = new ArrayList<>();
        for (GuidanceLine g : shown) {
            series.add(steps(g, statements.get(g.company().id()), order));
            series.add(said(g, statements.get(g.company().id()), order));
        }
        boolean cut = shown.size() < b.guidance().size();
        return Optional.of(new Exhibit(number, "ladder", text.heading(), text.paragraphs(), ChartKind.STEP_LADDER,
                f.unit(), f.currency(), categories, series, List.of(), List.of(),
                cut ? ladderScope(shown.size(), byCompany.size()) : ""));
    }

    /** The plan carried forward from each statement to the next; the last point labelled as guided. */
    private Series steps(GuidanceLine g, TreeMap<LocalDate, Double> said, List<LocalDate> order) {
        String id = g.company().id();
        List<Double> values = nulls(order.size());
        List<String> labels = nulls(order.size());
        Double current = null;
        for (int i = 0; i < order.size(); i++) {
            Double stated = said.get(order.get(i));
            current = stated != null ? stated : current;
            values.set(i, current);
        }
        values.set(order.size() - 1, g.central().doubleValue());
        labels.set(order.size() - 1, g.company().name() + " " + g.amountLabel());
        return new Series(id, g.company().name(), Series.Role.PLAN, f.style().color(id), f.style().marker(id), values,
                List.of(), labels, List.of());
    }

    /** The statements themselves: a marker on each day the plan was stated, nothing between. */
    private Series said(GuidanceLine g, TreeMap<LocalDate, Double> said, List<LocalDate> order) {
        String id = g.company().id();
        List<Double> values = nulls(order.size());
        for (int i = 0; i < order.size(); i++) {
            values.set(i, said.get(order.get(i)));
        }
        return new Series(id, g.company().name() + " statements", Series.Role.ACTUAL, f.style().color(id),
                f.style().marker(id), values, List.of(), List.of(), List.of());
    }

    /** Which plans a cut ladder draws: those that were revised, the largest first. */
    private String ladderScope(int shown, int revised) {
        Briefing b = f.briefing();
        return shown < revised
                ? "Top " + TopCompanies.count(shown) + " of the " + TopCompanies.count(revised)
                + " companies that revised their " + f.focus() + " plan, by plan"
                : "The " + TopCompanies.count(revised) + (revised == 1 ? " company" : " companies") + " that revised "
                + (revised == 1 ? "its " : "their ") + f.focus() + " plan, of " + TopCompanies.count(b.guidance().size())
                + " with a plan";
    }

    private static <T> List<T> nulls(int n) {
        List<T> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(null);
        }
        return out;
    }
}
