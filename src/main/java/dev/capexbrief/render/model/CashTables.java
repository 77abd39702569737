package dev.capexbrief.render.model;

import dev.capexbrief.analysis.CapexRatio;
import dev.capexbrief.analysis.CapexRatios;
import dev.capexbrief.analysis.MoneyFormat;
import dev.capexbrief.analysis.Provenance;
import dev.capexbrief.analysis.PublishedCashFlow;
import dev.capexbrief.analysis.RatioGroup;
import dev.capexbrief.analysis.RatioWindow;
import dev.capexbrief.render.text.Labels;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Cash coverage and intensity, one table per span (latest quarter, trailing twelve months, latest
 * fiscal year): each company's capex against its operating cash flow, the free cash flow left after
 * it beside the company's own, and capex against revenue and depreciation, then a group row over
 * the companies that have both lines. The ratios and the free cash flow are live formulas over the
 * row's inputs (revenue and depreciation are workbook columns); the analysis computed every value.
 */
final class CashTables {
    static final String INTENSITY = "capex-to-revenue";
    static final String DEPRECIATION = "capex-to-depreciation";
    static final String GROUP = "group";
    private static final String PPE = "depreciation_ppe";
    private static final Set<Mark> SUMMED = Set.of(Mark.SUMMED_FROM_QUARTERS);
    private static final Set<Mark> DERIVED = Set.of(Mark.DERIVED);

    private final Fill f;

    CashTables(Fill fill) {
        this.f = fill;
    }

    /** "cash-quarter", "cash-ttm", "cash-year". */
    static String id(RatioWindow w) {
        return switch (w) {
            case QUARTER -> "cash-quarter";
            case TRAILING_TWELVE_MONTHS -> "cash-ttm";
            case FISCAL_YEAR -> "cash-year";
        };
    }

    /** The column of a depreciation line's values: PP&amp;E depreciation and D&amp;A are never one column. */
    static String depreciationColumn(String metric) {
        return PPE.equals(metric) ? "depPpe" : "depAmort";
    }

    /**
     * The line beside a ratio to it: depreciation of PP&amp;E unmarked, the wider depreciation &amp;
     * amortization marked "D&amp;A" wherever it stands in.
     */
    private static String depreciationShort(String metric) {
        return PPE.equals(metric) ? "" : "D&A";
    }

    private CapexRatios ratios() {
        return f.briefing().ratios();
    }

    /** True when no company has a ratio for any span: the briefing has no cash section. */
    boolean isEmpty() {
        return ratios().isEmpty();
    }

    /** The companies with a ratio for the span, in the briefing's order. */
    List<String> companies(RatioWindow w) {
        Set<String> ids = new LinkedHashSet<>();
        ratios().all().stream().filter(r -> r.window() == w).forEach(r -> ids.add(r.company().id()));
        return f.ranked(new ArrayList<>(ids), id -> id);
    }

    Table table(RatioWindow w) {
        List<Column> columns = List.of(Column.left("company", "Company", 1.15f),
                Column.left("period", switch (w) {
                    case QUARTER -> "Quarter";
                    case TRAILING_TWELVE_MONTHS -> "Twelve months";
                    case FISCAL_YEAR -> "Fiscal year";
                }, 1.35f),
                Column.right("capex", "Capex", 0.85f),
                Column.right("ocf", "Operating cash flow", 0.95f),
                Column.right("cover", "Capex \u00f7 OCF", 1.05f).asHeadline(),
                Column.right("fcf", "FCF after capex", 0.95f),
                Column.right("ownFcf", "Company-defined FCF", 0.95f),
                Column.right("revenue", "Revenue", 0.9f).detailOnly(),
                Column.right("intensity", "Capex \u00f7 revenue", 0.95f),
                Column.right("depPpe", "Depreciation of PP&E", 0.9f).detailOnly(),
                Column.right("depAmort", "Depreciation & amortization", 0.9f).detailOnly(),
                Column.right("depreciation", "Capex \u00f7 depreciation", 0.95f));
        List<String> ids = companies(w);
        List<Row> totals = group(w).map(List::of).orElse(List.of());
        List<Row> rows = LazyRows.of(ids, id -> row(w, id), totals);
        int shown = Math.min(f.top().limit(), ids.size());
        String scope = shown < ids.size() ? f.top().scope(shown, ids.size(),
                ids.subList(0, shown).stream().allMatch(id -> f.briefing().guidanceFor(id).isPresent())) : "";
        return new Table(id(w), w.label(), columns, rows, shown, null, scope, "companies in the workbook's Cash sheet.",
                notes(w, ids), false);
    }

    private Row row(RatioWindow w, String id) {
        CapexRatios all = ratios();
        Optional<CapexRatio> cover = all.of(CapexRatios.CASH_COVER, w, id);
        Optional<CapexRatio> intensity = all.of(INTENSITY, w, id);
        Optional<CapexRatio> dep = all.of(DEPRECIATION, w, id);
        CapexRatio any = cover.or(() -> intensity).or(() -> dep).orElseThrow();
        String depColumn = dep.map(r -> depreciationColumn(r.baseMetric())).orElse("");
        List<Cell> cells = List.of(new Cell.Company(id, any.company().name(), ""),
                period(any),
                money(any.capex()),
                cover.<Cell>map(r -> money(r.base())).orElse(Cell.dash()),
                cover.map(r -> ratio(r, "ocf")).orElse(Cell.dash()),
                cover.<Cell>map(r -> new Cell.Money(r.difference(), MoneyFormat.billions(r.difference(), f.currency()),
                        Mark.of(r.confidence()), "", new Derivation.Net(CellRef.col("ocf"), CellRef.col("capex"))))
                        .orElse(Cell.dash()),
                all.published(id, w).<Cell>map(p -> money(p.value())).orElse(Cell.dash()),
                intensity.<Cell>map(r -> money(r.base())).orElse(Cell.dash()),
                intensity.map(r -> ratio(r, "revenue")).orElse(Cell.dash()),
                dep.filter(r -> depColumn.equals("depPpe")).<Cell>map(r -> money(r.base())).orElse(Cell.empty()),
                dep.filter(r -> depColumn.equals("depAmort")).<Cell>map(r -> money(r.base())).orElse(Cell.empty()),
                dep.map(r -> multiple(r, depColumn)).orElse(Cell.dash()));
        return new Row(id, Row.Kind.BODY, id, cells);
    }

    /** The fiscal label ("FY2026Q2"; twelve months "to FY2026Q2") over the calendar months it covers. */
    private static Cell period(CapexRatio r) {
        String label = r.window() == RatioWindow.TRAILING_TWELVE_MONTHS ? "to " + r.period().label()
                : r.period().label();
        return new Cell.Text(label, r.months(), false);
    }

    /** An input line, marked as its year's provenance (summed from quarters, derived) and its grade call for. */
    private Cell.Money money(CapexRatio.Reading r) {
        Provenance p = r.provenance();
        Set<Mark> marks = p instanceof Provenance.SummedFromQuarters ? SUMMED : p instanceof Provenance.Derived
                ? DERIVED : Set.of();
        return f.money(r.value(), r.decimals(), Mark.with(marks, r.confidence()), null);
    }

    /** capex ÷ the row's {@code base} column, with the same ratio a year earlier as its second line. */
    private static Cell ratio(CapexRatio r, String base) {
        if (r.ratio() == null) {
            return new Cell.Blank("n/a");
        }
        return new Cell.Percent(r.ratio(), Labels.share(r.ratio()), false, earlier(r, Labels::share),
                new Derivation.Ratio(CellRef.col("capex"), CellRef.col(base)), Mark.of(r.confidence()));
    }

    /** capex ÷ depreciation as a multiple, its line ("PP&amp;E", "D&amp;A") and a year earlier as its second line. */
    private static Cell multiple(CapexRatio r, String base) {
        if (r.ratio() == null) {
            return new Cell.Blank("n/a");
        }
        String line = depreciationShort(r.baseMetric());
        String before = earlier(r, Labels::multiple);
        return new Cell.Multiple(r.ratio(), Labels.multiple(r.ratio()),
                line.isEmpty() ? before : before.isEmpty() ? line : line + ", " + before,
                new Derivation.Ratio(CellRef.col("capex"), CellRef.col(base)), Mark.of(r.confidence()));
    }

    /** "from 80.9%": the ratio a year earlier, marked as its grade calls for; "" without one. */
    private static String earlier(CapexRatio r, Function<BigDecimal, String> label) {
        CapexRatio before = r.yearEarlier();
        return before == null || before.ratio() == null ? ""
                : "from " + label.apply(before.ratio()) + Mark.symbols(Mark.of(before.confidence()));
    }

    /** The group row: each ratio summed over the companies that have both of its lines; none without a group. */
    private Optional<Row> group(RatioWindow w) {
        CapexRatios all = ratios();
        Optional<RatioGroup> cover = all.group(CapexRatios.CASH_COVER, w);
        Optional<RatioGroup> intensity = all.group(INTENSITY, w);
        Optional<RatioGroup> dep = all.group(DEPRECIATION, w);
        if (cover.isEmpty() && intensity.isEmpty() && dep.isEmpty()) {
            return Optional.empty();
        }
        int n = cover.or(() -> intensity).or(() -> dep).orElseThrow().companies().size();
        String depColumn = dep.map(g -> depreciationColumn(g.baseMetric())).orElse("");
        List<Cell> cells = List.of(new Cell.Text("Group (" + n + ")", "", true), Cell.empty(),
                cover.<Cell>map(g -> sum(g.capex(), g,
                        new Derivation.SumOf("capex", rows(g), "ocf"))).orElse(Cell.empty()),
                cover.<Cell>map(g -> sum(g.base(), g, new Derivation.SumOf("ocf", rows(g), "ocf"))).orElse(Cell.empty()),
                cover.map(g -> groupRatio(g, new Derivation.Ratio(CellRef.col("capex"), CellRef.col("ocf"))))
                        .orElse(Cell.empty()),
                cover.<Cell>map(g -> new Cell.Money(g.difference(), MoneyFormat.billions(g.difference(), f.currency()),
                        Mark.of(g.confidence()), "", new Derivation.Net(CellRef.col("ocf"), CellRef.col("capex"))))
                        .orElse(Cell.empty()),
                Cell.empty(),
                intensity.<Cell>map(g -> sum(g.base(), g, new Derivation.SumOf("revenue", rows(g), "revenue")))
                        .orElse(Cell.empty()),
                intensity.map(g -> groupRatio(g, new Derivation.SumRatio("capex", "revenue", rows(g))))
                        .orElse(Cell.empty()),
                dep.filter(g -> depColumn.equals("depPpe"))
                        .<Cell>map(g -> sum(g.base(), g, new Derivation.SumOf("depPpe", rows(g), "depPpe")))
                        .orElse(Cell.empty()),
                dep.filter(g -> depColumn.equals("depAmort"))
                        .<Cell>map(g -> sum(g.base(), g, new Derivation.SumOf("depAmort", rows(g), "depAmort")))
                        .orElse(Cell.empty()),
                dep.<Cell>map(g -> g.ratio() == null ? new Cell.Blank("n/a")
                        : new Cell.Multiple(g.ratio(), Labels.multiple(g.ratio()), depreciationShort(g.baseMetric()),
                        new Derivation.SumRatio("capex", depColumn, rows(g)), Mark.of(g.confidence())))
                        .orElse(Cell.empty()));
        return Optional.of(new Row(GROUP, Row.Kind.TOTAL, null, cells));
    }

    private Cell.Money sum(BigDecimal value, RatioGroup g, Derivation d) {
        return f.money(value, Mark.of(g.confidence()), d);
    }

    private static Cell groupRatio(RatioGroup g, Derivation d) {
        return g.ratio() == null ? new Cell.Blank("n/a")
                : new Cell.Percent(g.ratio(), Labels.share(g.ratio()), false, "", d, Mark.of(g.confidence()));
    }

    private static List<String> rows(RatioGroup g) {
        return g.companies().stream().map(c -> c.id()).toList();
    }

    /**
     * What the span is and which companies each group adds; under the last table, what every table's
     * columns mean: the capex basis, the free cash flow lines, the depreciation lines.
     */
    private List<String> notes(RatioWindow w, List<String> ids) {
        List<String> out = new ArrayList<>();
        out.add(f.currency() + " billions; " + switch (w) {
            case QUARTER -> "each company's latest reported quarter.";
            case TRAILING_TWELVE_MONTHS -> "the four quarters to each company's latest, summed, only where all four"
                    + " are reported for both lines.";
            case FISCAL_YEAR -> "each company's latest complete fiscal year.";
        } + " \u2013: not reported for the period.");
        if (w == RatioWindow.TRAILING_TWELVE_MONTHS) {
            missingTwelveMonths(ids).ifPresent(out::add);
        }
        groupNote(w).ifPresent(out::add);
        if (w == RatioWindow.FISCAL_YEAR || !hasRows(RatioWindow.FISCAL_YEAR)) {
            out.add("Capex is on each company's guidance basis; FCF after capex is operating cash flow less that"
                    + " capex; \"from\" gives the same ratio a year earlier.");
            depreciationNote().ifPresent(out::add);
            definitions().ifPresent(out::add);
        }
        return out;
    }

    /** "No twelve months for Amazon and Oracle: ...", the companies with a quarter or a year but no trailing twelve months. */
    private Optional<String> missingTwelveMonths(List<String> ids) {
        Set<String> others = new LinkedHashSet<>(companies(RatioWindow.QUARTER));
        others.addAll(companies(RatioWindow.FISCAL_YEAR));
        others.removeAll(ids);
        if (others.isEmpty() || others.size() > f.top().limit()) {
            return Optional.empty();
        }
        List<String> names = Names.of(f.briefing(), f.ranked(new ArrayList<>(others), id -> id));
        return Optional.of("No twelve months for " + join(names) + ": a quarter of capex or of the other lines is"
                + " missing.");
    }

    private boolean hasRows(RatioWindow w) {
        return ratios().all().stream().anyMatch(r -> r.window() == w);
    }

    /** Every company's own definition of free cash flow, once, in the briefing's order. */
    private Optional<String> definitions() {
        Set<String> seen = new LinkedHashSet<>();
        for (PublishedCashFlow p : f.ranked(ratios().published(), p -> p.company().id())) {
            seen.add(definition(p));
        }
        return seen.isEmpty() ? Optional.empty()
                : Optional.of("Company-defined FCF as published: " + String.join("; ", seen) + ".");
    }

    private static String definition(PublishedCashFlow p) {
        return p.definition().isEmpty() ? p.company().name() + ": as the company defines it" : p.definition();
    }

    /** "Group: each company over its own latest period; capex, OCF and FCF: Alphabet, ...; capex ÷ revenue: ..." */
    private Optional<String> groupNote(RatioWindow w) {
        CapexRatios all = ratios();
        List<String> parts = new ArrayList<>();
        all.group(CapexRatios.CASH_COVER, w).ifPresent(g -> parts.add("capex, operating cash flow, capex \u00f7 OCF"
                + " and FCF: " + names(g)));
        all.group(INTENSITY, w).ifPresent(g -> parts.add("capex \u00f7 revenue: " + names(g)));
        all.group(DEPRECIATION, w).ifPresent(g -> parts.add("capex \u00f7 depreciation: " + names(g) + " ("
                + g.baseLabel() + " only)"));
        return parts.isEmpty() ? Optional.empty() : Optional.of("Group: the companies with both lines, each over its"
                + " own latest period; " + String.join("; ", parts) + ".");
    }

    /** Which depreciation line each company's ratio uses: the two lines are not comparable. */
    private Optional<String> depreciationNote() {
        List<CapexRatio> deps = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (CapexRatio r : f.ranked(ratios().all(), r -> r.company().id())) {
            if (r.id().equals(DEPRECIATION) && seen.add(r.company().id())) {
                deps.add(r);
            }
        }
        if (deps.isEmpty()) {
            return Optional.empty();
        }
        List<String> lines = deps.stream().map(CapexRatio::baseMetric).distinct().toList();
        List<String> parts = new ArrayList<>();
        for (String metric : lines) {
            List<String> who = deps.stream().filter(r -> r.baseMetric().equals(metric)).map(r -> r.company().name())
                    .toList();
            String label = deps.stream().filter(r -> r.baseMetric().equals(metric)).findFirst().orElseThrow()
                    .baseLabel();
            parts.add(PPE.equals(metric) ? label + " (" + join(who) + ")"
                    : label + ", a wider line marked D&A (" + join(who) + ")");
        }
        return Optional.of("Capex \u00f7 depreciation: capex as a multiple of " + String.join("; or of ", parts)
                + (lines.size() > 1 ? ". The two lines are not comparable." : "."));
    }

    private String names(RatioGroup g) {
        List<String> names = f.ranked(g.companies(), c -> c.id()).stream().map(c -> c.name()).toList();
        return names.size() > f.top().limit() ? "the " + names.size() + " companies with both" : join(names);
    }

    private static String join(List<String> names) {
        if (names.size() <= 1) {
            return names.isEmpty() ? "" : names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
