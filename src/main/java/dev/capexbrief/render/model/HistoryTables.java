package dev.capexbrief.render.model;

import dev.capexbrief.analysis.AnnualActual;
import dev.capexbrief.analysis.AnnualSeries;
import dev.capexbrief.analysis.Briefing;
import dev.capexbrief.analysis.CompanyProfile;
import dev.capexbrief.analysis.GuidanceLine;
import dev.capexbrief.analysis.MoneyFormat;
import dev.capexbrief.analysis.OffBasisActual;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The history table: each company's annual capex by fiscal year on its headline basis (the last
 * {@value #SHORT_YEARS} years in the short rendering, every year in the workbook), its plan and the
 * latest growth; and, for analysts, the other bases it reports.
 */
final class HistoryTables {
    static final String ID = "history";
    static final String OTHER_ID = "history-other-bases";
    static final String GROWTH_ID = "history-growth";
    private static final int SHORT_YEARS = 6;

    private final Fill f;

    HistoryTables(Fill fill) {
        this.f = fill;
    }

    private static final Set<Mark> PARTIAL = Set.of(Mark.PARTIAL_YEAR);
    private static final Set<Mark> DERIVED = Set.of(Mark.DERIVED);
    private static final Set<Mark> SUMMED = Set.of(Mark.SUMMED_FROM_QUARTERS);
    private static final Set<Mark> REPORTED = Set.of(Mark.REPORTED);

    /** How an annual actual was arrived at, whether it was stated as a floor, and whether it rests on one source. */
    static Set<Mark> marks(AnnualActual a) {
        Set<Mark> how = provenance(a);
        if (a.floor()) {
            how = java.util.EnumSet.copyOf(how);
            how.add(Mark.FLOOR);
        }
        return Mark.with(how, a.confidence());
    }

    /**
     * An annual actual's cell: "over $21B" as stated (the workbook's "$21B+"), "$35.0B†" derived, with the
     * decimals its year was given, so the PDF and the workbook's number format show the same.
     */
    Cell.Money cell(AnnualActual a, Set<Mark> marks) {
        return new Cell.Money(a.value(), a.label(f.currency()), marks, "", null, a.decimals());
    }

    private static Set<Mark> provenance(AnnualActual a) {
        if (a.partial()) {
            return PARTIAL;
        }
        if (a.derived()) {
            return DERIVED;
        }
        return a.fromQuarters() ? SUMMED : REPORTED;
    }

    /** An actual on another basis: how it was arrived at, and that it is on another basis. */
    static Set<Mark> offBasisMarks(OffBasisActual o) {
        Set<Mark> marks = java.util.EnumSet.of(Mark.OTHER_BASIS);
        marks.addAll(marks(o.actual()));
        return marks;
    }

    /** The headline series with at least one year (on its basis or another), ranked as the briefing ranks companies. */
    List<AnnualSeries> ranked() {
        return f.ranked(f.briefing().history().stream().filter(AnnualSeries::headline)
                .filter(s -> !s.years().isEmpty() || !s.offBasis().isEmpty()).toList(), s -> s.company().id());
    }

    Table headline() {
        Briefing b = f.briefing();
        List<AnnualSeries> series = ranked();
        int top = f.top().limit();
        List<AnnualSeries> shown = series.subList(0, Math.min(top, series.size()));
        TreeSet<Integer> years = years(series);
        int lastShown = shown.stream().flatMap(HistoryTables::shownYears).filter(a -> !a.partial())
                .mapToInt(a -> a.year().year()).max().orElse(b.focusYear() - 1);
        int firstShown = Math.max(lastShown - SHORT_YEARS + 1, years.isEmpty() ? lastShown : years.first());
        List<Column> columns = new ArrayList<>();
        columns.add(Column.left("company", "Company (fiscal year end)", 1.9f));
        for (int y : years) {
            Column c = Column.right("FY" + y, "FY" + y, 0.9f);
            columns.add(y < firstShown || y > lastShown ? c.detailOnly() : c);
        }
        columns.add(Column.right("plan", f.focus() + " plan", 1.2f).asHeadline());
        columns.add(Column.right("growth", "Latest growth", 0.9f));
        List<Row> rows = LazyRows.of(series, s -> row(s, years), List.of());
        List<String> notes = new ArrayList<>();
        String scope = "";
        if (shown.size() < series.size()) {
            boolean plansOnly = shown.stream().allMatch(s -> b.guidanceFor(s.company().id()).isPresent());
            scope = f.top().scope(shown.size(), series.size(), plansOnly);
        }
        notes.add(b.currency() + " billions, each company on its guidance basis, in its own fiscal years.");
        shown.forEach(x -> offBasisNotes(x, notes));
        return new Table(ID, "", columns, rows, shown.size(), null, scope,
                "companies in the workbook's History sheet.", notes, false);
    }

    /** The years a row shows: on the headline basis, and those reported only on another basis. */
    private static java.util.stream.Stream<AnnualActual> shownYears(AnnualSeries s) {
        return java.util.stream.Stream.concat(s.years().stream(), s.offBasis().stream().map(OffBasisActual::actual));
    }

    /** One note per company and other basis its row shows: which years, which basis, and that they are left out of growth. */
    private void offBasisNotes(AnnualSeries s, List<String> notes) {
        java.util.Map<String, List<OffBasisActual>> byBasis = new java.util.LinkedHashMap<>();
        s.offBasis().forEach(o -> byBasis.computeIfAbsent(o.metric(), k -> new ArrayList<>()).add(o));
        byBasis.values().forEach(years -> notes.add(GuidanceTables.offBasisNote(s.company(), years, f.currency(),
                "shown for reference, left out of growth rates and the chart")));
    }

    /** "FY2019–FY2023" for a run of years, else "FY2020, FY2022". */
    static String yearSpan(List<OffBasisActual> years) {
        List<Integer> ys = years.stream().map(o -> o.actual().year().year()).sorted().toList();
        boolean run = ys.get(ys.size() - 1) - ys.get(0) == ys.size() - 1;
        if (run && ys.size() > 2) {
            return "FY" + ys.get(0) + "\u2013FY" + ys.get(ys.size() - 1);
        }
        return String.join(", ", ys.stream().map(y -> "FY" + y).toList());
    }

    /** Every fiscal year any headline series has (on its basis or another), as one unbroken run. */
    private static TreeSet<Integer> years(List<AnnualSeries> series) {
        TreeSet<Integer> found = new TreeSet<>();
        series.forEach(s -> shownYears(s).forEach(y -> found.add(y.year().year())));
        TreeSet<Integer> out = new TreeSet<>();
        if (!found.isEmpty()) {
            for (int y = found.first(); y <= found.last(); y++) {
                out.add(y);
            }
        }
        return out;
    }

    private Row row(AnnualSeries s, TreeSet<Integer> years) {
        CompanyProfile p = s.company();
        List<Cell> cells = new ArrayList<>();
        cells.add(new Cell.Company(p.id(), p.name(), p.company().fiscalYearEndName()));
        java.util.Map<Integer, AnnualActual> byYear = new java.util.HashMap<>();
        s.years().forEach(x -> byYear.putIfAbsent(x.year().year(), x));
        for (int y : years) {
            AnnualActual x = byYear.get(y);
            Optional<OffBasisActual> other = x == null ? s.offBasis(y) : Optional.empty();
            cells.add(x != null ? cell(x, marks(x))
                    : other.<Cell>map(o -> cell(o.actual(), offBasisMarks(o))).orElse(Cell.dash()));
        }
        Optional<GuidanceLine> plan = f.briefing().guidanceFor(p.id());
        cells.add(plan.<Cell>map(g -> new Cell.Money(g.central(), shortLabel(g.label()), GuidanceTables.marks(g), "",
                new Derivation.Link(CellRef.in(GuidanceTables.ID, p.id(), "plan")), g.decimals())).orElse(Cell.dash()));
        cells.add(latestGrowth(s));
        return new Row(p.id(), Row.Kind.BODY, p.id(), cells);
    }

    /**
     * The growth of the latest complete year, with its year under it: the column holds growths of
     * different years (Oracle's FY2026 beside Amazon's FY2025), so every one says which it is.
     */
    private Cell latestGrowth(AnnualSeries s) {
        Optional<AnnualActual> latest = s.years().stream().filter(a -> !a.partial()).reduce((x, y) -> y);
        if (latest.isEmpty() || latest.get().yoy() == null && !latest.get().yoyUnknown()) {
            return Cell.dash();
        }
        AnnualActual a = latest.get();
        int y = a.year().year();
        return f.growth(a.yoy(), a.yoyLabel(), a.yoyBound(), a.year().label(), new Derivation.Growth(
                CellRef.col("FY" + y), CellRef.col("FY" + (y - 1))), a.yoyConfidence());
    }

    /** The guidance label without the fiscal-year note, which the company column already gives. */
    static String shortLabel(String label) {
        int i = label.indexOf(" (FY ends");
        return i < 0 ? label : label.substring(0, i);
    }

    /**
     * For analysts: each company's year-on-year growth for every complete fiscal year on its
     * headline basis, live formulas over the history table's cells.
     */
    Table growth() {
        List<AnnualSeries> series = ranked();
        TreeSet<Integer> years = years(series);
        List<Column> columns = new ArrayList<>();
        columns.add(Column.left("company", "Company", 1.9f));
        years.stream().skip(1).forEach(y -> columns.add(Column.right("FY" + y, "FY" + y, 0.9f)));
        List<Row> rows = LazyRows.of(series, s -> growthRow(s, years), List.of());
        return new Table(GROWTH_ID, "Year-on-year growth (complete fiscal years on the same basis)", columns, rows,
                0, null, "", "", List.of(), true);
    }

    private Row growthRow(AnnualSeries s, TreeSet<Integer> years) {
        String id = s.company().id();
        java.util.Map<Integer, AnnualActual> byYear = new java.util.HashMap<>();
        s.years().forEach(x -> byYear.putIfAbsent(x.year().year(), x));
        List<Cell> cells = new ArrayList<>();
        cells.add(new Cell.Company(id, s.company().name(), ""));
        years.stream().skip(1).forEach(y -> {
            AnnualActual a = byYear.get(y);
            cells.add(a == null || a.yoy() == null && !a.yoyUnknown() ? Cell.empty() : f.growth(a.yoy(), a.yoyLabel(),
                    a.yoyBound(), "", new Derivation.Growth(CellRef.in(ID, id, "FY" + y), CellRef.in(ID, id, "FY" + (y - 1))),
                    a.yoyConfidence()));
        });
        return new Row(id, Row.Kind.BODY, id, cells);
    }

    /** Bases other than the headline one, for reference (comparisons use the headline basis). */
    Table otherBases() {
        Briefing b = f.briefing();
        List<AnnualSeries> others = b.history().stream().filter(s -> !s.headline()).toList();
        TreeSet<Integer> years = years(others);
        List<Column> columns = new ArrayList<>();
        columns.add(Column.left("company", "Company", 1.9f));
        columns.add(Column.left("basis", "Capex basis", 2.0f));
        years.forEach(y -> columns.add(Column.right("FY" + y, "FY" + y, 0.9f)));
        List<Row> rows = LazyRows.of(others, s -> otherRow(b, s, years), List.of());
        return new Table(OTHER_ID, "Other reported bases (for reference; comparisons use the headline basis)",
                columns, rows, 0, null, "", "", List.of(), true);
    }

    private Row otherRow(Briefing b, AnnualSeries s, TreeSet<Integer> years) {
        List<Cell> cells = new ArrayList<>();
        cells.add(new Cell.Company(s.company().id(), s.company().name(), ""));
        cells.add(Cell.text(basisLabel(b, s.metric())));
        for (int y : years) {
            cells.add(s.years().stream().filter(x -> x.year().year() == y).findFirst()
                    .<Cell>map(x -> cell(x, marks(x))).orElse(Cell.empty()));
        }
        return new Row(s.company().id() + "|" + s.metric(), Row.Kind.BODY, s.company().id(), cells);
    }

    /** The label another company uses for this basis, else the metric in words. */
    private static String basisLabel(Briefing b, String metric) {
        return b.companies().stream().filter(p -> p.basis().equals(metric)).map(CompanyProfile::basisLabel)
                .findFirst().orElse(metric.replace('_', ' '));
    }
}
