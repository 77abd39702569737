package dev.capexbrief.bench;

import dev.capexbrief.analysis.AnalysisOptions;
import dev.capexbrief.analysis.Analyzer;
import dev.capexbrief.analysis.Briefing;
import dev.capexbrief.dataset.CsvDatasetReader;
import dev.capexbrief.dataset.Dataset;
import dev.capexbrief.render.chart.ChartTheme;
import dev.capexbrief.render.chart.Charts;
import dev.capexbrief.render.excel.WorkbookWriter;
import dev.capexbrief.render.model.BriefingModel;
import dev.capexbrief.render.model.ChartKind;
import dev.capexbrief.render.model.CompanyStyle;
import dev.capexbrief.render.model.Exhibit;
import dev.capexbrief.render.model.ModelBuilder;
import dev.capexbrief.render.pdf.PdfBriefingWriter;
import dev.capexbrief.render.text.TemplateSet;
import org.jfree.chart.JFreeChart;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The pipeline's stages one by one, on a synthetic dataset of {@code companies} × 51 rows (2,000
 * companies: 102,000 rows, like gen_large.py 100000): where a briefing's time goes once the JVM is
 * warm. The whole-CLI numbers, cold start included, come from src/bench/run.
 *
 * <p>Run with {@code mvn -Pbench test}; one benchmark: {@code -Djmh.args="StageBenchmarks.workbook -f 1"}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Djava.awt.headless=true", "-Xmx1g"})
public class StageBenchmarks {
    @Param({"2000"})
    int companies;

    private byte[] csv;
    private Dataset dataset;
    private Briefing briefing;
    private BriefingModel model;
    private TemplateSet templates;
    private ChartTheme chartTheme;

    @Setup
    public void setUp() throws Exception {
        csv = SyntheticDataset.csv(companies);
        dataset = readCsv();
        templates = TemplateSet.load(null);
        briefing = analyse();
        model = model();
        chartTheme = new ChartTheme(templates.theme(), font("DejaVuSans.ttf"), font("DejaVuSans-Bold.ttf"));
    }

    @Benchmark
    public Dataset readCsv() throws Exception {
        return new CsvDatasetReader().read(new ByteArrayInputStream(csv), "bench.csv");
    }

    @Benchmark
    public Briefing analyse() {
        return new Analyzer().analyze(dataset, new AnalysisOptions(LocalDate.of(2012, 8, 14), "USD", null));
    }

    /** The fill step: the briefing and the templates become the model both outputs draw. */
    @Benchmark
    public BriefingModel model() {
        return new ModelBuilder(templates, b -> CompanyStyle.of(templates.theme(), b)).build(briefing);
    }

    @Benchmark
    public long workbook() throws IOException {
        Counting out = new Counting();
        new WorkbookWriter(templates.theme()).write(model, dataset, out);
        return out.bytes;
    }

    @Benchmark
    public long pdf() throws IOException {
        Counting out = new Counting();
        new PdfBriefingWriter(templates).write(model, out);
        return out.bytes;
    }

    /** The PDF's three data exhibits (plans, annual history, quarters), built and drawn (to a bitmap: the drawing work is the same). */
    @Benchmark
    public int charts() {
        Set<ChartKind> kinds = Set.of(ChartKind.RANGE_BARS, ChartKind.ANNUAL_LINES, ChartKind.QUARTER_LINES);
        int drawn = 0;
        for (Exhibit e : model.exhibits()) {
            if (kinds.contains(e.kind())) {
                draw(Charts.create(e, chartTheme));
                drawn++;
            }
        }
        return drawn;
    }

    private static void draw(JFreeChart chart) {
        BufferedImage image = new BufferedImage(480, 300, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            chart.draw(g, new Rectangle2D.Double(0, 0, 480, 300));
        } finally {
            g.dispose();
        }
    }

    private static Font font(String file) throws Exception {
        try (InputStream in = StageBenchmarks.class.getResourceAsStream("/dev/capexbrief/fonts/" + file)) {
            return Font.createFont(Font.TRUETYPE_FONT, in);
        }
    }

    /** Counts bytes and drops them: the benchmarks measure rendering, not the disk. */
    private static final class Counting extends OutputStream {
        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }
}
