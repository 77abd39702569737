package dev.capexbrief.render.excel;

import dev.capexbrief.render.model.Annotation;
import dev.capexbrief.render.model.BriefingModel;
import dev.capexbrief.render.model.ChartKind;
import dev.capexbrief.render.model.LegendEntry;
import dev.capexbrief.render.model.Exhibit;
import dev.capexbrief.render.model.Series;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTBarSer;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTLineSer;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTPlotArea;
import org.openxmlformats.schemas.drawingml.x2006.main.CTShapeProperties;

import java.awt.Color;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every exhibit of the model is a native chart titled as in the PDF, with the model's series, order and colours. */
class ExhibitChartsTest {
    /** One series as the chart file has it: name, colour (its line's, else its markers'), and its bars' colours. */
    record Drawn(String name, String color, List<String> points, List<Double> cached) {
    }

    static Stream<LocalDate> dates() {
        return Stream.of(Workbooks.SEED_DAY, Workbooks.YEAR_LATER);
    }

    @ParameterizedTest
    @MethodSource("dates")
    void everyExhibitIsANativeChartWithTheModelsTitleAndSeries(LocalDate asOf) throws Exception {
        BriefingModel model = Workbooks.model(Workbooks.bundled(), asOf);
        try (XSSFWorkbook book = Workbooks.open(Workbooks.bundledWorkbook(asOf))) {
            Map<String, List<XSSFChart>> bySheet = WorkbookStructureTest.charts(book);
            List<XSSFChart> all = bySheet.values().stream().flatMap(List::stream).toList();
            assertThat(all).hasSameSizeAs(model.exhibits());
            assertThat(model.exhibits()).isNotEmpty();
            for (Exhibit e : model.exhibits()) {
                List<XSSFChart> titled = all.stream().filter(c -> c.getTitleText().getString().equals(e.numberedTitle()))
                        .toList();
                assertThat(titled).as(e.numberedTitle()).hasSize(1);
                List<Drawn> drawn = series(titled.get(0).getCTChart().getPlotArea());
                assertThat(drawn.size()).as(e.numberedTitle()).isGreaterThanOrEqualTo(e.series().size());
                for (int i = 0; i < e.series().size(); i++) {
                    Series s = e.series().get(i);
                    Drawn d = drawn.get(i);
                    assertThat(d.name()).as(e.numberedTitle() + " series " + i).isEqualTo(s.name());
                    assertThat(d.cached()).as(s.name()).isEqualTo(s.values());
                    if (s.pointColors().isEmpty()) {
                        assertThat(d.color()).as(s.name()).isEqualTo(hex(s.color()));
                    } else {
                        assertThat(d.points()).as(s.name()).isEqualTo(s.pointColors().stream().map(ExhibitChartsTest::hex)
                                .toList());
                    }
                }
                ticks(e, drawn);
            }
        }
    }

    /** A run-rate exhibit's plans are ticks: one more series, after the model's, with each bar's plan. */
    private static void ticks(Exhibit e, List<Drawn> drawn) {
        List<Double> ticks = new ArrayList<>();
        for (int i = 0; i < e.categories().size(); i++) {
            int category = i;
            ticks.add(e.annotations().stream().filter(a -> a.category() == category).map(Annotation::tick)
                    .filter(java.util.Objects::nonNull).findFirst().orElse(null));
        }
        boolean any = ticks.stream().anyMatch(java.util.Objects::nonNull);
        if (e.kind() != ChartKind.COMPANY_BARS || !any) {
            assertThat(drawn).as(e.numberedTitle()).hasSameSizeAs(e.series());
            return;
        }
        assertThat(drawn).as(e.numberedTitle()).hasSize(e.series().size() + 1);
        Drawn tick = drawn.get(drawn.size() - 1);
        assertThat(tick.name()).isEqualTo(e.legend().stream().filter(l -> l.symbol() == LegendEntry.Symbol.TICK)
                .findFirst().orElseThrow().text());
        assertThat(tick.cached()).isEqualTo(ticks);
    }

    private static List<Drawn> series(CTPlotArea plot) {
        List<Drawn> out = new ArrayList<>();
        for (var bars : plot.getBarChartList()) {
            for (CTBarSer s : bars.getSerList()) {
                List<String> points = new ArrayList<>();
                s.getDPtList().forEach(p -> points.add(fill(p.getSpPr())));
                out.add(new Drawn(s.getTx().getStrRef().getStrCache().getPtArray(0).getV(), fill(s.getSpPr()), points,
                        cached(s.getVal().getNumRef().getNumCache())));
            }
        }
        for (var lines : plot.getLineChartList()) {
            for (CTLineSer s : lines.getSerList()) {
                CTShapeProperties sp = s.getSpPr();
                String color = sp != null && sp.isSetLn() && sp.getLn().isSetSolidFill()
                        ? hex(sp.getLn().getSolidFill().getSrgbClr().getVal()) : fill(s.getMarker().getSpPr());
                out.add(new Drawn(s.getTx().getStrRef().getStrCache().getPtArray(0).getV(), color, List.of(),
                        cached(s.getVal().getNumRef().getNumCache())));
            }
        }
        return out;
    }

    /** The cached values by index, null where a point is missing. */
    private static List<Double> cached(org.openxmlformats.schemas.drawingml.x2006.chart.CTNumData cache) {
        List<Double> out = new ArrayList<>();
        for (int i = 0; i < cache.getPtCount().getVal(); i++) {
            out.add(null);
        }
        cache.getPtList().forEach(p -> out.set((int) p.getIdx(), Double.valueOf(p.getV())));
        return out;
    }

    private static String fill(CTShapeProperties sp) {
        return sp == null || !sp.isSetSolidFill() ? null : hex(sp.getSolidFill().getSrgbClr().getVal());
    }

    private static String hex(byte[] rgb) {
        return HexFormat.of().formatHex(rgb);
    }

    private static String hex(Color c) {
        return HexFormat.of().formatHex(new byte[]{(byte) c.getRed(), (byte) c.getGreen(), (byte) c.getBlue()});
    }
}
