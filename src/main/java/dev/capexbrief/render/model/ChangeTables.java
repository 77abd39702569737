package dev.capexbrief.render.model;

import dev.capexbrief.analysis.Briefing;
import dev.capexbrief.analysis.MarketReaction;
import dev.capexbrief.analysis.MoneyFormat;
import dev.capexbrief.analysis.Restatement;
import dev.capexbrief.analysis.Revision;
import dev.capexbrief.analysis.WeekItem;
import dev.capexbrief.dataset.Kind;
import dev.capexbrief.render.text.TopCompanies;


import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * What changed: this week's announcements, every guidance revision and the share-price moves. A
 * long list keeps its rows in the order a short rendering shows them (newest, the largest
 * companies first on the same day), so its first rows are the ones to print.
 */
final class ChangeTables {
    static final String WEEK_ID = "this-week";
    static final String REVISIONS_ID = "revisions";
    static final String REACTIONS_ID = "reactions";
    static final String RESTATEMENTS_ID = "restatements";
    /** Rows of this week's news on page one before "… and 98 more". */
    static final int FRONT_PAGE_ROWS = 10;

    private final Fill f;

    ChangeTables(Fill fill) {
        this.f = fill;
    }

    /**
     * Guidance first, then every capex actual reported: one on a basis other than the company's guidance
     * basis is listed too, with its basis named and the {@link Mark#OTHER_BASIS} mark, so no print is
     * dropped from the page the reader sees first.
     */
    Table thisWeek() {
        Briefing b = f.briefing();
        List<WeekItem> all = new ArrayList<>();
        b.thisWeek().stream().filter(w -> w.kind() == Kind.GUIDANCE).forEach(all::add);
        b.thisWeek().stream().filter(w -> w.kind() == Kind.ACTUAL).forEach(all::add);
        List<WeekItem> ordered = ordered(all, FRONT_PAGE_ROWS, w -> w.company().id(),
                Comparator.comparing(w -> w.kind() != Kind.GUIDANCE));
        List<Column> columns = List.of(Column.left("company", "Company", 1.15f), Column.left("period", "Period", 0.85f),
                Column.right("figure", "Figure", 1.3f), Column.left("what", "What", 0.95f),
                Column.left("announced", "Announced", 0.95f), Column.left("change", "Before \u2192 now", 1.5f),
                Column.right("shares", "Shares", 0.8f), Column.left("sources", "Sources", 0.8f).detailOnly());
        List<Row> rows = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (WeekItem w : ordered) {
            String id = w.company().id();
            String footnote = w.revision() == null ? "" : w.revision().footnote();
            boolean otherBasis = !w.onGuidanceBasis() && !w.company().basis().isEmpty();
            if (!footnote.isEmpty() && rows.size() < FRONT_PAGE_ROWS) {
                notes.add(GuidanceTables.footnote(w.company().name(), w.period().label(), w.label(), w.announced(),
                        footnote));
            }
            if (otherBasis && rows.size() < FRONT_PAGE_ROWS) {
                notes.add(Mark.OTHER_BASIS.symbol() + " " + w.company().name() + " " + w.period().label() + " ("
                        + w.label() + "): " + w.basisLabel() + ", not " + w.company().basisLabel() + ", the basis "
                        + w.company().name() + " guides on; listed as reported, not compared with its plans.");
            }
            Set<Mark> marks = Mark.with(!footnote.isEmpty() ? Set.of(Mark.FOOTNOTE)
                    : otherBasis ? Set.of(Mark.OTHER_BASIS) : Set.of(), w.confidence());
            rows.add(new Row(id + "|" + w.metric() + "|" + w.period().label() + "|" + w.kind(), Row.Kind.BODY, id,
                    List.of(new Cell.Text(w.company().name(), "", true), Cell.text(w.period().label()),
                            Fill.figure(w.label(), marks, true), Cell.text(what(w)),
                            new Cell.Day(w.announced(), ""), change(w, otherBasis),
                            w.reaction() == null ? Cell.empty() : reaction(w.reaction()),
                            f.sources().cite(w.source()))));
        }
        return new Table(WEEK_ID, "", columns, rows, Math.min(FRONT_PAGE_ROWS, rows.size()), null, "",
                "in the workbook's Changes sheet.", notes, false);
    }

    /** {@code items} as they are when they fit; else the ones a short list shows first, then the rest. */
    private <T> List<T> ordered(List<T> items, int max, Function<T, String> company, Comparator<T> first) {
        if (items.size() <= max) {
            return items;
        }
        return items.stream().sorted(first.thenComparingInt(t -> f.top().rank(company.apply(t)))).toList();
    }

    static String what(WeekItem w) {
        if (w.kind() == Kind.ACTUAL) {
            return "actual";
        }
        return switch (w.status()) {
            case NEW -> "new plan";
            case REVISED -> w.revision() != null && w.revision().isRaise() ? "raised" : "revised";
            case REITERATED -> "reiterated";
            case ACTUAL -> "actual";
        };
    }

    private static Cell change(WeekItem w, boolean otherBasis) {
        if (w.revision() != null) {
            return fromTo(w.revision());
        }
        if (w.kind() == Kind.ACTUAL) {
            return otherBasis ? new Cell.Text("reported", "basis: " + w.basisLabel(), false) : Cell.text("reported");
        }
        return Cell.text(w.status() == WeekItem.Status.REITERATED ? "unchanged" : "first plan for " + w.period().label());
    }

    /** "$30–35B → $31–35B§": each side with the mark its own grade calls for. */
    static Cell fromTo(Revision r) {
        Set<Mark> from = Mark.of(r.fromConfidence());
        Set<Mark> to = Mark.of(r.toConfidence());
        return new Cell.Text(r.fromLabel() + Mark.symbols(from) + " \u2192 " + r.toLabel() + Mark.symbols(to), "", false,
                Mark.of(r.changeConfidence()));
    }

    private static Cell reaction(MarketReaction r) {
        return new Cell.Percent(r.movePct().movePointLeft(2), r.label(), true, "", null, Mark.of(r.confidence()));
    }

    Table revisions() {
        Briefing b = f.briefing();
        List<Revision> ordered = ordered(b.revisions(), TopCompanies.LIST_ROWS, r -> r.company().id(),
                Comparator.comparing(Revision::toDate).reversed());
        List<Column> columns = List.of(Column.left("company", "Company", 1.2f), Column.left("period", "Period", 0.8f),
                Column.left("fromTo", "From \u2192 to", 1.9f),
                Column.right("from", "From (" + f.unit() + ")", 0.8f).detailOnly(),
                Column.right("to", "To (" + f.unit() + ")", 0.8f).detailOnly(),
                Column.right("change", "Change", 0.8f).asHeadline(), Column.right("changePct", "Change %", 0.8f),
                Column.left("fromDate", "From date", 1.0f).detailOnly(),
                Column.left("announced", "Announced", 1.0f), Column.right("shares", "Shares", 0.8f),
                Column.left("basis", "Capex basis", 1.4f).detailOnly(), Column.left("sources", "Sources", 0.9f));
        List<Row> rows = new ArrayList<>();
        for (Revision r : ordered) {
            String id = r.company().id();
            // measured at a floor, a change is a bound: "at most +$25B", "at most +25.0%"
            Cell pct = r.changePct() == null ? Cell.dash()
                    : f.growth(r.changePct(), r.changePctLabel(), r.bound(), "",
                    new Derivation.Ratio(CellRef.col("change"), CellRef.col("from")), r.changeConfidence());
            rows.add(new Row(FrontMatter.revisionKey(r), Row.Kind.BODY, id, List.of(
                    new Cell.Company(id, r.company().name(), ""), Cell.text(r.period().label()),
                    fromTo(r), f.money(r.from(), r.fromDecimals(), Mark.of(r.fromConfidence()), null),
                    f.money(r.to(), r.toDecimals(), Mark.of(r.toConfidence()), null),
                    // between two floors no change is known: words, not a number a formula could quote
                    r.bound() == dev.capexbrief.analysis.Growths.Bound.UNKNOWN ? Cell.text(r.changeLabel(f.currency()))
                            : new Cell.Money(r.change(), r.changeLabel(f.currency()),
                            r.footnote().isEmpty() ? Mark.of(r.changeConfidence())
                                    : Mark.with(Set.of(Mark.FOOTNOTE), r.changeConfidence()), "",
                            new Derivation.Difference(CellRef.col("to"), CellRef.col("from")),
                            r.changeDecimals()),
                    pct, new Cell.Day(r.fromDate(), ""), new Cell.Day(r.toDate(), ""),
                    r.reaction() == null ? Cell.dash() : reaction(r.reaction()), Cell.text(r.metric()),
                    f.sources().cite(r.toSource()))));
        }
        List<String> notes = ordered.stream().limit(TopCompanies.LIST_ROWS).filter(r -> !r.footnote().isEmpty())
                .map(r -> GuidanceTables.footnote(r.company().name(), r.period().label(), r.toLabel(), r.toDate(),
                        r.footnote()))
                .toList();
        return new Table(REVISIONS_ID, "", columns, rows, Math.min(TopCompanies.LIST_ROWS, rows.size()), null, "",
                "revisions in the workbook's Changes sheet.", notes, false);
    }

    /**
     * The decimals of a restatement's was or now: the rule's, unless the two would then read the same
     * beside a change that is not zero ("$6.8B", "$6.8B", "-$0.02B"): then as many as the change shows
     * ("$6.84B", "$6.82B").
     */
    private static int wasNow(Restatement r, BigDecimal value) {
        int d = MoneyFormat.decimals(value);
        boolean same = MoneyFormat.decimals(r.from()) == MoneyFormat.decimals(r.to())
                && r.from().setScale(d, java.math.RoundingMode.HALF_UP)
                .compareTo(r.to().setScale(d, java.math.RoundingMode.HALF_UP)) == 0;
        return same && r.change().signum() != 0 ? Math.max(d, MoneyFormat.changeDecimals(r.change())) : d;
    }

    /** Reported actuals that a later filing changed: what it was, what it is, the change and when. */
    Table restatements() {
        List<Restatement> ordered = ordered(f.briefing().restatements(), TopCompanies.LIST_ROWS,
                r -> r.company().id(), Comparator.comparing(Restatement::toDate).reversed());
        List<Column> columns = List.of(Column.left("company", "Company and line", 1.9f),
                Column.left("metric", "Line", 1.9f).detailOnly(),
                Column.left("period", "Period", 0.8f), Column.right("was", "Was", 0.8f),
                Column.right("now", "Now", 0.8f).asHeadline(), Column.right("change", "Change", 0.8f),
                Column.left("wasFiled", "Was filed", 1.0f).detailOnly(), Column.left("restated", "Restated", 1.0f),
                Column.left("sources", "Sources", 0.9f));
        List<Row> rows = new ArrayList<>();
        for (Restatement r : ordered) {
            String id = r.company().id();
            rows.add(new Row(id + "|" + r.metric() + "|" + r.period().label() + "|" + r.toDate(), Row.Kind.BODY, id,
                    List.of(new Cell.Company(id, r.company().name(), r.metricLabel()), Cell.text(r.metricLabel()),
                            Cell.text(r.period().label()), f.money(r.from(), wasNow(r, r.from()),
                                    Mark.of(r.fromConfidence()), null),
                            f.money(r.to(), wasNow(r, r.to()), Mark.of(r.toConfidence()), null),
                            new Cell.Money(r.change(), MoneyFormat.change(r.change(), f.currency()),
                                    Mark.of(r.changeConfidence()), "",
                                    new Derivation.Difference(CellRef.col("now"), CellRef.col("was")),
                                    MoneyFormat.changeDecimals(r.change())),
                            new Cell.Day(r.fromDate(), ""), new Cell.Day(r.toDate(), ""), f.sources().cite(r.source()))));
        }
        return new Table(RESTATEMENTS_ID, "Restated actuals", columns, rows, Math.min(TopCompanies.LIST_ROWS, rows.size()),
                null, "", "restatements in the workbook's Changes sheet.",
                List.of("A restatement is a later filing's new value for a reported period; briefings as of an earlier"
                        + " day keep the value as it stood."), false);
    }

    Table reactions() {
        Briefing b = f.briefing();
        List<MarketReaction> ordered = ordered(b.reactions(), TopCompanies.LIST_ROWS, r -> r.company().id(),
                Comparator.comparing(MarketReaction::date).reversed());
        List<Column> columns = List.of(Column.left("company", "Company", 1.1f), Column.left("date", "Date", 0.9f),
                Column.right("move", "Move", 0.7f).asHeadline(), Column.left("period", "Reacting to", 0.9f),
                Column.left("note", "What was reported", 3.4f), Column.left("sources", "Sources", 0.8f));
        List<Row> rows = new ArrayList<>();
        for (MarketReaction r : ordered) {
            String id = r.company().id();
            rows.add(new Row(id + "|" + r.date() + "|" + r.period().label(), Row.Kind.BODY, id, List.of(
                    new Cell.Company(id, r.company().name(), ""), new Cell.Day(r.date(), ""),
                    reaction(r),
                    Cell.text(r.period().label()), Cell.text(r.note()), f.sources().cite(r.source()))));
        }
        return new Table(REACTIONS_ID, "Share-price reactions on record", columns, rows,
                Math.min(TopCompanies.LIST_ROWS, rows.size()), null, "",
                "share-price moves in the workbook's Changes sheet.", List.of(), false);
    }

}
