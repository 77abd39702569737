package dev.capexbrief.render.chart;

import dev.capexbrief.analysis.AnalysisOptions;
import dev.capexbrief.analysis.Analyzer;
import dev.capexbrief.dataset.Dataset;
import dev.capexbrief.dataset.DatasetReader;
import dev.capexbrief.render.model.BriefingModel;
import dev.capexbrief.render.model.ChartKind;
import dev.capexbrief.render.model.CompanyStyle;
import dev.capexbrief.render.model.Exhibit;
import dev.capexbrief.render.model.ModelBuilder;
import dev.capexbrief.render.text.TemplateSet;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.Tick;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.axis.ValueTick;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleEdge;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every chart of the briefings a reader gets, drawn and read back the way a reader sees it: the tick
 * labels JFreeChart writes, the boxes of every string drawn, the gridlines, the key's colours.
 */
class ChartReadabilityTest {
    private static final TemplateSet TEMPLATES = TemplateSet.load(null);
    private static final ChartTheme THEME = new ChartTheme(TEMPLATES.theme(), font("DejaVuSans.ttf"),
            font("DejaVuSans-Bold.ttf"));
    private static final String DATASETS = "src/test/resources/datasets/";
    /** CIELAB lightness two neighbouring series must differ by when they share marker and dash. */
    private static final double GREY_STEP = 12;

    /** One exhibit of one briefing, drawn at full width. */
    record Drawn(String briefing, LocalDate asOf, Exhibit exhibit, JFreeChart chart, Rectangle2D area,
                 Rectangle2D dataArea, RecordingGraphics seen) {
        @Override
        public String toString() {
            return briefing + " exhibit " + exhibit.number() + " (" + exhibit.id() + ")";
        }

        XYPlot plot() {
            return chart.getXYPlot();
        }
    }

    static Stream<Drawn> charts() {
        List<Drawn> out = new ArrayList<>();
        briefing(out, "latest", null, null, "USD");
        briefing(out, "2025-02-09", null, LocalDate.parse("2025-02-09"), "USD");
        briefing(out, "next-tier latest", DATASETS + "next-tier.yaml", null, "USD");
        briefing(out, "CNY latest", null, null, "CNY");
        briefing(out, "six-weeks latest", DATASETS + "six-weeks.csv", null, "USD");
        briefing(out, "calendar-plans latest", DATASETS + "calendar-plans.yaml", null, "USD");
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("charts")
    void timeAxisTicksAreUniqueAndEndAtTheAsOfPeriod(Drawn d) {
        ValueAxis domain = d.plot().getDomainAxis();
        List<ValueTick> ticks = labelled(domain, d);
        List<String> labels = ticks.stream().map(Tick::getText).toList();
        assertThat(labels).as("%s: domain tick labels", d).doesNotHaveDuplicates().isNotEmpty();
        assertThat(labelled(d.plot().getRangeAxis(), d).stream().map(Tick::getText).toList())
                .as("%s: value tick labels", d).doesNotHaveDuplicates();
        double last = ticks.stream().mapToDouble(ValueTick::getValue).max().orElseThrow();
        ChartKind kind = d.exhibit().kind();
        if (kind == ChartKind.STEP_LADDER) {
            LocalDate end = d.asOf().withDayOfMonth(d.asOf().lengthOfMonth());
            assertThat(last).as("%s: last tick %s", d, labels).isLessThanOrEqualTo(millis(d.asOf()));
            assertThat(domain.getUpperBound()).as("%s: axis end", d).isLessThanOrEqualTo(millis(end.plusDays(1)));
        } else if (kind == ChartKind.QUARTER_LINES) {
            int quarter = d.asOf().getYear() * 4 + (d.asOf().getMonthValue() - 1) / 3;
            assertThat(last).as("%s: last quarter %s", d, labels).isLessThanOrEqualTo(quarter);
            assertThat(domain.getUpperBound()).isLessThan(quarter + 0.5);
        } else if (kind == ChartKind.ANNUAL_LINES) {
            double lastYear = d.exhibit().categories().get(d.exhibit().categories().size() - 1).x();
            assertThat(domain.getUpperBound()).as("%s: the axis ends with the last year drawn", d)
                    .isLessThan(lastYear + 0.5);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("charts")
    void noLabelTouchesAnotherLabelOrAGridlineOrTheEdge(Drawn d) {
        List<RecordingGraphics.Text> texts = d.seen().texts;
        assertThat(texts).isNotEmpty();
        for (int i = 0; i < texts.size(); i++) {
            RecordingGraphics.Text a = texts.get(i);
            assertThat(inside(d.area(), a.box())).as("%s: \"%s\" at %s is clipped (data area %s, right inset %s)", d, a.text(), a.box(),
                    d.dataArea(), d.plot().getInsets()).isTrue();
            for (int j = i + 1; j < texts.size(); j++) {
                RecordingGraphics.Text b = texts.get(j);
                assertThat(grown(a.box(), 0.5).intersects(b.box()))
                        .as("%s: \"%s\" %s overlaps \"%s\" %s", d, a.text(), a.box(), b.text(), b.box()).isFalse();
            }
            for (Line2D grid : gridlines(d)) {
                assertThat(grid.intersects(a.box()))
                        .as("%s: \"%s\" %s crosses a gridline", d, a.text(), a.box()).isFalse();
            }
        }
    }

    /**
     * A line that ends before the axis does (Tencent's last year FY2024 on an axis to FY2026, a stale
     * quarter) is never joined to its label by a leader across the later periods, which would read
     * as the value carried on; its label says where the line ends, in the axis's words. A line one
     * period short (Amazon's 2Q26 on an axis to Oracle's 3Q26) keeps a short leader and a plain label.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("charts")
    void aLineThatEndsEarlyHasNoLeaderAcrossTheLaterPeriodsAndItsLabelSaysWhen(Drawn d) {
        ChartKind kind = d.exhibit().kind();
        if (kind != ChartKind.ANNUAL_LINES && kind != ChartKind.QUARTER_LINES) {
            return;
        }
        List<dev.capexbrief.render.model.Category> categories = d.exhibit().categories();
        ValueAxis domain = d.plot().getDomainAxis();
        ValueAxis range = d.plot().getRangeAxis();
        for (dev.capexbrief.render.model.Series s : d.exhibit().series()) {
            // a line one period short of the axis (the latest most companies have) keeps its short leader
            for (int i = 0; i < categories.size() - 2; i++) {
                if (s.label(i) == null || s.values().get(i) == null) {
                    continue;
                }
                double x = domain.valueToJava2D(categories.get(i).x(), d.dataArea(), d.plot().getDomainAxisEdge());
                double y = range.valueToJava2D(s.values().get(i), d.dataArea(), d.plot().getRangeAxisEdge());
                for (RecordingGraphics.Stroked l : d.seen().lines) {
                    Line2D line = l.line();
                    boolean fromPoint = line.getP1().distance(x, y) < 6 || line.getP2().distance(x, y) < 6;
                    boolean onwards = Math.max(line.getX1(), line.getX2()) > x + 8;
                    assertThat(l.paint().equals(s.color()) && fromPoint && onwards)
                            .as("%s: a line from %s's last point (%s) runs on to %s", d, s.name(),
                                    categories.get(i).label(), line.getP2()).isFalse();
                }
                String tick = ((org.jfree.chart.axis.NumberAxis) domain).getTickUnit()
                        .valueToString(categories.get(i).x());
                String when = tick.isEmpty() ? categories.get(i).label() : tick;
                String label = s.label(i);
                assertThat(d.seen().texts).as("%s: %s's label says its line ends in %s", d, s.name(), when)
                        .anyMatch(t -> t.text().startsWith(label) && t.text().contains(when));
            }
        }
    }

    /** The type floor of the rest of the briefing (tables and notes), which charts drawn at print size keep too. */
    private static final double SMALLEST_TYPE = 8;

    @ParameterizedTest(name = "{0}")
    @MethodSource("charts")
    void everyStringIsSetInAtLeastEightPoints(Drawn d) {
        assertThat(d.seen().texts).isNotEmpty().allSatisfy(t -> assertThat(t.size())
                .as("%s: type size of \"%s\"", d, t.text()).isGreaterThanOrEqualTo(SMALLEST_TYPE - 0.01));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("charts")
    void theUnitAndSourceNoteIsDrawnWhole(Drawn d) {
        String drawn = String.join(" ", d.seen().texts.stream().map(RecordingGraphics.Text::text).toList());
        assertThat(drawn.replaceAll("\\s+", " ")).as("%s: the note under the plot", d)
                .contains(d.exhibit().noteText().replaceAll("\\s+", " ").strip());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("charts")
    void eachKeySwatchIsInAColourThePlotDrawsWith(Drawn d) {
        LegendItemCollection key = d.plot().getFixedLegendItems();
        if (key == null) {
            return;
        }
        Set<Paint> inPlot = new HashSet<>();
        for (RecordingGraphics.Painted p : d.seen().painted) {
            if (d.dataArea().contains(p.bounds().getCenterX(), p.bounds().getCenterY())) {
                inPlot.add(p.paint());
            }
        }
        for (int i = 0; i < key.getItemCount(); i++) {
            LegendItem item = key.get(i);
            if (item.isShapeVisible() && item.isShapeFilled()) {
                assertThat(inPlot).as("%s: the fill of key entry \"%s\"", d, item.getLabel())
                        .contains(item.getFillPaint());
            }
            if (item.isShapeVisible() && item.isShapeOutlineVisible()) {
                assertThat(inPlot).as("%s: the outline of key entry \"%s\"", d, item.getLabel())
                        .contains(item.getOutlinePaint());
            }
        }
        if (d.exhibit().legend().stream().anyMatch(e -> e.symbol() == dev.capexbrief.render.model.LegendEntry.Symbol.BAR)) {
            XYItemRenderer bars = d.plot().getRenderer();
            Set<Paint> barPaints = new HashSet<>();
            for (int s = 0; s < d.plot().getDataset().getSeriesCount(); s++) {
                barPaints.add(bars.getSeriesPaint(s));
            }
            LegendItem bar = key.get(0);
            if (barPaints.size() == 1) {
                assertThat(bar.getFillPaint()).as("%s: one colour of bars, the key's bar in it", d)
                        .isEqualTo(barPaints.iterator().next());
            } else {
                assertThat(bar.isShapeFilled()).as("%s: bars in company colours, the key's bar an outline", d)
                        .isFalse();
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("charts")
    void neighbouringLinesDifferInGreyOrByMarkerOrDash(Drawn d) {
        List<Look> looks = looks(d.plot());
        for (int i = 1; i < looks.size(); i++) {
            Look a = looks.get(i - 1);
            Look b = looks.get(i);
            if (a.name().equals(b.name())) {
                continue;
            }
            boolean grey = Math.abs(lightness(a.color()) - lightness(b.color())) >= GREY_STEP;
            boolean marker = !Objects.equals(a.marker(), b.marker());
            boolean dash = !Objects.equals(dash(a.stroke()), dash(b.stroke()));
            assertThat(grey || marker || dash).as("%s: %s and %s look alike in black and white", d, a.name(), b.name())
                    .isTrue();
        }
    }

    /** How a series is drawn; a step line without markers takes the marker of its statements. */
    record Look(String name, Color color, Shape marker, Stroke stroke) {
    }

    private static List<Look> looks(XYPlot plot) {
        List<Look> out = new ArrayList<>();
        for (int ds = 0; ds < plot.getDatasetCount(); ds++) {
            if (plot.getDataset(ds) == null || !(plot.getRenderer(ds) instanceof XYLineAndShapeRenderer r)) {
                continue;
            }
            for (int s = 0; s < plot.getDataset(ds).getSeriesCount(); s++) {
                String name = plot.getDataset(ds).getSeriesKey(s).toString().replace(" statements", "")
                        .replace(" plan", "");
                Shape marker = Boolean.FALSE.equals(r.getSeriesShapesVisible(s)) || !r.getDefaultShapesVisible()
                        && r.getSeriesShapesVisible(s) == null ? markerOf(plot, name) : r.getSeriesShape(s);
                out.add(new Look(name, (Color) r.getSeriesPaint(s), marker, r.getSeriesStroke(s)));
            }
        }
        return out;
    }

    private static Shape markerOf(XYPlot plot, String name) {
        for (int ds = 0; ds < plot.getDatasetCount(); ds++) {
            if (plot.getDataset(ds) != null && plot.getRenderer(ds) instanceof XYLineAndShapeRenderer r) {
                for (int s = 0; s < plot.getDataset(ds).getSeriesCount(); s++) {
                    if (plot.getDataset(ds).getSeriesKey(s).toString().equals(name + " statements")) {
                        return r.getSeriesShape(s);
                    }
                }
            }
        }
        return null;
    }

    private static Object dash(Stroke s) {
        return s instanceof BasicStroke b && b.getDashArray() != null ? List.of(b.getDashArray().length) : null;
    }

    /** CIELAB L*, the grey a colour prints as. */
    private static double lightness(Color c) {
        double y = 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
        return y > 216.0 / 24389 ? 116 * Math.cbrt(y) - 16 : y * 24389 / 27;
    }

    private static double linear(int channel) {
        double v = channel / 255.0;
        return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }

    /** The gridlines as drawn: lines in the plot's gridline paint and stroke. */
    private static List<Line2D> gridlines(Drawn d) {
        List<Line2D> out = new ArrayList<>();
        for (RecordingGraphics.Stroked l : d.seen().lines) {
            if (l.paint().equals(d.plot().getRangeGridlinePaint()) && l.stroke().equals(d.plot().getRangeGridlineStroke())
                    && d.plot().isRangeGridlinesVisible()) {
                out.add(l.line());
            }
        }
        return out;
    }

    /** The ticks the axis draws with a label, as JFreeChart computes them for the drawn data area. */
    @SuppressWarnings("unchecked")
    private static List<ValueTick> labelled(ValueAxis axis, Drawn d) {
        BufferedImage img = new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            RectangleEdge edge = axis == d.plot().getDomainAxis() ? d.plot().getDomainAxisEdge()
                    : d.plot().getRangeAxisEdge();
            List<ValueTick> out = new ArrayList<>();
            for (Tick t : (List<Tick>) axis.refreshTicks(g, new AxisState(), d.dataArea(), edge)) {
                if (t instanceof ValueTick v && t.getText() != null && !t.getText().isEmpty()) {
                    out.add(v);
                }
            }
            return out;
        } finally {
            g.dispose();
        }
    }

    private static boolean inside(Rectangle2D outer, Rectangle2D box) {
        return box.getMinX() >= outer.getMinX() - 0.01 && box.getMaxX() <= outer.getMaxX() + 0.01
                && box.getMinY() >= outer.getMinY() - 0.01 && box.getMaxY() <= outer.getMaxY() + 0.01;
    }

    private static Rectangle2D grown(Rectangle2D r, double by) {
        return new Rectangle2D.Double(r.getX() - by, r.getY() - by, r.getWidth() + 2 * by, r.getHeight() + 2 * by);
    }

    private static double millis(LocalDate day) {
        return day.atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
    }

    private static void briefing(List<Drawn> out, String name, String data, LocalDate day, String currency) {
        try {
            DatasetReader reader = new DatasetReader();
            Dataset dataset = data == null ? reader.readBundled() : reader.read(Path.of(data));
            LocalDate asOf = day != null ? day : dataset.latestAnnouncement().orElseThrow();
            BriefingModel model = new ModelBuilder(TEMPLATES, b -> CompanyStyle.of(TEMPLATES.theme(), b))
                    .build(new Analyzer().analyze(dataset, new AnalysisOptions(asOf, currency, null)));
            for (Exhibit e : model.exhibits()) {
                out.add(draw(name, asOf, e));
            }
        } catch (Exception e) {
            throw new IllegalStateException(name, e);
        }
    }

    private static Drawn draw(String name, LocalDate asOf, Exhibit e) {
        JFreeChart chart = Charts.create(e, THEME);
        Rectangle2D area = new Rectangle2D.Double(0, 0, ChartTheme.CHART_WIDTH, Charts.height(e, chart));
        BufferedImage img = new BufferedImage((int) area.getWidth(), (int) Math.ceil(area.getHeight()),
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        RecordingGraphics seen = new RecordingGraphics(g);
        ChartRenderingInfo info = new ChartRenderingInfo();
        try {
            chart.draw(seen, area, info);
        } finally {
            g.dispose();
        }
        return new Drawn(name, asOf, e, chart, area, info.getPlotInfo().getDataArea(), seen);
    }

    private static Font font(String file) {
        try (InputStream in = ChartReadabilityTest.class.getResourceAsStream("/dev/capexbrief/fonts/" + file)) {
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
