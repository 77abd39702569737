package dev.capexbrief.render.model;

import dev.capexbrief.analysis.Briefing;
import dev.capexbrief.analysis.GuidanceLine;
import dev.capexbrief.analysis.MoneyFormat;
import dev.capexbrief.analysis.QuarterActual;
import dev.capexbrief.analysis.QuarterSeries;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The run-rate table (each company's latest quarter, × 4, against its plan) and, for analysts,
 * every quarter as reported.
 */
final class QuarterTables {
    static final String ID = "run-rate";
    static final String DETAIL_ID = "quarters";
    /** Quarters listed one by one before the list belongs on the streamed Data sheet. */
    private static final int MAX_DETAIL_ROWS = 2_000;
    private static final Set<Mark> STALE = Set.of(Mark.STALE);

    private final Fill f;

    QuarterTables(Fill fill) {
        this.f = fill;
    }

    /** Companies with a latest quarter, ranked as the briefing ranks companies. */
    List<QuarterSeries> ranked() {
        return f.ranked(f.briefing().quarterly().stream().filter(q -> q.latest() != null).toList(),
                q -> q.company().id());
    }

    Table runRates() {
        Briefing b = f.briefing();
        List<QuarterSeries> series = ranked();
        int shown = Math.min(f.top().limit(), series.size());
        List<Column> columns = List.of(Column.left("company", "Company", 1.5f),
                Column.left("quarter", "Latest quarter", 1.0f),
                Column.left("months", "Months", 1.1f),
                Column.right("latest", "Quarterly capex", 1.0f),
                Column.right("runRate", "Run rate (\u00d74)", 1.05f).asHeadline(),
                Column.right("plan", f.focus() + " plan", 1.35f),
                Column.right("vsPlan", "Run rate vs plan", 1.0f).asHeadline(),
                Column.left("basis", "Capex basis", 1.6f).detailOnly());
        List<Row> rows = LazyRows.of(series, this::row, List.of());
        String scope = "";
        if (shown < series.size()) {
            boolean plansOnly = series.subList(0, shown).stream()
                    .allMatch(q -> q.planForLatest().isPresent());
            scope = f.top().scope(shown, series.size(), plansOnly);
        }
        List<String> notes = new ArrayList<>();
        series.subList(0, shown).stream().filter(q -> q.laterOnOtherBasis() != null).forEach(q -> notes.add(
                q.company().name() + "'s latest quarter, " + q.laterOnOtherBasis().quarter().label() + " ("
                        + q.laterOnOtherBasis().calendarLabel() + ", "
                        + q.laterOnOtherBasis().label(f.currency()) + "), is on another basis ("
                        + q.laterBasisLabel() + ") than the one it guides on (" + q.company().basisLabel()
                        + "): no run rate until that quarter is reported on its guidance basis."));
        return new Table(ID, "", columns, rows, shown, null, scope, "companies in the workbook's Quarterly sheet.",
                notes, false);
    }

    /** A stale latest quarter's numbers carry the mark (and so are never set in bold). */
    private static Set<Mark> staleness(QuarterSeries q) {
        return q.stale() ? STALE : Set.of();
    }

    private Row row(QuarterSeries q) {
        String id = q.company().id();
        QuarterActual latest = q.latest();
        Optional<GuidanceLine> plan = q.planForLatest();
        Cell planCell = plan.<Cell>map(g -> new Cell.Money(g.central(), g.label(), GuidanceTables.marks(g), "",
                new Derivation.Link(CellRef.in(GuidanceTables.ID, id, "plan")), g.decimals())).orElse(new Cell.Blank(
                f.briefing().guidanceFor(id).isPresent() ? "no " + latest.quarter().fiscalYear().label() + " plan" : "no plan"));
        Cell runRate = q.runRate() == null ? Cell.dash()
                : new Cell.Money(q.runRate(), MoneyFormat.billions(q.runRate(), f.currency()),
                Mark.with(staleness(q), q.runRateConfidence()), "",
                new Derivation.Scaled(CellRef.col("latest"), 4, false));
        Cell vs = q.runRateVsGuidance() == null || plan.isEmpty() ? Cell.dash()
                : f.growth(q.runRateVsGuidance(), q.vsGuidanceLabel(), q.vsGuidanceBound(), "",
                new Derivation.Growth(CellRef.col("runRate"), CellRef.col("plan")), q.vsGuidanceConfidence());
        return new Row(id, Row.Kind.BODY, id, List.of(new Cell.Company(id, q.company().name(), ""),
                Cell.text(latest.quarter().label()), Cell.text(latest.calendarLabel()),
                f.money(latest.value(), latest.decimals(), Mark.with(staleness(q), latest.confidence()), null),
                runRate, planCell, vs, Cell.text(q.company().basisLabel())));
    }

    /** Every quarter, as reported; past a few thousand the list points to the Data sheet instead. */
    Table quarters() {
        List<QuarterSeries> series = ranked();
        long count = series.stream().mapToLong(q -> q.quarters().size()).sum();
        List<Column> columns = List.of(Column.left("company", "Company", 1.5f),
                Column.left("quarter", "Fiscal quarter", 1.0f),
                Column.left("months", "Calendar months", 1.1f),
                Column.left("end", "Quarter end", 1.0f),
                Column.right("capex", "Capex (" + f.unit() + ")", 1.0f),
                Column.left("sources", "Sources", 1.0f));
        List<Row> rows = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        if (count > MAX_DETAIL_ROWS) {
            notes.add(count + " quarters: too many to list here; every one is on the Data sheet (filter kind = actual"
                    + " and a quarterly period).");
        } else {
            for (QuarterSeries q : series) {
                for (QuarterActual a : q.quarters()) {
                    String id = q.company().id();
                    rows.add(new Row(id + "|" + a.quarter().label(), Row.Kind.BODY, id, List.of(
                            new Cell.Company(id, q.company().name(), ""), Cell.text(a.quarter().label()),
                            Cell.text(a.calendarLabel()), new Cell.Day(a.end(), ""), f.money(a),
                            f.sources().cite(a.source()))));
                }
            }
        }
        return new Table(DETAIL_ID, "Every quarter, as reported", columns, rows, 0, null, "", "", notes, true);
    }
}
