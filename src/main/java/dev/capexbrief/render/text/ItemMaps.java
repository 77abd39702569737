package dev.capexbrief.render.text;

import dev.capexbrief.analysis.CentralKind;
import dev.capexbrief.analysis.CapexRatio;
import dev.capexbrief.analysis.GuidanceLine;
import dev.capexbrief.analysis.MarketReaction;
import dev.capexbrief.analysis.MoneyFormat;
import dev.capexbrief.analysis.QuarterSeries;
import dev.capexbrief.analysis.Revision;
import dev.capexbrief.dataset.Qualifier;
import dev.capexbrief.analysis.WeekItem;
import dev.capexbrief.dataset.Kind;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One briefing record as a template sees it: a map of labels already written by
 * {@link MoneyFormat} (so the text says exactly what the tables say) plus the raw numbers for
 * conditions. Absent values are left out, so templates test them with {@code ??}.
 */
final class ItemMaps {
    private final String currency;
    private final java.util.function.Predicate<Revision> focusPlan;

    /** @param focusPlan whether a revision is of a focus-year plan ({@link dev.capexbrief.analysis.Briefing#revisesFocusPlan}) */
    ItemMaps(String currency, java.util.function.Predicate<Revision> focusPlan) {
        this.currency = currency;
        this.focusPlan = focusPlan;
    }

    Map<String, Object> guidance(GuidanceLine g, QuarterSeries quarters) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("company", g.company().name());
        m.put("id", g.company().id());
        m.put("period", g.period().label());
        // once the year is reported: "reported $55.7B vs plan ~$50B (FY ends May)"
        m.put("label", g.displayLabel(currency));
        m.put("planLabel", g.label());
        m.put("reported", g.reported());
        m.put("statedLabel", g.statedLabel());
        m.put("central", MoneyFormat.billions(g.central(), g.decimals(), currency));
        m.put("centralValue", g.central());
        m.put("centralLabel", g.centralKind().label());
        m.put("floor", g.centralKind() == CentralKind.AT_LEAST);
        m.put("announced", g.announced().toString());
        m.put("basis", g.company().basisLabel());
        m.put("fiscalNote", g.company().fiscalNote());
        m.put("note", g.note());
        if (g.priorActual() != null) {
            m.put("priorPeriod", g.priorPeriod().label());
            m.put("priorActual", g.priorLabel(currency));
            m.put("priorActualValue", g.priorActual());
        }
        if (g.impliedGrowth() != null) {
            m.put("growth", g.growthLabel());
            m.put("growthValue", g.impliedGrowth());
        }
        // floors at both ends: no rate, and the prose says why
        m.put("growthUnknown", g.hasPrior() && g.growthBound() == dev.capexbrief.analysis.Growths.Bound.UNKNOWN);
        if (g.share() != null) {
            m.put("share", Labels.share(g.share()));
            m.put("shareValue", g.share());
        }
        if (g.previous() != null) {
            m.put("previous", g.previous().label());
            m.put("previousAnnounced", g.previous().announced().toString());
        }
        if (g.outturn() != null) {
            m.put("outturn", g.outturnLabel(currency));
            m.put("outturnValue", g.outturn());
        }
        if (g.annualAverage() != null) {
            m.put("annualAverage", MoneyFormat.billions(g.annualAverage(), currency));
            m.put("years", g.period().years());
        }
        if (quarters != null && quarters.latest() != null) {
            m.put("quarter", quarter(quarters));
        }
        return m;
    }

    Map<String, Object> quarter(QuarterSeries q) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("company", q.company().name());
        m.put("latestQuarter", q.latest().quarter().label());
        m.put("latestMonths", q.latest().calendarLabel());
        m.put("latestEnd", q.latest().end().toString());
        m.put("current", q.current());
        m.put("stale", q.stale());
        m.put("latest", q.latest().label(currency));
        m.put("latestValue", q.latest().value());
        if (q.runRate() != null) {
            m.put("runRate", MoneyFormat.billions(q.runRate(), currency));
        }
        if (q.runRateVsGuidance() != null) {
            m.put("vsGuidance", q.vsGuidanceLabel());
            m.put("vsGuidanceValue", q.runRateVsGuidance());
        }
        return m;
    }

    /** A capex ratio: its span, both lines, the ratio and the other line less capex (free cash flow for cash flow). */
    Map<String, Object> ratio(CapexRatio r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("company", r.company().name());
        m.put("year", r.period().label());
        m.put("period", r.periodLabel());
        m.put("span", r.spanLabel());
        m.put("months", r.months());
        m.put("window", r.window().label());
        m.put("end", r.end().toString());
        m.put("inSpan", switch (r.window()) {
            case QUARTER -> "in the quarter to " + r.end() + " (" + r.period().label() + ")";
            case TRAILING_TWELVE_MONTHS -> "over the twelve months to " + r.end();
            case FISCAL_YEAR -> "in " + r.period().label() + ", the year to " + r.end();
        });
        if (r.ratio() != null) {
            m.put("ratio", Labels.share(r.ratio()));
            m.put("ratioValue", r.ratio());
        }
        m.put("capex", MoneyFormat.billions(r.capex().value(), r.capex().decimals(), currency));
        m.put("base", MoneyFormat.billions(r.base().value(), r.base().decimals(), currency));
        m.put("baseLabel", r.baseLabel());
        m.put("difference", MoneyFormat.billions(r.difference(), currency));
        m.put("differenceValue", r.difference());
        CapexRatio before = r.yearEarlier();
        if (before != null) {
            m.put("priorPeriod", before.periodLabel());
            m.put("priorDifference", MoneyFormat.billions(before.difference(), currency));
            m.put("priorDifferenceValue", before.difference());
            if (before.ratio() != null) {
                m.put("priorRatio", Labels.share(before.ratio()));
                m.put("priorRatioValue", before.ratio());
            }
        }
        if (r.change() != null) {
            m.put("change", MoneyFormat.pointsChange(r.change()));
            m.put("changeValue", r.change());
        }
        m.put("turnedNegative", before != null && r.difference().signum() < 0 && before.difference().signum() >= 0);
        return m;
    }

    /**
     * Where a bounded change is measured, for prose: "the floor" of an "over" figure, "the ceiling" of
     * an "up to" one, "the bounds" with one of each; "the midpoint" when neither end is a bound.
     */
    private static String measuredAt(Revision r) {
        boolean floor = endStatedAs(r, Qualifier.AT_LEAST);
        boolean ceiling = endStatedAs(r, Qualifier.AT_MOST);
        return floor && ceiling ? "the bounds" : ceiling ? "the ceiling" : floor ? "the floor" : "the midpoint";
    }

    /** Whether either end of the change is stated as {@code q}: its label starts with the words of a floor or a ceiling. */
    static boolean endStatedAs(Revision r, Qualifier q) {
        String words = MoneyFormat.words(q);
        return r.fromLabel().startsWith(words) || r.toLabel().startsWith(words);
    }

    Map<String, Object> revision(Revision r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("company", r.company().name());
        m.put("period", r.period().label());
        m.put("from", r.fromLabel());
        m.put("to", r.toLabel());
        m.put("change", r.changeLabel(currency));
        m.put("changeValue", r.change());
        // in prose the bound is said once, before the change: "at most +$25B (+25.0%)"
        m.put("changePct", r.bound() == dev.capexbrief.analysis.Growths.Bound.UNKNOWN ? "n/a"
                : MoneyFormat.percentChange(r.changePct()));
        m.put("bounded", r.bound() != dev.capexbrief.analysis.Growths.Bound.EXACT);
        m.put("measuredAt", measuredAt(r));
        m.put("raise", r.isRaise());
        m.put("cut", r.change().signum() < 0);
        m.put("focusPlan", focusPlan.test(r));
        m.put("fromDate", r.fromDate().toString());
        m.put("toDate", r.toDate().toString());
        if (r.reaction() != null) {
            m.put("reaction", reaction(r.reaction()));
        }
        return m;
    }

    Map<String, Object> weekItem(WeekItem w) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("company", w.company().name());
        m.put("period", w.period().label());
        m.put("label", w.label());
        m.put("status", w.status().code());
        m.put("guidance", w.kind() == Kind.GUIDANCE);
        m.put("headlineBasis", w.onGuidanceBasis());
        m.put("basis", w.basisLabel());
        m.put("announced", w.announced().toString());
        if (w.revision() != null) {
            m.put("revision", revision(w.revision()));
            m.put("from", w.revision().fromLabel());
        }
        if (w.reaction() != null) {
            m.put("reaction", reaction(w.reaction()));
        }
        return m;
    }

    Map<String, Object> reaction(MarketReaction r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("company", r.company().name());
        m.put("date", r.date().toString());
        m.put("move", r.label());
        m.put("moveValue", r.movePct());
        m.put("period", r.period().label());
        m.put("note", r.note());
        return m;
    }
}
