package dev.capexbrief.render.model;

import dev.capexbrief.analysis.AnnualRatio;
import dev.capexbrief.render.text.Labels;
import dev.capexbrief.render.text.TextBlock;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Capex against another line of the same fiscal year (revenue, operating cash flow), one ratio
 * per exhibit and table: the analysis computes each {@link AnnualRatio}; this lays out any of them
 * by its id, so a new ratio needs no code here.
 */
final class RatioExhibits {
    private final Fill f;

    RatioExhibits(Fill fill) {
        this.f = fill;
    }

    /** The ratio's table: each company's year, capex, the other line, and capex ÷ that line as a live formula. */
    Table table(String id) {
        List<AnnualRatio> ratios = ranked(id);
        String base = ratios.isEmpty() ? "base" : ratios.get(0).baseLabel();
        List<Column> columns = List.of(Column.left("company", "Company", 1.6f),
                Column.left("year", "Fiscal year", 0.9f),
                Column.right("capex", "Capex", 1.0f),
                Column.right("base", capitalized(base), 1.1f),
                Column.right("ratio", "Capex \u00f7 " + base, 1.0f).asHeadline());
        List<Row> rows = LazyRows.of(ratios, this::row, List.of());
        int shown = Math.min(f.top().limit(), ratios.size());
        String scope = scope(ratios.subList(0, shown), ratios.size());
        return new Table(id, "", columns, rows, shown, null, scope, "companies in the workbook.",
                List.of(f.currency() + " billions; each company's latest complete fiscal year with both lines"
                        + " reported, capex on its guidance basis."), false);
    }

    private Row row(AnnualRatio r) {
        String id = r.company().id();
        return new Row(id, Row.Kind.BODY, id, List.of(new Cell.Company(id, r.company().name(), ""),
                Cell.text(r.year().label()), f.money(r.capex(), r.capexConfidence()), f.money(r.base(), r.baseConfidence()),
                Fill.share(r.ratio(), new Derivation.Ratio(CellRef.col("capex"), CellRef.col("base")), r.confidence())));
    }

    /**
     * One bar per company, the ratio as a percentage; empty when no company reports both lines. The
     * title and note come from {@code template}, {@code exhibits/<id>.ftl}.
     */
    Optional<Exhibit> exhibit(String id, int number, Supplier<TextBlock> template) {
        List<AnnualRatio> ratios = ranked(id);
        List<AnnualRatio> shown = ratios.subList(0, Math.min(f.top().limit(), ratios.size())).stream()
                .sorted(Comparator.comparing(AnnualRatio::ratio).reversed()).toList();
        if (shown.isEmpty()) {
            return Optional.empty();
        }
        // its template is rendered only when the data have the ratio (most datasets have no revenue)
        TextBlock text = template.get();
        CompanyBars bars = new CompanyBars(f.style());
        for (AnnualRatio r : shown) {
            bars.add(r.company().id(), r.company().name(), r.ratio().doubleValue(),
                    Labels.share(r.ratio()) + "   " + r.year().label(),
                    CellRef.in(id, r.company().id(), "ratio"));
        }
        Series series = bars.series(id, "Capex \u00f7 " + shown.get(0).baseLabel(), Series.Role.ACTUAL);
        return Optional.of(new Exhibit(number, id, text.heading(), text.paragraphs(), ChartKind.COMPANY_BARS, "%",
                f.currency(), bars.categories(), List.of(series), List.of(),
                List.of(new LegendEntry(LegendEntry.Symbol.BAR, "capex \u00f7 " + shown.get(0).baseLabel())),
                scope(shown, ratios.size()),
                Exhibit.Format.PERCENT));
    }

    /** The line every cut table and chart prints, "Top 12 of 2,000 companies by FY2025 plan", or "". */
    private String scope(List<AnnualRatio> shown, int of) {
        boolean plansOnly = shown.stream().allMatch(r -> f.briefing().guidanceFor(r.company().id()).isPresent());
        return shown.size() < of ? f.top().scope(shown.size(), of, plansOnly) : "";
    }

    /** The ratios of one kind, companies in the briefing's order (largest plans first). */
    private List<AnnualRatio> ranked(String id) {
        return f.ranked(f.briefing().ratios(id), r -> r.company().id());
    }

    private static String capitalized(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
