package dev.capexbrief.render.model;

import dev.capexbrief.analysis.AnnualActual;
import dev.capexbrief.analysis.Briefing;
import dev.capexbrief.analysis.CompanyProfile;
import dev.capexbrief.analysis.GroupRemainder;
import dev.capexbrief.analysis.GroupTotal;
import dev.capexbrief.analysis.GuidanceLine;
import dev.capexbrief.analysis.MoneyFormat;
import dev.capexbrief.analysis.OffBasisActual;
import dev.capexbrief.dataset.Amount;
import dev.capexbrief.dataset.Confidence;
import dev.capexbrief.dataset.Period;
import dev.capexbrief.dataset.Qualifier;
import dev.capexbrief.render.text.TopCompanies;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The guidance table (each focus-year plan, its prior-year actual, implied growth, share, date and
 * sources; the group total with like-for-like growth) and the table of other plans still current.
 */
final class GuidanceTables {
    static final String ID = "guidance";
    static final String OTHER_ID = "other-plans";
    static final String TOTAL = "total";
    /** The row of the one group number page one quotes, with its growth over the same companies. */
    static final String HEADLINE = "headline";

    private final Fill f;

    GuidanceTables(Fill fill) {
        this.f = fill;
    }

    Table guidance() {
        Briefing b = f.briefing();
        List<Column> columns = List.of(Column.left("company", "Company and capex basis", 2.5f),
                Column.right("plan", f.focus() + " guidance", 1.55f).asHeadline(),
                Column.left("written", "Guidance (as written)", 1.4f).detailOnly(),
                Column.right("low", "Low (" + f.unit() + ")", 0.9f).detailOnly(),
                Column.right("high", "High (" + f.unit() + ")", 0.9f).detailOnly(),
                Column.right("prior", "Prior-year actual", 1.0f),
                Column.right("growth", "Implied growth", 0.85f),
                Column.right("share", "Share of total", 0.75f),
                Column.left("announced", "Announced", 0.95f),
                Column.left("sources", "Sources", 0.95f));
        List<Row> rows = LazyRows.of(b.guidance(), this::line,
                b.guidance().isEmpty() ? List.of() : headlineRow(b.total()) == null ? List.of(total(b.total(), b.guidance()))
                        : List.of(total(b.total(), b.guidance()), headlineRow(b.total())));
        int top = f.top().limit();
        Row remainder = b.guidance().size() > top ? remainder(b.remainder(top)) : null;
        List<String> notes = new ArrayList<>();
        if (!b.guidance().isEmpty()) {
            notes.add(b.total().basisNote() + likeForLike(b.total()));
        }
        b.guidance().stream().limit(top).filter(g -> !g.footnote().isEmpty()).forEach(g -> notes.add(footnote(g)));
        b.guidance().stream().limit(top).forEach(g -> offBasisPrior(g).ifPresent(o -> notes.add(offBasisNote(
                g.company(), List.of(o), f.currency(), "so the " + g.period().label() + " plan's growth is not"
                        + " measured against it"))));
        String scope = remainder == null ? "" : f.top().scope(top, b.guidance().size(), true);
        return new Table(ID, "", columns, rows, top, remainder, scope, "", notes, false);
    }

    private Row line(GuidanceLine g) {
        String id = g.company().id();
        Amount a = g.amount();
        Set<Mark> marks = marks(g);
        Derivation central = a instanceof Amount.Range ? new Derivation.Midpoint(CellRef.col("low"), CellRef.col("high"))
                : a instanceof Amount.Bound bound ? new Derivation.Link(CellRef.col(
                bound.qualifier() == Qualifier.AT_LEAST ? "low" : "high")) : null;
        // a year closed and reported counts its actual: "reported $55.7B vs plan ~$50B (FY ends May)"
        Cell plan = g.reported()
                ? new Cell.Money(g.value(), g.displayLabel(f.currency()), Mark.with(Set.of(Mark.REPORTED), g.confidence()),
                stated(g), null)
                : new Cell.Money(g.central(), g.displayLabel(f.currency()), marks, stated(g), central, g.decimals());
        // each end as precise as it was stated: "$60B" and "$65B" beside "$60–65B"
        Amount s = g.statedAmount();
        Cell low = a instanceof Amount.Range || floor(a) ? f.money(a.low(), MoneyFormat.decimals(a.low(), s.low()),
                Mark.of(g.confidence()), null) : Cell.empty();
        Cell high = a instanceof Amount.Range || a instanceof Amount.Bound && !floor(a)
                ? f.money(a.high(), MoneyFormat.decimals(a.high(), s.high()), Mark.of(g.confidence()), null)
                : Cell.empty();
        Cell prior = g.priorActual() != null
                ? new Cell.Money(g.priorActual(), g.priorLabel(f.currency()), priorMarks(g), g.priorPeriod().label(),
                null, g.priorDecimals())
                : offBasisPrior(g).<Cell>map(o -> offBasisWords(o, f.currency(), o.actual().year().label()))
                .orElse(new Cell.Blank("n/a"));
        // to a floor "at least +28.8%", on one "at most +138.1%", between two "n/a‖"; from a range the
        // midpoint's, with the range under it
        Cell growth = f.growth(g.impliedGrowth(), g.growthLabel(), g.growthBound(), null,
                new Derivation.Growth(CellRef.col("plan"), CellRef.col("prior")), g.growthConfidence());
        Cell share = g.share() == null ? new Cell.Blank("not in total")
                : Fill.share(g.share(), new Derivation.Ratio(CellRef.col("plan"), CellRef.at(TOTAL, "plan")),
                g.shareConfidence());
        return new Row(id, Row.Kind.BODY, id, List.of(new Cell.Company(id, g.company().name(), g.company().basisLabel()),
                plan, Fill.figure(g.label(), Mark.of(g.confidence()), false), low, high, prior, growth, share,
                new Cell.Day(g.announced(), ""), f.sources().cite(g.source())));
    }

    /** The prior year's actual on another basis, when the plan's own basis has none for that year. */
    private Optional<OffBasisActual> offBasisPrior(GuidanceLine g) {
        if (g.priorActual() != null || !(g.priorPeriod() instanceof Period.FiscalYear fy)) {
            return Optional.empty();
        }
        return f.briefing().headlineHistory(g.company().id()).flatMap(s -> s.offBasis(fy.year()));
    }

    /**
     * An actual on another basis as words ("$131.8B≠" over its year), not a number: the column's sums
     * and like-for-like growth add only actuals on the plan's basis, in the workbook's formulas too.
     */
    static Cell offBasisWords(OffBasisActual o, String currency, String sub) {
        Set<Mark> marks = HistoryTables.offBasisMarks(o);
        String label = o.actual().label(currency);
        return new Cell.Text(label + Cell.Money.symbolsAfter(label, marks), sub, false, marks);
    }

    /**
     * "≠ Amazon FY2025 ($131.8B): capex as reported by the company, not cash capex net of proceeds &amp;
     * incentives, the basis Amazon guides on; so ...": what the mark stands for at this company, and why.
     */
    static String offBasisNote(CompanyProfile p, List<OffBasisActual> years, String currency, String consequence) {
        String which = years.size() == 1 ? years.get(0).actual().year().label() + " ("
                + years.get(0).actual().label(currency) + ")" : HistoryTables.yearSpan(years);
        return Mark.OTHER_BASIS.symbol() + " " + p.name() + " " + which + ": " + years.get(0).basisLabel() + ", not "
                + p.basisLabel() + ", the basis " + p.name() + " guides on; " + consequence + ".";
    }

    private static boolean floor(Amount a) {
        return a instanceof Amount.Bound bound && bound.qualifier() == Qualifier.AT_LEAST;
    }

    /** What the plan is: a plan, a range, a floor, converted from another currency, resting on one source. */
    static Set<Mark> marks(GuidanceLine g) {
        Set<Mark> marks = EnumSet.of(Mark.PLAN);
        if (g.amount() instanceof Amount.Range) {
            marks.add(Mark.RANGE);
        }
        if (floor(g.amount())) {
            marks.add(Mark.FLOOR);
        }
        if (!g.statedLabel().equals(g.label())) {
            marks.add(Mark.CONVERTED);
        }
        if (!g.footnote().isEmpty()) {
            marks.add(Mark.FOOTNOTE);
        }
        return Mark.with(marks, g.confidence());
    }

    /** How the prior year's actual was arrived at, from the company's headline history. */
    private Set<Mark> priorMarks(GuidanceLine g) {
        if (!(g.priorPeriod() instanceof Period.FiscalYear fy)) {
            return Mark.with(Set.of(Mark.REPORTED), g.priorConfidence());
        }
        Optional<AnnualActual> year = f.briefing().headlineHistory(g.company().id())
                .flatMap(s -> s.years().stream().filter(y -> y.year().equals(fy)).findFirst());
        return year.map(HistoryTables::marks).orElse(Mark.with(Set.of(Mark.REPORTED), g.priorConfidence()));
    }

    /**
     * The amount in its own currency and what it replaced, under the label; the plan it replaced
     * without the qualifier the plan already gives ("was ~$35B", not "was ~$35B (FY ends May)" under
     * "~$50B (FY ends May)").
     */
    private static String stated(GuidanceLine g) {
        StringBuilder sub = new StringBuilder();
        if (!g.statedLabel().equals(g.label())) {
            sub.append("stated ").append(g.statedLabel());
        }
        if (g.previous() != null) {
            sub.append(sub.length() == 0 ? "" : "; ").append("was ").append(withoutQualifierOf(g.previous().label(), g.label()));
        }
        return sub.toString();
    }

    /** {@code label} less the closing qualifier in brackets that {@code other} ends with too. */
    private static String withoutQualifierOf(String label, String other) {
        int open = other.lastIndexOf(" (");
        String qualifier = open < 0 || !other.endsWith(")") ? "" : other.substring(open);
        return !qualifier.isEmpty() && label.endsWith(qualifier) ? label.substring(0, label.length() - qualifier.length()) : label;
    }

    private Row remainder(GroupRemainder rest) {
        List<Cell> cells = new ArrayList<>();
        cells.add(new Cell.Text("Other companies (" + TopCompanies.count(rest.companies()) + ")",
                "each in the workbook's Guidance sheet", true));
        cells.add(new Cell.Money(rest.central(), rest.label(), Mark.with(Set.of(Mark.PLAN), rest.confidence()), "", null));
        for (int i = 0; i < 5; i++) {
            cells.add(Cell.empty());
        }
        cells.add(rest.share() == null ? Cell.empty() : Fill.share(rest.share(), null, rest.shareConfidence()));
        cells.add(Cell.empty());
        cells.add(Cell.empty());
        return new Row("others", Row.Kind.REMAINDER, null, cells);
    }

    private Row total(GroupTotal t, List<GuidanceLine> lines) {
        List<String> lfl = t.likeForLikeCompanies();
        Cell prior = lfl.isEmpty() ? Cell.empty()
                : new Cell.Money(t.priorTotal(), t.priorLabel(f.currency()), priorSumMarks(t.priorSum(),
                t.priorConfidence()), "FY" + (t.year() - 1), new Derivation.Sum("prior", List.of()),
                t.priorSum().decimals());
        // a total is paired only with a growth over the same companies: none when some have no prior year
        Cell growth = t.growth() == null && !t.growthUnknown() || lfl.size() != t.companies().size() ? Cell.empty()
                : f.growth(t.growth(), t.growthLabel(), t.growthBound(), "",
                new Derivation.SumGrowth("plan", lfl, CellRef.col("prior")), t.growthConfidence());
        Set<Mark> marks = totalMarks(t);
        List<Cell> cells = List.of(new Cell.Text("Group total (" + TopCompanies.count(t.companies().size()) + ")", "",
                        true), new Cell.Money(t.total(), t.label(), marks, "", new Derivation.Sum("plan", List.of()), t.decimals()),
                Fill.figure(t.label(), Mark.of(t.confidence()), false), Cell.empty(), Cell.empty(), prior, growth,
                Fill.share(BigDecimal.ONE, null), Cell.empty(), Cell.empty());
        return new Row(TOTAL, Row.Kind.TOTAL, null, cells);
    }

    /**
     * The headline set's plans and prior years summed and its growth, as page one quotes them, when
     * it is not the whole table: "Page one: Amazon, Alphabet, Microsoft and Meta (CY2026)"; else null.
     */
    private Row headlineRow(GroupTotal t) {
        GroupTotal.Headline h = t.headline();
        if (h.companies().isEmpty() || h.companies().equals(t.companies())) {
            return null;
        }
        // the Big Four named; every company with a prior year, when that is the set, by its prior cells
        String where = h.companies().size() == t.likeForLikeCompanies().size() ? "prior" : "";
        Cell prior = new Cell.Money(h.prior(), h.priorLabel(f.currency()), priorSumMarks(h.priorSum(),
                Confidence.VERIFIED), h.priorPeriod(), new Derivation.Sum("prior", h.companies(), where),
                h.priorSum().decimals());
        Cell growth = h.growth() == null && !h.growthUnknown() ? Cell.empty()
                : f.growth(h.growth(), h.growthLabel(), h.growthBound(), null,
                new Derivation.SumGrowth("plan", h.companies(), CellRef.col("prior")), h.growthConfidence());
        Set<Mark> marks = sumMarks(h.includesFloors(), h.confidence());
        String names = String.join(", ", Names.of(f.briefing(), h.companies()));
        List<Cell> cells = List.of(new Cell.Text("Page one: " + h.period() + " plans", names, true),
                new Cell.Money(h.total(), h.label(), marks, "", new Derivation.Sum("plan", h.companies(), where), h.decimals()),
                Fill.figure(h.label(), Mark.of(h.confidence()), false), Cell.empty(), Cell.empty(), prior, growth,
                Cell.empty(), Cell.empty(), Cell.empty());
        return new Row(HEADLINE, Row.Kind.TOTAL, null, cells);
    }

    /** The headline plan's cell reference, for page one's cards: its own row, or the total when it is the whole table. */
    static String headlineRowKey(GroupTotal t) {
        GroupTotal.Headline h = t.headline();
        return h.companies().isEmpty() || h.companies().equals(t.companies()) ? TOTAL : HEADLINE;
    }

    /** Prior-year actuals added up: a minimum when one was stated as a floor, resting on one source when one does. */
    static Set<Mark> priorSumMarks(GroupTotal.Sum sum, Confidence confidence) {
        return Mark.with(sum.floors() ? Set.of(Mark.FLOOR) : Set.of(), confidence);
    }

    /** The group plan's marks: a plan, a minimum when it adds a floor, resting on one source when one of its plans does. */
    static Set<Mark> totalMarks(GroupTotal t) {
        return sumMarks(t.includesFloors(), t.confidence());
    }

    /** A sum of plans: a plan, a minimum when it adds a floor, resting on one source when one of its plans does. */
    static Set<Mark> sumMarks(boolean floors, dev.capexbrief.dataset.Confidence confidence) {
        return Mark.with(floors ? EnumSet.of(Mark.PLAN, Mark.FLOOR) : EnumSet.of(Mark.PLAN), confidence);
    }

    /** Which companies the growth compares, when not all: by name, or how many when there are too many to name. */
    private String likeForLike(GroupTotal total) {
        List<String> ids = total.likeForLikeCompanies();
        if (ids.size() == total.companies().size()) {
            return "";
        }
        if (ids.size() > f.top().limit()) {
            return " Growth is like for like: the " + TopCompanies.count(ids.size())
                    + " companies with a prior-year actual on the same basis.";
        }
        return " Growth is like for like: " + String.join(", ", Names.of(f.briefing(), ids))
                + " (the companies with a prior-year actual on the same basis).";
    }

    /** Plans that are not in the total: later years, quarters, multi-year programmes, other metrics. */
    Table otherPlans() {
        Briefing b = f.briefing();
        List<Column> columns = List.of(Column.left("company", "Company and metric", 1.5f),
                Column.left("period", "Period", 1.15f),
                Column.right("plan", "Plan as stated", 2.9f).asHeadline(),
                Column.right("average", "Annual average", 0.95f),
                Column.left("announced", "Announced", 0.95f),
                Column.left("sources", "Sources", 0.8f));
        List<GuidanceLine> lines = f.top().capped(b.otherPlans(), TopCompanies.LIST_ROWS, g -> g.company().id(),
                (x, y) -> 0);
        List<GuidanceLine> ordered = new ArrayList<>(lines);
        b.otherPlans().stream().filter(g -> !lines.contains(g)).forEach(ordered::add);
        List<Row> rows = new ArrayList<>();
        for (GuidanceLine g : ordered) {
            String id = g.company().id();
            Cell average = g.annualAverage() == null ? Cell.dash()
                    : new Cell.Money(g.annualAverage(), MoneyFormat.qualified(g.annualAverage(),
                    MoneyFormat.decimals(g.annualAverage()), g.amount() instanceof Amount.Bound bound ? bound.qualifier()
                    : Qualifier.EXACT, f.currency()),
                    Mark.with(Set.of(Mark.PLAN), g.confidence()), "",
                    new Derivation.Scaled(CellRef.col("plan"), g.period().years(), true));
            rows.add(new Row(id + "|" + g.metric() + "|" + g.period().label(), Row.Kind.BODY, id, List.of(
                    new Cell.Company(id, g.company().name(), g.metric().replace('_', ' ')),
                    Cell.text(g.period().label()),
                    // a programme's years and average have their own columns: the amount alone
                    new Cell.Money(g.central(), g.annualAverage() == null ? g.label() : g.amountLabel(), marks(g),
                            g.statedLabel().equals(g.label()) ? ""
                            : "stated " + g.statedLabel(), null, g.decimals()),
                    average, new Cell.Day(g.announced(), ""), f.sources().cite(g.source()))));
        }
        List<String> notes = lines.stream().filter(g -> !g.footnote().isEmpty()).map(GuidanceTables::footnote).toList();
        return new Table(OTHER_ID, "", columns, rows, lines.size(), null, "",
                "plans in the workbook's Guidance sheet.", notes, false);
    }

    /** "¶ Microsoft CY2026 (~$175B, 2026-07-29): an accounting reclassification, not a spending cut ..." */
    static String footnote(GuidanceLine g) {
        return footnote(g.company().name(), g.period().label(), g.label(), g.announced(), g.footnote());
    }

    static String footnote(String company, String period, String label, java.time.LocalDate day, String text) {
        return Mark.FOOTNOTE.symbol() + " " + company + " " + period + " plan of " + day + ", " + label + ": " + text;
    }
}
