package dev.capexbrief.render.model;

import dev.capexbrief.analysis.Briefing;
import dev.capexbrief.analysis.SourceRef;
import dev.capexbrief.dataset.FxRate;
import dev.capexbrief.dataset.Problem;
import dev.capexbrief.render.text.TopCompanies;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Methodology & sources: the notes, the marks' legend, the FX rates, data warnings and the numbered sources. */
final class MethodologyBlocks {
    static final String FX_ID = "fx-rates";
    /** Sources a short rendering lists before "… and 940 more" (more when it cites more). */
    static final int SOURCE_ROWS = 60;

    private final Fill f;

    MethodologyBlocks(Fill fill) {
        this.f = fill;
    }

    List<Block> blocks(List<Mark> legend, Set<Integer> cited) {
        Briefing b = f.briefing();
        List<Block> out = new ArrayList<>();
        out.add(new Block.Bullets("Notes", b.footnotes(), b.footnotes().size(), ""));
        if (!legend.isEmpty()) {
            out.add(new Block.Bullets("Marks", legend.stream().map(Mark::legendLine).toList(), legend.size(), ""));
        }
        if (!b.fxRates().isEmpty()) {
            out.add(new Block.Grid(fx(b.fxRates())));
        }
        if (!b.warnings().isEmpty()) {
            out.add(new Block.Bullets("Data warnings", b.warnings().stream().map(Problem::toString).toList(),
                    TopCompanies.LIST_ROWS, "data warnings in the workbook's Sources sheet."));
        }
        List<Source> sources = b.sources().stream().map(s -> source(s, cited)).toList();
        int shortItems = b.companies().size() <= f.top().limit() ? sources.size() : SOURCE_ROWS;
        out.add(new Block.SourceList("Sources", sources, shortItems, "sources in the workbook's Sources sheet."));
        return out;
    }

    private static Source source(SourceRef s, Set<Integer> cited) {
        return new Source(s.number(), s.text(), s.url(), s.companies(), cited.contains(s.number()), s.label(),
                s.filer(), s.brief());
    }

    private static Table fx(List<FxRate> rates) {
        List<Column> columns = List.of(Column.left("currency", "Currency", 0.8f),
                Column.right("rate", "USD per unit", 1.0f), Column.left("asOf", "As of", 1.0f),
                Column.left("source", "Source", 4.0f));
        List<Row> rows = new ArrayList<>();
        for (FxRate r : rates) {
            rows.add(new Row(r.currency(), Row.Kind.BODY, null, List.of(Cell.text(r.currency()),
                    new Cell.Number(r.usdPerUnit(), r.usdPerUnit().toPlainString()), new Cell.Day(r.asOf(), ""),
                    Cell.text(r.source()))));
        }
        return new Table(FX_ID, "FX rates used", columns, rows, rows.size(), null, "", "", List.of(), false);
    }
}
