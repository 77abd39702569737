package dev.capexbrief.render.chart;

import dev.capexbrief.analysis.Briefing;
import dev.capexbrief.analysis.GroupRemainder;
import dev.capexbrief.analysis.GuidanceLine;
import dev.capexbrief.analysis.MoneyFormat;
import dev.capexbrief.dataset.Amount;
import dev.capexbrief.dataset.Qualifier;
import dev.capexbrief.render.text.Labels;
import dev.capexbrief.render.text.TextBlock;
import dev.capexbrief.render.text.TopCompanies;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.XYPlot;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Exhibit: each company's focus-year plan as a bar, largest first, with the guided range, an arrow
 * for an open-ended floor and a tick at the prior year's actual; labelled as guided ("$60–65B")
 * with the implied growth. With more companies than the theme's {@code top_companies}, the largest
 * plans are drawn and a line under the title says what the rest add up to.
 */
public final class GuidanceChart {
    private GuidanceChart() {
    }

    /** The chart, or empty when no company has guided the focus year. */
    public static Optional<JFreeChart> create(Briefing b, TextBlock title, ChartTheme theme) {
        return create(b, new TopCompanies(b, theme.topCompanies()), title, theme);
    }

    /** As {@link #create(Briefing, TextBlock, ChartTheme)}, with the document's selection of companies. */
    public static Optional<JFreeChart> create(Briefing b, TopCompanies top, TextBlock title, ChartTheme theme) {
        if (b.guidance().isEmpty()) {
            return Optional.empty();
        }
        List<HorizontalBars.Row> rows = new ArrayList<>();
        boolean anyRange = false;
        boolean anyFloor = false;
        boolean anyPrior = false;
        for (GuidanceLine g : b.leaders(top.limit())) {
            Amount a = g.amount();
            boolean range = a instanceof Amount.Range;
            boolean floor = a instanceof Amount.Bound bound && bound.qualifier() == Qualifier.AT_LEAST;
            anyRange |= range;
            anyFloor |= floor;
            anyPrior |= g.priorActual() != null;
            String label = g.label() + (g.impliedGrowth() == null ? "" : "   " + MoneyFormat.percentChange(g.impliedGrowth()));
            rows.add(new HorizontalBars.Row(g.company().name(), theme.companyColor(g.company().id()),
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
        XYPlot plot = HorizontalBars.plot(rows, theme, MoneyFormat.prefix(b.currency()));
        return Optional.of(theme.chart(plot, title, legend, scope(b, top)));
    }

    /** "Top 12 of 2,000 companies by FY2025 plan; the other 1,988 plan $963.7B, 86.6% of the total", or null. */
    private static String scope(Briefing b, TopCompanies top) {
        if (!top.plansCut()) {
            return null;
        }
        GroupRemainder rest = b.remainder(top.limit());
        return top.scope(top.limit(), b.guidance().size(), true) + "; the other " + TopCompanies.count(rest.companies())
                + " plan " + rest.label()
                + (rest.share() == null ? "" : ", " + Labels.share(rest.share()) + " of the total");
    }
}
