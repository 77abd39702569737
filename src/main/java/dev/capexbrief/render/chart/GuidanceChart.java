package dev.capexbrief.render.chart;

import dev.capexbrief.analysis.Briefing;
import dev.capexbrief.analysis.GuidanceLine;
import dev.capexbrief.analysis.MoneyFormat;
import dev.capexbrief.dataset.Amount;
import dev.capexbrief.dataset.Qualifier;
import dev.capexbrief.render.text.TextBlock;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Exhibit: each company's focus-year plan as a bar, largest first, with the guided range, an arrow
 * for an open-ended floor and a tick at the prior year's actual; labelled as guided ("$60–65B")
 * with the implied growth.
 */
public final class GuidanceChart {
    private GuidanceChart() {
    }

    /** The chart, or empty when no company has guided the focus year. */
    public static Optional<JFreeChart> create(Briefing b, TextBlock title, ChartTheme theme) {
        if (b.guidance().isEmpty()) {
            return Optional.empty();
        }
        List<HorizontalBars.Row> rows = new ArrayList<>();
        boolean anyRange = false;
        boolean anyFloor = false;
        boolean anyPrior = false;
        for (GuidanceLine g : b.guidance()) {
            Amount a = g.amount();
            boolean range = a instanceof Amount.Range;
            boolean floor = a instanceof Amount.Bound bound && bound.qualifier() == Qualifier.AT_LEAST;
            anyRange |= range;
            anyFloor |= floor;
            anyPrior |= g.priorActual() != null;
            String label = g.label() + (g.impliedGrowth() == null ? "" : "   " + MoneyFormat.percentChange(g.impliedGrowth()));
            rows.add(new HorizontalBars.Row(g.company().name(), theme.companyColor(g.company().colorIndex()),
                    g.central().doubleValue(),
                    range ? a.low().doubleValue() : null, range ? a.high().doubleValue() : null, floor,
                    g.priorActual() == null ? null : g.priorActual().doubleValue(), label));
        }
        LegendItemCollection legend = new LegendItemCollection();
        legend.add(Legends.bar("FY" + b.focusYear() + " plan", theme.muted()));
        if (anyRange) {
            legend.add(Legends.range("guided range", theme.ink()));
        }
        if (anyFloor) {
            legend.add(Legends.arrow("floor, no ceiling", theme.ink()));
        }
        if (anyPrior) {
            legend.add(Legends.tick("FY" + (b.focusYear() - 1) + " actual", theme.ink()));
        }
        return Optional.of(theme.chart(HorizontalBars.plot(rows, theme, MoneyFormat.prefix(b.currency())), title, legend));
    }
}
