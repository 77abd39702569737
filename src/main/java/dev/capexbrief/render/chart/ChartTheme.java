package dev.capexbrief.render.chart;

import dev.capexbrief.render.model.Exhibit;
import dev.capexbrief.render.text.Theme;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.DefaultDrawingSupplier;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Shape;
import java.awt.Stroke;
import java.util.Locale;

/**
 * The one look every exhibit shares: the shape for each series' marker index so lines stay apart in
 * black and white (the colours come with the exhibit's series), the briefing's fonts, the theme's
 * text and rule colours, thin grey gridlines, the exhibit's numbered finding as title, its key, and
 * its unit and source note under the plot.
 */
public final class ChartTheme {
    /**
     * Point sizes: charts are drawn at print size, one unit = one PDF point, so no chart text is
     * under the 8 pt the briefing's tables and notes keep (read on a phone without zooming).
     */
    static final float TITLE_SIZE = 9.5f;
    static final float LABEL_SIZE = 8f;
    static final float NOTE_SIZE = 8f;
    /** The plot width of a full-width exhibit (page width less margins and the axis), for label room. */
    static final double PLOT_WIDTH = 405;
    /** A full-width exhibit on A4 (Letter is a little wider): the width label room is measured against. */
    static final double CHART_WIDTH = 495;
    /** The plot width of a full-width line chart, less its amount axis. */
    static final double LINE_PLOT_WIDTH = 455;
    /** What a bar chart needs besides its bars (title, legend, axis, note), and each bar's slot, in points. */
    private static final float BAR_FRAME = 96;
    private static final float BAR_ROW = 16;
    /** The height of the line that says which companies a cut chart draws. */
    private static final float SCOPE_LINE = 12;

    private static final Shape[] MARKERS = DefaultDrawingSupplier.createStandardSeriesShapes();

    private final Theme theme;
    private final Font regular;
    private final Font bold;

    /**
     * @param regular the body face (any size; sizes are derived)
     * @param bold    the bold face
     */
    public ChartTheme(Theme theme, Font regular, Font bold) {
        this.theme = theme;
        this.regular = regular;
        this.bold = bold;
    }

    /** A series' marker shape (the model's marker index), centred on the origin, about 6 pt across. */
    public Shape marker(int index) {
        return MARKERS[Math.floorMod(index, MARKERS.length)];
    }

    public Font font(float size) {
        return regular.deriveFont(size);
    }

    public Font bold(float size) {
        return bold.deriveFont(size);
    }

    /**
     * The text in lines that fit {@code width}, broken at spaces only: JFreeChart's own wrapping breaks
     * where the JDK's line iterator allows, inside a figure too ("+41." at a line's end, "3%" on the next).
     */
    static String wrapped(String text, Font font, double width) {
        java.awt.font.FontRenderContext frc = new java.awt.font.FontRenderContext(null, true, true);
        StringBuilder out = new StringBuilder();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            // a little short of the width: the PDF's font metrics are not exactly AWT's
            if (!line.isEmpty() && font.getStringBounds(candidate, frc).getWidth() > width * 0.97) {
                out.append(line).append('\n');
                line.setLength(0);
                line.append(word);
            } else {
                line.setLength(0);
                line.append(candidate);
            }
        }
        return out.append(line).toString();
    }

    Color ink() {
        return theme.ink();
    }

    Color muted() {
        return theme.muted();
    }

    Color grid() {
        return theme.rule();
    }

    Stroke thin() {
        return new BasicStroke(0.5f);
    }

    /**
     * The exhibit's value axis, its ticks written by {@link TickLabels}: "$0B", "$50B", "$100B" for
     * amounts (as every other amount in the briefing), "0%", "20%", "40%" for ratios.
     */
    NumberAxis moneyAxis(Exhibit exhibit) {
        NumberAxis axis = new NumberAxis(null);
        boolean percent = exhibit.format() == Exhibit.Format.PERCENT;
        axis.setNumberFormatOverride(percent ? TickLabels.percent() : TickLabels.money(exhibit.currency()));
        axis.setStandardTickUnits(percent ? NumberAxis.createStandardTickUnits(Locale.ENGLISH)
                : NumberAxis.createIntegerTickUnits(Locale.ENGLISH));
        axis.setAutoRangeIncludesZero(true);
        style(axis);
        return axis;
    }

    void style(Axis axis) {
        axis.setTickLabelFont(font(LABEL_SIZE));
        axis.setTickLabelPaint(muted());
        axis.setLabelFont(font(LABEL_SIZE));
        axis.setLabelPaint(muted());
        axis.setAxisLinePaint(grid());
        axis.setAxisLineStroke(thin());
        axis.setTickMarksVisible(false);
        if (axis instanceof ValueAxis v) {
            v.setMinorTickMarksVisible(false);
        }
    }

    void style(XYPlot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setInsets(new RectangleInsets(4, 2, 2, 8));
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        plot.setRangeGridlinesVisible(true);
        plot.setRangeGridlinePaint(grid());
        plot.setRangeGridlineStroke(thin());
        plot.setDomainGridlinesVisible(false);
        plot.setRangeMinorGridlinesVisible(false);
        plot.setDomainMinorGridlinesVisible(false);
        plot.setRangeZeroBaselineVisible(true);
        plot.setRangeZeroBaselinePaint(muted());
    }

    /**
     * The height to draw a chart at: {@code base}, or more for a bar chart with many bars (so every
     * bar keeps its name), plus room for a line saying which companies a cut chart draws.
     */
    static float height(JFreeChart chart, float base) {
        float h = base;
        if (chart.getPlot() instanceof XYPlot plot && plot.getOrientation() == PlotOrientation.HORIZONTAL) {
            h = Math.max(h, BAR_FRAME + BAR_ROW * plot.getDataset().getSeriesCount());
        }
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            if (chart.getSubtitle(i) instanceof TextTitle t && t.getPosition() == RectangleEdge.TOP) {
                h += SCOPE_LINE;
            }
        }
        return h;
    }

    /** The key, in one line over the plot. */
    private void style(LegendTitle key) {
        key.setItemFont(font(LABEL_SIZE));
        key.setItemPaint(ink());
        key.setFrame(BlockBorder.NONE);
        key.setBackgroundPaint(Color.WHITE);
        key.setPosition(RectangleEdge.TOP);
        key.setHorizontalAlignment(HorizontalAlignment.LEFT);
        key.setItemLabelPadding(new RectangleInsets(1, 2, 1, 8));
        key.setMargin(new RectangleInsets(0, 0, 4, 0));
    }

    /**
     * The finished chart: the exhibit's numbered title (the finding) on top, under it the line that
     * says which companies are drawn when not all are ("Top 12 of 2,000 companies by FY2025 plan"),
     * the exhibit's key if it has one, and the unit and source note below the plot.
     */
    JFreeChart chart(XYPlot plot, Exhibit exhibit) {
        return chart(plot, exhibit, 8);
    }

    /** Like {@link #chart(XYPlot, Exhibit)} with {@code rightMargin} points right of the plot, for labels or a tick label. */
    JFreeChart chart(XYPlot plot, Exhibit exhibit, double rightMargin) {
        style(plot);
        plot.setInsets(new RectangleInsets(4, 2, 2, Math.max(8, rightMargin)));
        LegendItemCollection legend = exhibit.legend().isEmpty() ? null : Legends.key(exhibit, this);
        if (legend != null) {
            plot.setFixedLegendItems(legend);
        }
        JFreeChart chart = new JFreeChart(null, font(TITLE_SIZE), plot, legend != null);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setBorderVisible(false);
        chart.setPadding(new RectangleInsets(2, 0, 2, 0));
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        TextTitle title = new TextTitle(wrapped(exhibit.numberedTitle(), bold(TITLE_SIZE), CHART_WIDTH),
                bold(TITLE_SIZE), theme.accent(),
                RectangleEdge.TOP, HorizontalAlignment.LEFT, org.jfree.chart.ui.VerticalAlignment.CENTER,
                new RectangleInsets(0, 0, 6, 0));
        chart.setTitle(title);
        if (!exhibit.scope().isEmpty()) {
            chart.addSubtitle(0, new TextTitle(exhibit.scope(), font(LABEL_SIZE), muted(), RectangleEdge.TOP,
                    HorizontalAlignment.LEFT, org.jfree.chart.ui.VerticalAlignment.CENTER,
                    new RectangleInsets(0, 0, 5, 0)));
        }
        if (legend != null) {
            style(chart.getLegend());
        }
        String note = exhibit.noteText();
        if (!note.isEmpty()) {
            TextTitle source = new TextTitle(note, font(NOTE_SIZE), muted(), RectangleEdge.BOTTOM,
                    HorizontalAlignment.LEFT, org.jfree.chart.ui.VerticalAlignment.CENTER,
                    new RectangleInsets(6, 0, 0, 0));
            source.setMaximumLinesToDisplay(4);
            chart.addSubtitle(source);
        }
        return chart;
    }
}
