package dev.capexbrief.render.model;

import dev.capexbrief.analysis.Briefing;
import dev.capexbrief.analysis.Growths;
import dev.capexbrief.analysis.MoneyFormat;
import dev.capexbrief.dataset.Confidence;
import dev.capexbrief.render.text.BriefingText;
import dev.capexbrief.render.text.TopCompanies;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** What every part of the fill step reads: the briefing, its narrative, the selection of companies, looks and sources. */
record Fill(Briefing briefing, BriefingText text, TopCompanies top, CompanyStyle style, SourceNumbers sources) {
    String currency() {
        return briefing.currency();
    }

    String focus() {
        return "FY" + briefing.focusYear();
    }

    /** "$B", "RMB B": the unit of every amount. */
    String unit() {
        return MoneyFormat.unit(currency());
    }

    /**
     * {@code items} in the briefing's company order (largest plans first, then latest actuals);
     * companies it does not rank keep their order, last.
     */
    <T> List<T> ranked(List<T> items, Function<T, String> company) {
        List<T> out = new ArrayList<>(items);
        out.sort(Comparator.comparingInt(t -> top.rank(company.apply(t))));
        return out;
    }

    Cell.Money money(BigDecimal value, Set<Mark> marks, Derivation derivation) {
        return money(value, MoneyFormat.decimals(value), marks, derivation);
    }

    /** A figure's amount with the decimals the figure was given (a stated quarter's own, "$41B"). */
    Cell.Money money(BigDecimal value, int decimals, Set<Mark> marks, Derivation derivation) {
        return new Cell.Money(value, MoneyFormat.billions(value, decimals, currency()), marks, "", derivation, decimals);
    }

    /** A quarter as stated, marked as its grade calls for. */
    Cell.Money money(dev.capexbrief.analysis.QuarterActual quarter) {
        return money(quarter.value(), quarter.decimals(), Mark.of(quarter.confidence()), null);
    }

    Cell.Money money(BigDecimal value) {
        return money(value, Set.of(), null);
    }

    /** An input amount, marked as its grade calls for. */
    Cell.Money money(BigDecimal value, Confidence confidence) {
        return money(value, Mark.of(confidence), null);
    }

    /** A growth rate, marked as the grade of what it is computed from calls for. */
    Cell growth(BigDecimal ratio, Derivation derivation, String sub, Confidence confidence) {
        return ratio == null ? new Cell.Blank("n/a")
                : new Cell.Percent(ratio, MoneyFormat.percentChange(ratio), true, sub, derivation, Mark.of(confidence));
    }

    /**
     * A growth rate with its bound, from its label ("at least +28.8%", "+118.7% (+113.2% to +124.2%)"),
     * with {@code sub} under it (the label's range when null): the bound's words stay in the workbook's
     * number format too; "n/a‖" where floors at both ends leave no rate, "n/a" where there is none.
     */
    Cell growth(BigDecimal ratio, String label, Growths.Bound bound, String sub, Derivation derivation,
                Confidence confidence) {
        String under = sub == null ? Growths.range(label) : sub;
        if (bound == Growths.Bound.UNKNOWN) {
            Set<Mark> marks = Set.of(Mark.GROWTH_UNKNOWN);
            return new Cell.Text("n/a" + Mark.symbols(marks), under, false, marks);
        }
        return ratio == null ? new Cell.Blank("n/a") : new Cell.Percent(ratio, Growths.main(label), true, under,
                derivation, Mark.of(confidence), bound.words());
    }

    static Cell share(BigDecimal ratio, Derivation derivation) {
        return share(ratio, derivation, Confidence.UNSTATED);
    }

    /** A share or a ratio, marked as the grade of what it is computed from calls for. */
    static Cell share(BigDecimal ratio, Derivation derivation, Confidence confidence) {
        return new Cell.Percent(ratio, dev.capexbrief.render.text.Labels.share(ratio), false, "", derivation,
                Mark.of(confidence));
    }

    /** Words giving one figure: the figure's label with its marks' symbols after it. */
    static Cell.Text figure(String label, Set<Mark> marks, boolean strong) {
        return new Cell.Text(label + Mark.symbols(marks), "", strong, marks);
    }
}
