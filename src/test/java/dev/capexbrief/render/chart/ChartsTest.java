package dev.capexbrief.render.chart;

import dev.capexbrief.analysis.AnalysisOptions;
import dev.capexbrief.analysis.Analyzer;
import dev.capexbrief.analysis.Briefing;
import dev.capexbrief.analysis.GuidanceLine;
import dev.capexbrief.dataset.DatasetReader;
import dev.capexbrief.render.text.CompanyColors;
import dev.capexbrief.render.text.ManyCompanies;
import dev.capexbrief.render.text.TextBlock;
import dev.capexbrief.render.text.Theme;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
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

/** Every exhibit uses the one theme: each company in its own colour, a finding as title, a source line. */
class ChartsTest {
    private static final TextBlock TITLE = new TextBlock("A finding", List.of("USD billions. Source: test."));
    private final Theme palette = Theme.defaults();
    private final Font regular = font("DejaVuSans.ttf");
    private final Font bold = font("DejaVuSans-Bold.ttf");
    private final Briefing seed = briefing("2025-02-07");
    private final Briefing later = briefing("2025-11-07");

    @Test
    void guidanceBarsAreInEachCompanysColourLargestFirst() {
        JFreeChart chart = GuidanceChart.create(seed, TITLE, theme(seed)).orElseThrow();
        XYPlot plot = chart.getXYPlot();
        for (int i = 0; i < seed.guidance().size(); i++) {
            GuidanceLine g = seed.guidance().get(i);
            assertThat(plot.getRenderer().getSeriesPaint(i)).isEqualTo(palette.companyColors().get(g.company().id()));
            assertThat(plot.getDataset().getYValue(i, 0)).isEqualTo(g.central().doubleValue());
        }
        assertThat(seed.guidance().get(0).company().name()).isEqualTo("Amazon");
        assertThat(plot.getRenderer().getSeriesPaint(0)).isEqualTo(new Color(0xE69F00));
        assertThat(chart.getLegend().getSources()[0].getLegendItems().getItemCount()).isEqualTo(4);
        assertThat(chart.getTitle().getText()).isEqualTo("A finding");
        assertThat(chart.getSubtitles()).anySatisfy(t ->
                assertThat(t).isInstanceOfSatisfying(TextTitle.class, s -> assertThat(s.getText()).contains("Source:")));
        draws(chart);
    }

    @Test
    void historyMarksThePlanAsAHollowDashedPointAndSkipsPartialYears() {
        JFreeChart chart = HistoryChart.create(seed, TITLE, theme(seed)).orElseThrow();
        XYDataset data = chart.getXYPlot().getDataset();
        List<String> keys = new ArrayList<>();
        for (int s = 0; s < data.getSeriesCount(); s++) {
            keys.add(data.getSeriesKey(s).toString());
        }
        assertThat(keys).contains("Amazon", "Amazon plan", "Microsoft", "Microsoft plan");
        int msft = keys.indexOf("Microsoft");
        for (int i = 0; i < data.getItemCount(msft); i++) {
            assertThat(data.getXValue(msft, i)).as("Microsoft FY2025 is partial").isLessThan(2025);
        }
        int plan = keys.indexOf("Amazon plan");
        assertThat(data.getYValue(plan, 1)).isEqualTo(100.0);
        var renderer = (org.jfree.chart.renderer.xy.XYLineAndShapeRenderer) chart.getXYPlot().getRenderer();
        assertThat(renderer.getSeriesFillPaint(plan)).isEqualTo(java.awt.Color.WHITE);
        assertThat(renderer.getSeriesPaint(plan)).isEqualTo(renderer.getSeriesPaint(keys.indexOf("Amazon")));
        draws(chart);
    }

    @Test
    void quarterlyAndRunRateChartsCoverEveryCompanyWithQuarters() {
        JFreeChart quarterly = QuarterlyChart.create(seed, TITLE, theme(seed)).orElseThrow();
        assertThat(quarterly.getXYPlot().getDataset().getSeriesCount()).isEqualTo(seed.quarterly().size());
        JFreeChart runRate = RunRateChart.create(seed, TITLE, theme(seed)).orElseThrow();
        assertThat(runRate.getXYPlot().getDataset().getSeriesCount()).isEqualTo(seed.quarterly().size());
        assertThat(runRate.getXYPlot().getDataset().getYValue(0, 0)).isEqualTo(105.2);
        draws(quarterly);
        draws(runRate);
    }

    @Test
    void theLadderNeedsARevision() {
        assertThat(RevisionLadderChart.create(seed, TITLE, theme(seed))).isEmpty();
        Optional<JFreeChart> ladder = RevisionLadderChart.create(later, TITLE, theme(later));
        assertThat(ladder).isPresent();
        assertThat(ladder.get().getXYPlot().getDataset().getSeriesCount()).isEqualTo(later.guidance().size());
        draws(ladder.get());
    }

    @Test
    void withManyCompaniesEachChartDrawsTheTopTwelveAndSaysSo(@TempDir Path dir) {
        Briefing many = ManyCompanies.briefing(dir, 500);
        JFreeChart guidance = GuidanceChart.create(many, TITLE, theme(many)).orElseThrow();
        assertThat(guidance.getXYPlot().getDataset().getSeriesCount()).isEqualTo(12);
        for (int i = 0; i < 12; i++) {
            assertThat(guidance.getXYPlot().getDataset().getYValue(i, 0))
                    .isEqualTo(many.leaders(12).get(i).central().doubleValue());
        }
        assertThat(scope(guidance)).startsWith("Top 12 of 500 companies by FY2025 plan; the other 488 plan "
                + many.remainder(12).label());
        JFreeChart history = HistoryChart.create(many, TITLE, theme(many)).orElseThrow();
        assertThat(history.getXYPlot().getDataset().getSeriesCount()).as("actual and plan lines").isEqualTo(24);
        assertThat(scope(history)).isEqualTo("Top 12 of 500 companies by FY2025 plan");
        JFreeChart quarterly = QuarterlyChart.create(many, TITLE, theme(many)).orElseThrow();
        assertThat(quarterly.getXYPlot().getDataset().getSeriesCount()).isEqualTo(12);
        JFreeChart runRate = RunRateChart.create(many, TITLE, theme(many)).orElseThrow();
        assertThat(runRate.getXYPlot().getDataset().getSeriesCount()).isEqualTo(12);
        JFreeChart ladder = RevisionLadderChart.create(many, TITLE, theme(many)).orElseThrow();
        assertThat(ladder.getXYPlot().getDataset().getSeriesCount()).isEqualTo(12);
        assertThat(scope(ladder)).isEqualTo("Top 12 of the 100 companies that revised their FY2025 plan, by plan");
        for (JFreeChart chart : List.of(guidance, history, quarterly, runRate, ladder)) {
            draws(chart);
        }
    }

    @Test
    void aChartOfEveryCompanyHasNoScopeLine() {
        assertThat(scope(GuidanceChart.create(seed, TITLE, theme(seed)).orElseThrow())).isNull();
        assertThat(scope(HistoryChart.create(later, TITLE, theme(later)).orElseThrow())).isNull();
    }

    @Test
    void everyCompanyOfTheBriefingHasItsOwnMarkerShapeForBlackAndWhitePrint() {
        ChartTheme theme = theme(later);
        List<java.awt.Shape> shapes = later.companies().stream().map(p -> theme.marker(p.id())).toList();
        assertThat(shapes).hasSizeGreaterThan(5).doesNotHaveDuplicates();
    }

    private ChartTheme theme(Briefing b) {
        return new ChartTheme(palette, CompanyColors.of(palette, b), regular, bold);
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

    private static Briefing briefing(String date) {
        return new Analyzer().analyze(new DatasetReader().readBundled(),
                new AnalysisOptions(LocalDate.parse(date), "USD", null));
    }

    private static Font font(String file) {
        try (InputStream in = ChartsTest.class.getResourceAsStream("/dev/capexbrief/fonts/" + file)) {
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
