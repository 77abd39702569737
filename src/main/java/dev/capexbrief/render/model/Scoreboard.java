package dev.capexbrief.render.model;

import dev.capexbrief.analysis.GuidanceLine;
import dev.capexbrief.analysis.QuarterSeries;
import dev.capexbrief.analysis.RatioWindow;
import dev.capexbrief.dataset.Confidence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Page one's scoreboard: one row per company with its latest plan (and the plan it replaced), its
 * latest quarter and that quarter's growth on the same quarter a year before, its share of the
 * group plan, and capex ÷ operating cash flow over its latest twelve months (else its latest fiscal
 * year). Every cell but the year-on-year growth is the cell of the table it comes from.
 */
final class Scoreboard {
    static final String ID = "scoreboard";

    /** Rows of a ranked table looked through for the companies shown (a briefing can cover 20,000). */
    private static final int SCAN = 200;

    private final Fill f;

    Scoreboard(Fill fill) {
        this.f = fill;
    }

    /** The scoreboard, or empty when no company has a plan or a quarter. */
    Optional<Table> table(Table guidance, Table runRates, List<QuarterSeries> quarters, Table ttm, Table fiscalYear) {
        Map<String, Cell[]> rows = new LinkedHashMap<>();
        Map<String, Cell.Company> names = new LinkedHashMap<>();
        int top = f.top().limit();
        guidance.body().stream().limit(top).forEach(r -> {
            names.put(r.company(), (Cell.Company) r.cell(guidance.column("company")));
            rows.put(r.company(), new Cell[]{plan(r.cell(guidance.column("plan")), r.company()), null, null,
                    r.cell(guidance.column("share")), null});
        });
        Map<String, QuarterSeries> byId = new LinkedHashMap<>();
        quarters.forEach(q -> byId.put(q.company().id(), q));
        for (Row r : runRates.body().subList(0, Math.min(SCAN, runRates.body().size()))) {
            if (!rows.containsKey(r.company()) && rows.size() >= top) {
                continue;
            }
            names.putIfAbsent(r.company(), (Cell.Company) r.cell(runRates.column("company")));
            Cell[] cells = rows.computeIfAbsent(r.company(), k -> new Cell[]{Cell.dash(), null, null, Cell.dash(), null});
            Cell latest = r.cell(runRates.column("latest"));
            String months = r.cell(runRates.column("months")).text();
            cells[1] = latest instanceof Cell.Money m
                    ? m.with(months, new Derivation.Link(CellRef.in(runRates.id(), r.key(), "latest"))) : latest;
            QuarterSeries q = byId.get(r.company());
            cells[2] = q == null || q.latestYearOnYear() == null ? Cell.dash()
                    : f.growth(q.latestYearOnYear(), null, "", Confidence.weakest(q.latest().confidence(),
                    q.yearAgo().confidence()));
        }
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        List<Row> out = new ArrayList<>();
        rows.forEach((id, cells) -> {
            cells[1] = cells[1] == null ? Cell.dash() : cells[1];
            cells[2] = cells[2] == null ? Cell.dash() : cells[2];
            cells[4] = cover(ttm, id).or(() -> cover(fiscalYear, id)).orElse(Cell.dash());
            // the name alone: the capex basis is in the facts above and in the guidance table
            Cell.Company name = new Cell.Company(id, names.get(id).name(), "");
            out.add(new Row(id, Row.Kind.BODY, id, List.of(name, cells[0], cells[1], cells[2], cells[3],
                    cells[4])));
        });
        List<Column> columns = List.of(Column.left("company", "Company", 1.05f),
                Column.right("plan", f.focus() + " plan", 1.75f).asHeadline(),
                Column.right("latest", "Latest quarter", 1.15f),
                Column.right("yoy", "y/y", 0.75f),
                Column.right("share", "Share", 0.7f),
                Column.right("cover", "Capex \u00f7 OCF", 0.9f));
        // a column of dashes is empty furniture: it is left out and its absence said once
        boolean[] shown = new boolean[columns.size()];
        shown[0] = true;
        for (Row r : out) {
            for (int i = 1; i < shown.length; i++) {
                shown[i] |= !(r.cell(i) instanceof Cell.Blank);
            }
        }
        List<String> legend = new ArrayList<>();
        List<String> absent = new ArrayList<>();
        if (shown[1]) {
            legend.add("\u201cwas\u201d: the plan it replaced");
        } else {
            absent.add("No company has a " + f.focus() + " plan yet");
        }
        if (!shown[2]) {
            absent.add("No company has reported a quarter yet");
        } else if (!shown[3]) {
            absent.add("No quarter yet has the same quarter a year before to compare with");
        } else {
            legend.add("y/y: on the same quarter a year before");
        }
        if (shown[5]) {
            legend.add("capex \u00f7 OCF over the latest twelve months, else the latest fiscal year");
        } else {
            absent.add("No company has capex and operating cash flow for the same period yet, so there is no capex \u00f7 OCF");
        }
        List<String> notes = new ArrayList<>();
        if (!legend.isEmpty()) {
            String joined = String.join("; ", legend);
            notes.add(Character.toUpperCase(joined.charAt(0)) + joined.substring(1));
        }
        notes.addAll(absent);
        List<Integer> keep = new ArrayList<>();
        for (int i = 0; i < shown.length; i++) {
            if (shown[i]) {
                keep.add(i);
            }
        }
        List<Row> kept = out.stream().map(r -> new Row(r.key(), r.kind(), r.company(),
                keep.stream().map(r::cell).toList())).toList();
        return Optional.of(new Table(ID, "Scoreboard", keep.stream().map(columns::get).toList(), kept, kept.size(),
                null, "", "", notes, false));
    }

    /**
     * The plan cell, its line under it in as few words as a row of page one can hold (the guidance
     * table's, which already leaves out a qualifier the plan gives); a plan converted from the currency the company stated gives both as
     * stated, "stated ~$220B, was ~$200B", one line where "stated ~$220B; was ~RMB 1,434B" takes two.
     */
    private Cell plan(Cell c, String id) {
        if (!(c instanceof Cell.Money m) || m.sub().isEmpty()) {
            return c;
        }
        Optional<GuidanceLine> line = f.briefing().guidanceFor(id);
        if (line.isPresent() && !line.get().statedLabel().equals(line.get().label())) {
            GuidanceLine g = line.get();
            return m.with("stated " + g.statedLabel() + (g.previous() == null ? "" : ", was " + g.previous().statedLabel()),
                    m.derivation());
        }
        return c;
    }

    /** The company's capex ÷ OCF in the cash table, its period under it. */
    private static Optional<Cell> cover(Table t, String id) {
        if (t == null) {
            return Optional.empty();
        }
        return t.body().subList(0, Math.min(SCAN, t.body().size())).stream().filter(r -> id.equals(r.company())).findFirst()
                .filter(r -> r.cell(t.column("cover")) instanceof Cell.Percent)
                .map(r -> {
                    Cell.Percent p = (Cell.Percent) r.cell(t.column("cover"));
                    String period = r.cell(t.column("period")).text();
                    return new Cell.Percent(p.ratio(), p.label(), false, period,
                            new Derivation.Link(CellRef.in(t.id(), r.key(), "cover")), p.marks());
                });
    }
}
