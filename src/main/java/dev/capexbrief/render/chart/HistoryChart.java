package dev.capexbrief.render.chart;

import dev.capexbrief.analysis.AnnualActual;
import dev.capexbrief.analysis.AnnualSeries;
import dev.capexbrief.analysis.Briefing;
import dev.capexbrief.analysis.GuidanceLine;
import dev.capexbrief.analysis.MoneyFormat;
import dev.capexbrief.dataset.Amount;
import dev.capexbrief.dataset.Qualifier;
import dev.capexbrief.render.text.TextBlock;
import dev.capexbrief.render.text.TopCompanies;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.SeriesRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import java.awt.Color;
import java.awt.Shape;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Exhibit: annual capex per company on its guidance basis (solid line, filled markers), and the
 * focus-year plan as a hollow marker joined by a dashed line, with its range or floor drawn.
 * Partial years are left out; a year missing from a series leaves a gap rather than a false line.
 * A long history is drawn for its last {@value #MAX_YEARS} years (the workbook has them all).
 */
public final class HistoryChart {
    static final int MAX_YEARS = 10;
    /** Up to this many years on the axis, each is labelled; beyond, every other one. */
    private static final int LABEL_EVERY_YEAR = 8;

    private final Briefing b;
    private final ChartTheme theme;
    private final XYSeriesCollection data = new XYSeriesCollection();
    private final XYLineAndShapeRenderer renderer = LineSeries.renderer();
    private final List<RangeMarks.Mark> marks = new ArrayList<>();
    private final List<DirectLabels.Label> labels = new ArrayList<>();
    private int firstYear = Integer.MAX_VALUE;
    private double max = 1;

    private HistoryChart(Briefing b, ChartTheme theme) {
        this.b = b;
        this.theme = theme;
    }

    /** The chart, or empty without complete years; the top companies when there are more than the theme shows. */
    public static Optional<JFreeChart> create(Briefing b, TextBlock title, ChartTheme theme) {
        return create(b, new TopCompanies(b, theme.topCompanies()), title, theme);
    }

    /** As {@link #create(Briefing, TextBlock, ChartTheme)}, with the document's selection of companies. */
    public static Optional<JFreeChart> create(Briefing b, TopCompanies top, TextBlock title, ChartTheme theme) {
        HistoryChart chart = new HistoryChart(b, theme);
        List<AnnualSeries> all = b.history().stream().filter(HistoryChart::drawn).toList();
        List<AnnualSeries> shown = top.select(all, id -> b.headlineHistory(id).filter(HistoryChart::drawn));
        int from = shown.stream().mapToInt(HistoryChart::lastCompleteYear).max().orElse(0) - MAX_YEARS + 1;
        for (AnnualSeries s : shown) {
            List<AnnualActual> years = s.years().stream().filter(a -> !a.partial() && a.year().year() >= from).toList();
            if (!years.isEmpty()) {
                chart.company(s, years);
            }
        }
        if (chart.data.getSeriesCount() == 0) {
            return Optional.empty();
        }
        boolean plansOnly = shown.stream().allMatch(s -> b.guidanceFor(s.company().id()).isPresent());
        String scope = shown.size() < all.size() ? top.scope(shown.size(), all.size(), plansOnly) : null;
        return Optional.of(chart.finish(title, scope));
    }

    private static int lastCompleteYear(AnnualSeries s) {
        return s.years().stream().filter(a -> !a.partial()).mapToInt(a -> a.year().year()).max().orElse(0);
    }

    /** A headline series with at least one complete year. */
    private static boolean drawn(AnnualSeries s) {
        return s.headline() && s.years().stream().anyMatch(a -> !a.partial());
    }

    private void company(AnnualSeries s, List<AnnualActual> years) {
        Color color = theme.companyColor(s.company().id());
        Shape marker = theme.marker(s.company().id());
        XYSeries actual = new XYSeries(s.company().name(), true, false);
        int first = years.get(0).year().year();
        int last = years.get(years.size() - 1).year().year();
        for (int y = first; y <= last; y++) {
            int year = y;
            actual.add(year, years.stream().filter(a -> a.year().year() == year).findFirst()
                    .map(a -> (Number) a.value().doubleValue()).orElse(null));
        }
        firstYear = Math.min(firstYear, first);
        max = Math.max(max, actual.getMaxY());
        AnnualActual lastActual = years.get(years.size() - 1);
        Optional<GuidanceLine> plan = b.guidanceFor(s.company().id())
                .filter(g -> g.period().label().equals("FY" + b.focusYear()) && last < b.focusYear());
        if (plan.isPresent()) {
            plan(s.company().name(), lastActual, plan.get(), color, marker);
        } else {
            labels.add(new DirectLabels.Label(last, lastActual.value().doubleValue(),
                    s.company().name() + " " + MoneyFormat.billions(lastActual.value(), b.currency()), color, marker, 8));
        }
        LineSeries.style(renderer, data.getSeriesCount(), color, marker, false, theme.ink());
        data.addSeries(actual);
    }

    /** The dashed step from the last actual to the plan, with the plan's range or floor. */
    private void plan(String company, AnnualActual lastActual, GuidanceLine g, Color color, Shape marker) {
        XYSeries planned = new XYSeries(company + " plan", true, false);
        planned.add(lastActual.year().year(), lastActual.value().doubleValue());
        planned.add(b.focusYear(), g.central().doubleValue());
        LineSeries.style(renderer, data.getSeriesCount(), color, marker, true, theme.ink());
        data.addSeries(planned);
        Amount a = g.amount();
        boolean range = a instanceof Amount.Range;
        boolean floor = a instanceof Amount.Bound bound && bound.qualifier() == Qualifier.AT_LEAST;
        marks.add(new RangeMarks.Mark(b.focusYear(), range ? a.low().doubleValue() : null,
                range ? a.high().doubleValue() : null, floor, g.central().doubleValue(), null, 0));
        labels.add(new DirectLabels.Label(b.focusYear(), g.central().doubleValue(),
                company + " " + MoneyFormat.amount(a, b.currency()), color, marker, 8));
        max = Math.max(max, range ? a.high().doubleValue() : g.central().doubleValue());
    }

    private JFreeChart finish(TextBlock title, String scope) {
        NumberAxis years = new NumberAxis(null);
        theme.style(years);
        int lastYear = Math.max(b.focusYear(), (int) data.getDomainUpperBound(false));
        years.setTickUnit(new NumberTickUnit(1, lastYear - firstYear < LABEL_EVERY_YEAR
                ? AxisLabels.fiscalYears(firstYear, lastYear) : AxisLabels.fiscalYears(firstYear, lastYear, 2)));
        double span = lastYear - firstYear + 0.4;
        years.setRange(firstYear - 0.4, lastYear + DirectLabels.room(labels, theme.font(ChartTheme.LABEL_SIZE), span,
                ChartTheme.LINE_PLOT_WIDTH, 2.3));
        NumberAxis amounts = theme.moneyAxis(MoneyFormat.prefix(b.currency()));
        amounts.setRange(0, max * 1.12);
        XYPlot plot = new XYPlot(data, years, amounts, renderer);
        plot.setSeriesRenderingOrder(SeriesRenderingOrder.FORWARD);
        plot.addAnnotation(new RangeMarks(marks, theme.ink()), false);
        plot.addAnnotation(new DirectLabels(labels, theme.font(ChartTheme.LABEL_SIZE), theme.ink(), theme.grid()), false);
        LegendItemCollection legend = new LegendItemCollection();
        legend.add(Legends.marker("actual", theme.keyMarker(), theme.muted(), theme.ink(), true));
        legend.add(Legends.marker("FY" + b.focusYear() + " plan", theme.keyMarker(), Color.WHITE, theme.muted(), true));
        return theme.chart(plot, title, legend, scope);
    }
}
