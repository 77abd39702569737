package dev.capexbrief.render.chart;

import dev.capexbrief.render.model.Annotation;
import dev.capexbrief.render.model.Exhibit;
import dev.capexbrief.render.model.Series;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;

import java.awt.Color;
import java.awt.font.FontRenderContext;
import java.util.ArrayList;
import java.util.List;

/**
 * The exhibits with one horizontal bar per company (each focus-year plan; each run rate), in the
 * company's colour, with the exhibit's marks over each bar ({@link RangeMarks}: the guided range, an
 * arrow for a floor, a tick at the prior year's actual or at the plan) and its direct label after
 * the bar. The first category is at the top.
 */
final class HorizontalBars {
    private static final double HALF = 0.3;

    /**
     * @param low       range low, or null
     * @param high      range high, or null
     * @param openEnded an "at least" floor: an arrow continues the bar
     * @param tick      a comparison value drawn as a tick across the bar, or null
     * @param label     written after the bar
     */
    record Row(String category, Color color, double value, Double low, Double high, boolean openEnded,
               Double tick, String label) {
        /** How far right the bar and its marks reach: a bar below zero ends at zero, where its label starts. */
        double reach() {
            double r = Math.max(value, 0);
            if (high != null) {
                r = Math.max(r, high);
            }
            if (tick != null) {
                r = Math.max(r, tick);
            }
            return r;
        }
    }

    private HorizontalBars() {
    }

    /** A {@link dev.capexbrief.render.model.ChartKind#RANGE_BARS} or {@code COMPANY_BARS} exhibit. */
    static JFreeChart chart(Exhibit e, ChartTheme theme) {
        Series bars = e.series().get(0);
        Annotation[] marks = new Annotation[e.categories().size()];
        e.annotations().forEach(a -> marks[a.category()] = a);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < e.categories().size(); i++) {
            Annotation a = marks[i] == null ? new Annotation(i, null, null, false, null) : marks[i];
            Color color = i < bars.pointColors().size() ? bars.pointColors().get(i) : bars.color();
            String label = bars.label(i);
            rows.add(new Row(e.categories().get(i).label(), color, bars.values().get(i), a.low(), a.high(), a.floor(),
                    a.tick(), label == null ? "" : label));
        }
        XYPlot plot = plot(rows, theme, e);
        JFreeChart chart = theme.chart(plot, e, overhang(plot, theme));
        // each bar carries its value as a label: gridlines would only run through the labels
        plot.setRangeGridlinesVisible(false);
        return chart;
    }

    /** Half the widest amount tick label: how far the last one reaches past the plot's right edge. */
    private static double overhang(XYPlot plot, ChartTheme theme) {
        NumberAxis axis = (NumberAxis) plot.getRangeAxis();
        FontRenderContext frc = new FontRenderContext(null, true, true);
        double widest = 0;
        for (double v : new double[]{axis.getLowerBound(), axis.getUpperBound()}) {
            String text = axis.getNumberFormatOverride().format(Math.round(v));
            widest = Math.max(widest, axis.getTickLabelFont().getStringBounds(text, frc).getWidth());
        }
        return widest / 2 + 2;
    }

    /** The axis start: zero, or below the lowest bar or tick with a margin when a value is below zero. */
    private static double lower(List<Row> rows) {
        double low = 0;
        for (Row r : rows) {
            low = Math.min(low, r.value());
            if (r.tick() != null) {
                low = Math.min(low, r.tick());
            }
        }
        return low * 1.08;
    }

    /**
     * The axis end that leaves room for every label after its bar, measured in the chart font
     * against the plot width a full-width exhibit gets; the axis starts at {@code lower}.
     */
    private static double upper(List<Row> rows, List<RangeMarks.Mark> marks, ChartTheme theme, double lower) {
        FontRenderContext frc = new FontRenderContext(null, true, true);
        double names = 0;
        for (Row r : rows) {
            names = Math.max(names, theme.bold(ChartTheme.LABEL_SIZE + 0.5f).getStringBounds(r.category(), frc)
                    .getWidth());
        }
        // long company names take room from the plot
        double width = Math.min(ChartTheme.PLOT_WIDTH, ChartTheme.CHART_WIDTH - names - 16);
        double upper = 1;
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            double text = theme.font(ChartTheme.LABEL_SIZE).getStringBounds(r.label(), frc).getWidth();
            double free = width - RangeMarks.reach(marks.get(i)) - 5 - text - 4;
            upper = Math.max(upper, Math.max(r.reach() * 1.08,
                    lower + (r.reach() - lower) * width / Math.max(free, 40)));
        }
        return upper;
    }

    private static XYPlot plot(List<Row> rows, ChartTheme theme, Exhibit e) {
        XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
        XYBarRenderer renderer = new XYBarRenderer(0);
        renderer.setBarPainter(new StandardXYBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        renderer.setUseYInterval(true);
        renderer.setDefaultToolTipGenerator(null);
        List<RangeMarks.Mark> marks = new ArrayList<>();
        List<DirectLabels.Label> labels = new ArrayList<>();
        String[] names = new String[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            names[i] = r.category();
            XYIntervalSeries s = new XYIntervalSeries(r.category() + "#" + i);
            s.add(i, i - HALF, i + HALF, r.value(), Math.min(0, r.value()), Math.max(0, r.value()));
            data.addSeries(s);
            renderer.setSeriesPaint(i, r.color());
            RangeMarks.Mark m = new RangeMarks.Mark(i, r.low(), r.high(), r.openEnded(), r.value(), r.tick(),
                    HALF + 0.06);
            marks.add(m);
            labels.add(new DirectLabels.Label(i, r.reach(), r.label(), r.color(), null, RangeMarks.reach(m) + 5));
        }
        SymbolAxis domain = new SymbolAxis(null, names);
        theme.style(domain);
        domain.setTickLabelFont(theme.bold(ChartTheme.LABEL_SIZE + 0.5f));
        domain.setTickLabelPaint(theme.ink());
        domain.setGridBandsVisible(false);
        domain.setInverted(true);
        domain.setRange(-0.6, rows.size() - 0.4);
        domain.setAxisLineVisible(false);
        NumberAxis range = theme.moneyAxis(e);
        double lower = lower(rows);
        range.setRange(lower, upper(rows, marks, theme, lower));
        XYPlot plot = new XYPlot(data, domain, range, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.addAnnotation(new RangeMarks(marks, theme.ink()), false);
        plot.addAnnotation(new DirectLabels(labels, theme.font(ChartTheme.LABEL_SIZE), theme.ink(), theme.grid()),
                false);
        return plot;
    }
}
