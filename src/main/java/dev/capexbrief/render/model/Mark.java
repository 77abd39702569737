package dev.capexbrief.render.model;

import dev.capexbrief.dataset.Confidence;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The one vocabulary of evidence marks both outputs use: what a number is (reported, derived,
 * summed, partial, plan, range, floor, converted, on another basis, stale, resting on a single
 * source) and the symbol, if
 * any, printed after it. The PDF prints the symbol after the label; the workbook puts it in the
 * cell's number format, so the cell stays a number. The legend text is the same in both.
 */
public enum Mark {
    REPORTED("", "reported in the company's release or filing"),
    DERIVED("\u2020", "derived from reported components (see Methodology & sources)"),
    SUMMED_FROM_QUARTERS("q", "the sum of four reported quarters (no annual figure in the data)"),
    PARTIAL_YEAR("*", "partial year: the quarters reported so far, left out of charts and growth rates"),
    PLAN("", "plan: the company's guidance, not an actual"),
    RANGE("", "range: counts at its midpoint in totals and growth"),
    FLOOR("+", "floor: an \"over\" figure counts at its floor, so the total is a minimum"),
    /**
     * A growth with floors at both ends (a plan "over $18B" on a prior year of "over $12B"): both are
     * minimums, so the growth could be anything, and no rate is printed.
     */
    GROWTH_UNKNOWN("\u2016", "growth n/a: both ends are floors (\"over\" figures) or both ceilings (\"up to\"), so no growth rate between them"
            + " is known"),
    CONVERTED("\u2021", "converted from the currency the company stated at the dataset's FX rate"),
    /**
     * An actual on a capex basis other than the one the company guides on (the note under the table
     * names it): shown so that no print is dropped, never compared with a plan or used for growth.
     */
    OTHER_BASIS("\u2260", "on a capex basis other than the one the company guides on (named in the note):"
            + " shown, but never compared with a plan or used for growth"),
    /**
     * A company's latest quarter that ended two or more quarters before the latest of the other
     * companies: never set in bold, never compared with a plan, never the quarterly exhibit's title.
     */
    STALE("\u00b0", "stale: two or more quarters older than the other companies' latest, so not compared with"
            + " plans"),
    /**
     * A plan with a note of its own (an accounting reclassification, not a spending cut): the note
     * is under the guidance table, and under any other table that lists the plan's change; a table
     * whose notes hold it gives no legend line for it.
     */
    FOOTNOTE("\u00b6", "see the note on this plan under the guidance table"),
    /**
     * The dataset grades the figure, or one it is computed from, {@code single-source} or
     * {@code unverified} (see {@link Confidence#thin()}): a sum, growth rate, ratio or run rate is only
     * as well evidenced as its weakest input. Last, so its symbol comes after any other.
     */
    SINGLE_SOURCE("\u00a7", "single source: the figure, or one it is computed from, rests on one source only"
            + " or is unverified");

    private final String symbol;
    private final String legend;

    Mark(String symbol, String legend) {
        this.symbol = symbol;
        this.legend = legend;
    }

    /** What is printed after the number: "†", "*", or nothing. */
    public String symbol() {
        return symbol;
    }

    /** False for a figure that must never be set in bold, even in a headline column: a stale quarter. */
    public static boolean mayBeBold(Set<Mark> marks) {
        return !marks.contains(STALE);
    }

    /** The legend line's text, without the symbol. */
    public String legend() {
        return legend;
    }

    private static final Set<Mark> THIN = Set.of(SINGLE_SOURCE);

    /** The mark a figure's evidence grade calls for: {@link #SINGLE_SOURCE} when it is thin, else none. */
    public static Set<Mark> of(Confidence confidence) {
        return confidence.thin() ? THIN : Set.of();
    }

    /**
     * {@code marks} and the mark of {@code confidence}; {@code marks} itself when the grade calls for
     * none (a 20,000-company table builds millions of cells, nearly all unmarked).
     */
    public static Set<Mark> with(Set<Mark> marks, Confidence confidence) {
        if (!confidence.thin() || marks.contains(SINGLE_SOURCE)) {
            return marks;
        }
        if (marks.isEmpty()) {
            return THIN;
        }
        EnumSet<Mark> out = EnumSet.copyOf(marks);
        out.add(SINGLE_SOURCE);
        return out;
    }

    /** "†" + "*" for a set of marks, in the enum's order. */
    public static String symbols(Set<Mark> marks) {
        StringBuilder sb = new StringBuilder();
        for (Mark m : values()) {
            if (marks.contains(m)) {
                sb.append(m.symbol);
            }
        }
        return sb.toString();
    }

    /** The marks with a symbol among {@code used}, in order: the lines of a table's legend. */
    public static List<Mark> legendFor(Collection<Mark> used) {
        EnumSet<Mark> set = used.isEmpty() ? EnumSet.noneOf(Mark.class) : EnumSet.copyOf(used);
        return set.stream().filter(m -> !m.symbol.isEmpty()).toList();
    }

    /**
     * The legend lines a table prints under itself: its marks' ({@link #legendFor}), less the ¶ that
     * points to a plan's note when that note is among {@code notes} ("¶ Microsoft CY2026 plan of ...":
     * it explains itself).
     */
    public static List<String> legendLines(Collection<Mark> used, List<String> notes) {
        boolean noteHere = notes.stream().anyMatch(n -> n.startsWith(FOOTNOTE.symbol + " "));
        return legendFor(used).stream().filter(m -> m != FOOTNOTE || !noteHere).map(Mark::legendLine).toList();
    }

    /** "† derived from reported components ..." */
    public String legendLine() {
        return (symbol.isEmpty() ? "" : symbol + " ") + legend;
    }
}
