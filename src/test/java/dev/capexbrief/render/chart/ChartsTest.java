package dev.capexbrief.render.chart;

import dev.capexbrief.analysis.AnalysisOptions;
import dev.capexbrief.analysis.Analyzer;
import dev.capexbrief.analysis.Briefing;
import dev.capexbrief.analysis.GuidanceLine;
import dev.capexbrief.dataset.DatasetReader;
import dev.capexbrief.render.model.BriefingModel;
import dev.capexbrief.render.model.ChartKind;
import dev.capexbrief.render.model.CompanyStyle;
import dev.capexbrief.render.model.Exhibit;
import dev.capexbrief.render.model.ModelBuilder;
import dev.capexbrief.render.model.Series;
import dev.capexbrief.render.text.ManyCompanies;
import dev.capexbrief.render.text.CompanyColors;
import dev.capexbrief.render.text.TemplateSet;
import dev.capexbrief.render.text.Theme;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every exhibit of the model is drawn with the one theme: the colours, markers and labels its series
 * carry, its numbered finding as title, its note as the source line, its scope when it is cut.
 */
class ChartsTest {
    private static final TemplateSet TEMPLATES = TemplateSet.load(null);
    private final Theme palette = TEMPLATES.theme();
    private final ChartTheme theme = new ChartTheme(palette, font("DejaVuSans.ttf"), font("DejaVuSans-Bold.ttf"));
    private final Briefing seed = briefing("2025-02-07");
    private final BriefingModel seedModel = model(seed);
    private final BriefingModel later = model(briefing("2025-11-07"));

    @Test
    void guidanceBarsAreInEachCompanysColourLargestFirst() {
        Exhibit e = exhibit(seedModel, ChartKind.RANGE_BARS).orElseThrow();
        JFreeChart chart = Charts.create(e, theme);
        for (int i = 0; i < seed.guidance().size(); i++) {
            GuidanceLine g = seed.guidance().get(i);
            assertThat(chart.getXYPlot().getRenderer().getSeriesPaint(i))
                    .isEqualTo(CompanyColors.of(palette, seed).color(g.company().id()));
            assertThat(chart.getXYPlot().getDataset().getYValue(i, 0)).isEqualTo(g.central().doubleValue());
        }
        assertThat(seed.guidance().get(0).company().name()).isEqualTo("Amazon");
        assertThat(chart.getLegend().getSources()[0].getLegendItems().getItemCount()).isEqualTo(e.legend().size())
                .isEqualTo(4);
        assertThat(chart.getTitle().getText()).isEqualTo(e.numberedTitle()).startsWith("Exhibit 1: ");
        assertThat(chart.getSubtitles()).anySatisfy(t -> assertThat(t).isInstanceOfSatisfying(TextTitle.class,
                s -> assertThat(s.getText()).isEqualTo(e.noteText()).contains("Source:")));
        draws(chart);
    }

    @Test
    void historyMarksThePlanAsAHollowDashedPointAndSkipsPartialYears() {
        JFreeChart chart = Charts.create(exhibit(seedModel, ChartKind.ANNUAL_LINES).orElseThrow(), theme);
        XYDataset data = chart.getXYPlot().getDataset();
        List<String> keys = new ArrayList<>();
        for (int s = 0; s < data.getSeriesCount(); s++) {
            keys.add(data.getSeriesKey(s).toString());
        }
        assertThat(keys).contains("Amazon", "Amazon plan", "Microsoft", "Microsoft plan");
        assertThat(keys.indexOf("Amazon plan")).as("the step is drawn under the actuals").isLessThan(keys.indexOf("Amazon"));
        int msft = keys.indexOf("Microsoft");
        for (int i = 0; i < data.getItemCount(msft); i++) {
            assertThat(data.getXValue(msft, i)).as("Microsoft FY2025 is partial").isLessThan(2025);
        }
        int plan = keys.indexOf("Amazon plan");
        assertThat(data.getItemCount(plan)).as("from the last actual to the plan").isEqualTo(2);
        assertThat(data.getYValue(plan, 1)).isEqualTo(100.0);
        var renderer = (XYLineAndShapeRenderer) chart.getXYPlot().getRenderer();
        assertThat(renderer.getSeriesFillPaint(plan)).isEqualTo(Color.WHITE);
        assertThat(renderer.getSeriesPaint(plan)).isEqualTo(renderer.getSeriesPaint(keys.indexOf("Amazon")));
        draws(chart);
    }

    @Test
    void quarterlyAndRunRateChartsCoverEveryCompanyWithQuarters() {
        JFreeChart quarterly = Charts.create(exhibit(seedModel, ChartKind.QUARTER_LINES).orElseThrow(), theme);
        assertThat(quarterly.getXYPlot().getDataset().getSeriesCount()).isEqualTo(seed.quarterly().size());
        // the run-rate exhibit by its id: the ratio exhibits are company bars too
        JFreeChart runRate = Charts.create(seedModel.exhibits().stream().filter(e -> e.id().equals("run-rate"))
                .findFirst().orElseThrow(), theme);
        assertThat(runRate.getXYPlot().getDataset().getSeriesCount()).isEqualTo(seed.quarterly().size());
        assertThat(runRate.getXYPlot().getDataset().getYValue(0, 0)).isEqualTo(105.2);
        draws(quarterly);
        draws(runRate);
    }

    @Test
    void theLadderNeedsARevisionAndStepsEachPlanToTheAsOfDate() {
        assertThat(exhibit(seedModel, ChartKind.STEP_LADDER)).isEmpty();
        Exhibit ladder = exhibit(later, ChartKind.STEP_LADDER).orElseThrow();
        JFreeChart chart = Charts.create(ladder, theme);
        XYDataset steps = chart.getXYPlot().getDataset(0);
        assertThat(steps.getSeriesCount()).isEqualTo(ladder.series().stream()
                .filter(s -> s.role() == Series.Role.PLAN).count());
        double asOf = ladder.categories().get(ladder.categories().size() - 1).x() * 86_400_000L;
        for (int s = 0; s < steps.getSeriesCount(); s++) {
            assertThat(steps.getXValue(s, steps.getItemCount(s) - 1)).isEqualTo(asOf);
        }
        assertThat(chart.getXYPlot().getDataset(1).getSeriesKey(0).toString()).endsWith(" statements");
        draws(chart);
    }

    @Test
    void withManyCompaniesEachChartDrawsTheTopTwelveAndSaysSo(@TempDir Path dir) {
        Briefing many = ManyCompanies.briefing(dir, 500);
        BriefingModel m = model(many);
        JFreeChart guidance = Charts.create(exhibit(m, ChartKind.RANGE_BARS).orElseThrow(), theme);
        assertThat(guidance.getXYPlot().getDataset().getSeriesCount()).isEqualTo(12);
        for (int i = 0; i < 12; i++) {
            assertThat(guidance.getXYPlot().getDataset().getYValue(i, 0))
                    .isEqualTo(many.leaders(12).get(i).central().doubleValue());
        }
        assertThat(scope(guidance)).startsWith("Top 12 of 500 companies by FY2025 plan; the other 488 plan "
                + many.remainder(12).label());
        JFreeChart history = Charts.create(exhibit(m, ChartKind.ANNUAL_LINES).orElseThrow(), theme);
        assertThat(history.getXYPlot().getDataset().getSeriesCount()).as("actual and plan lines").isEqualTo(24);
        assertThat(scope(history)).isEqualTo("Top 12 of 500 companies by FY2025 plan");
        JFreeChart quarterly = Charts.create(exhibit(m, ChartKind.QUARTER_LINES).orElseThrow(), theme);
        assertThat(quarterly.getXYPlot().getDataset().getSeriesCount()).isEqualTo(12);
        JFreeChart runRate = Charts.create(exhibit(m, ChartKind.COMPANY_BARS).orElseThrow(), theme);
        assertThat(runRate.getXYPlot().getDataset().getSeriesCount()).isEqualTo(12);
        JFreeChart ladder = Charts.create(exhibit(m, ChartKind.STEP_LADDER).orElseThrow(), theme);
        assertThat(ladder.getXYPlot().getDataset().getSeriesCount()).isEqualTo(12);
        assertThat(scope(ladder)).isEqualTo("Top 12 of the 100 companies that revised their FY2025 plan, by plan");
        for (JFreeChart chart : List.of(guidance, history, quarterly, runRate, ladder)) {
            draws(chart);
        }
        assertThat(Charts.height(exhibit(m, ChartKind.RANGE_BARS).orElseThrow(), guidance))
                .as("twelve bars and a scope line need more than the base height").isGreaterThan(190);
    }

    @Test
    void aChartOfEveryCompanyHasNoScopeLine() {
        assertThat(scope(Charts.create(exhibit(seedModel, ChartKind.RANGE_BARS).orElseThrow(), theme))).isNull();
        assertThat(scope(Charts.create(exhibit(later, ChartKind.ANNUAL_LINES).orElseThrow(), theme))).isNull();
    }

    @Test
    void everyExhibitOfTheModelIsDrawnUnderItsNumberedTitle() {
        for (BriefingModel m : List.of(seedModel, later)) {
            for (Exhibit e : m.exhibits()) {
                JFreeChart chart = Charts.create(e, theme);
                // wrapped between words to the chart's width, the words as they are
                assertThat(chart.getTitle().getText().replace('\n', ' ')).isEqualTo(e.numberedTitle());
                draws(chart);
            }
        }
    }

    @Test
    void markerShapesDifferBetweenNeighbouringSlotsForBlackAndWhitePrint() {
        for (int i = 0; i < 6; i++) {
            assertThat(theme.marker(i)).isNotEqualTo(theme.marker(i + 1));
        }
    }

    private static Optional<Exhibit> exhibit(BriefingModel m, ChartKind kind) {
        return m.exhibits().stream().filter(e -> e.kind() == kind).findFirst();
    }

    /** The line under the title that says which companies a cut chart draws, or null. */
    private static String scope(JFreeChart chart) {
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            if (chart.getSubtitle(i) instanceof TextTitle t && t.getPosition() == RectangleEdge.TOP) {
                return t.getText();
            }
        }
        return null;
    }

    /** The chart paints without error (the PDF draws the same calls through PdfGraphics2D). */
    private static void draws(JFreeChart chart) {
        BufferedImage img = new BufferedImage(495, 220, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            chart.draw(g, new java.awt.geom.Rectangle2D.Double(0, 0, 495, 220));
        } finally {
            g.dispose();
        }
    }

    private static BriefingModel model(Briefing b) {
        return new ModelBuilder(TEMPLATES, x -> CompanyStyle.of(TEMPLATES.theme(), x)).build(b);
    }

    private static Briefing briefing(String date) {
        return new Analyzer().analyze(new DatasetReader().readBundled(),
                new AnalysisOptions(LocalDate.parse(date), "USD", null));
    }

    /**
     * An exhibit's title wraps between words only: JFreeChart's own wrapping set "+41." at a line's
     * end and "3%" on the next (small.csv, "... $180B+, at least +41.3% on FY2024").
     */
    @Test
    void aTitleBreaksBetweenWordsNeverInsideAFigure() {
        Font bold = font("DejaVuSans-Bold.ttf").deriveFont(10f);
        String title = "Exhibit 1: Amazon.com Inc. and Microsoft Corp. FY2025 capex plans: $180B+, at least +41.3% on FY2024";
        String wrapped = ChartTheme.wrapped(title, bold, ChartTheme.CHART_WIDTH);
        assertThat(wrapped.replace('\n', ' ')).isEqualTo(title);
        assertThat(wrapped.lines()).hasSizeGreaterThan(1).allSatisfy(line -> assertThat(
                bold.getStringBounds(line, new java.awt.font.FontRenderContext(null, true, true)).getWidth())
                .isLessThanOrEqualTo(ChartTheme.CHART_WIDTH));
        assertThat(wrapped).contains("+41.3%");
        assertThat(ChartTheme.wrapped("Exhibit 2: short", bold, ChartTheme.CHART_WIDTH)).isEqualTo("Exhibit 2: short");
    }

    private static Font font(String file) {
        try (InputStream in = ChartsTest.class.getResourceAsStream("/dev/capexbrief/fonts/" + file)) {
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
