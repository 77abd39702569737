package dev.capexbrief.render.excel;

import dev.capexbrief.render.model.ChartKind;
import dev.capexbrief.render.model.Exhibit;
import dev.capexbrief.render.model.Series;
import org.apache.poi.xddf.usermodel.PresetLineDash;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFNoFillProperties;
import org.apache.poi.xddf.usermodel.XDDFPresetLineDash;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.AxisTickLabelPosition;
import org.apache.poi.xddf.usermodel.chart.AxisTickMark;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.DisplayBlanks;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTErrBars;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTNumData;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTNumRef;
import org.openxmlformats.schemas.drawingml.x2006.chart.STErrBarType;
import org.openxmlformats.schemas.drawingml.x2006.chart.STErrValType;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Native Excel charts (DrawingML through POI's XDDF), one drawing per {@link ChartKind}: the same
 * exhibits as the PDF, titled the same, with the same series in the same order and colours. Their
 * series point at the exhibit's chart data on the sheet ({@link ChartData}), so an analyst who
 * changes a number sees the chart follow; the values are cached in the chart too.
 */
final class NativeCharts {
    private static final Color AXIS_GREY = new Color(0xBF, 0xBF, 0xBF);
    private static final Color WHISKER = new Color(0x26, 0x26, 0x26);
    private static final String CHART_NS = "http://schemas.openxmlformats.org/drawingml/2006/chart";
    /** A plan tick spans most of its column. */
    private static final int TICK_SIZE = 24;
    /** The language the chart titles are marked with, as POI's own title template marks its paragraph end. */
    private static final Locale TITLE_LANGUAGE = Locale.US;
    /** Excel's nearest marker to each of the chart library's standard shapes, by the company's slot. */
    private static final MarkerStyle[] MARKERS = {MarkerStyle.SQUARE, MarkerStyle.CIRCLE, MarkerStyle.TRIANGLE,
            MarkerStyle.DIAMOND, MarkerStyle.DASH, MarkerStyle.X, MarkerStyle.DOT, MarkerStyle.STAR, MarkerStyle.PLUS};

    private final String axisFormat;

    NativeCharts(String moneyFormat) {
        // whole billions on the axis: "$100B", not "$100.0B"
        this.axisFormat = moneyFormat.replace("#,##0.0", "#,##0");
    }

    /** Draws the exhibit in the frame, from its chart data. */
    XSSFChart draw(XSSFSheet sheet, ChartFrame frame, ChartData data) {
        Exhibit e = data.exhibit();
        return switch (e.kind()) {
            case RANGE_BARS -> rangeBars(sheet, frame, data);
            case COMPANY_BARS -> runRateBars(sheet, frame, data);
            case ANNUAL_LINES -> lines(sheet, frame, data, DisplayBlanks.SPAN);
            case QUARTER_LINES, STEP_LADDER -> lines(sheet, frame, data, DisplayBlanks.GAP);
        };
    }

    private static List<ChartSeries> series(ChartData data) {
        List<ChartSeries> out = new ArrayList<>();
        List<Series> series = data.exhibit().series();
        for (int i = 0; i < series.size(); i++) {
            Series s = series.get(i);
            out.add(new ChartSeries(s.name(), data.nameRef(i), data.valuesRef(i), s.values(), s.color()));
        }
        return out;
    }

    /**
     * Horizontal bars, one per company in its colour, largest at the top, with whiskers from the
     * low to the high end of a guided range (the whisker lengths are chart-data rows).
     */
    private XSSFChart rangeBars(XSSFSheet sheet, ChartFrame frame, ChartData data) {
        XSSFChart chart = chart(sheet, frame);
        XDDFCategoryAxis categories = chart.createCategoryAxis(AxisPosition.LEFT);
        categories.setOrientation(AxisOrientation.MAX_MIN);
        categories.setMajorTickMark(AxisTickMark.NONE);
        XDDFValueAxis values = valueAxis(chart, AxisPosition.BOTTOM, data.exhibit());
        values.setCrosses(AxisCrosses.MAX);
        XDDFBarChartData bars = bars(chart, categories, values, BarDirection.BAR, 60);
        XDDFBarChartData.Series series = bars(bars, frame, data);
        chart.plot(bars);
        whiskers(series, new ChartSeries("to low", data.extraNameRef(2), data.extraValuesRef(2), data.extraValues(2),
                WHISKER), new ChartSeries("to high", data.extraNameRef(3), data.extraValuesRef(3), data.extraValues(3),
                WHISKER));
        ownAxisFormat(chart);
        return chart;
    }

    /** Columns in the companies' colours, and each plan as a tick (a marker-only series) over its column. */
    private XSSFChart runRateBars(XSSFSheet sheet, ChartFrame frame, ChartData data) {
        XSSFChart chart = chart(sheet, frame);
        XDDFCategoryAxis categories = chart.createCategoryAxis(AxisPosition.BOTTOM);
        if (belowZero(data.exhibit())) {
            // names under the plot, not on the zero line across a bar below it
            categories.setTickLabelPosition(AxisTickLabelPosition.LOW);
        }
        XDDFValueAxis values = valueAxis(chart, AxisPosition.LEFT, data.exhibit());
        XDDFBarChartData bars = bars(chart, categories, values, BarDirection.COL, 80);
        bars(bars, frame, data);
        chart.plot(bars);
        if (data.hasExtras()) {
            XDDFLineChartData ticks = (XDDFLineChartData) chart.createData(ChartTypes.LINE, categories, values);
            ticks.setVaryColors(false);
            ChartSeries plan = new ChartSeries(ChartData.tickName(data.exhibit()), data.extraNameRef(0),
                    data.extraValuesRef(0), data.extraValues(0), WHISKER);
            XDDFLineChartData.Series tick = line(ticks, frame, plan);
            tick.setMarkerStyle(MarkerStyle.DASH);
            noLine(tick);
            markerColour(tick, WHISKER, WHISKER);
            markerSize(tick, TICK_SIZE);
            chart.plot(ticks);
        }
        chart.displayBlanksAs(DisplayBlanks.GAP);
        legend(chart);
        ownAxisFormat(chart);
        return chart;
    }

    private static XDDFBarChartData bars(XSSFChart chart, XDDFCategoryAxis categories, XDDFValueAxis values,
                                         BarDirection direction, int gap) {
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categories, values);
        data.setBarDirection(direction);
        data.setBarGrouping(BarGrouping.CLUSTERED);
        data.setVaryColors(false);
        data.setGapWidth(gap);
        return data;
    }

    /** The exhibit's one bar series, each bar in its own colour. */
    private static XDDFBarChartData.Series bars(XDDFBarChartData bars, ChartFrame frame, ChartData data) {
        ChartSeries s = series(data).get(0);
        XDDFBarChartData.Series series = (XDDFBarChartData.Series) bars.addSeries(categorySource(frame), numbers(s));
        series.setTitle(s.name(), new org.apache.poi.ss.util.CellReference(s.nameRef()));
        series.setFillProperties(solid(s.color()));
        List<Color> colors = data.exhibit().series().get(0).pointColors();
        for (int i = 0; i < colors.size(); i++) {
            // added in index order straight to the XML: getDataPoint(i) searches the list and is quadratic
            var point = series.getCTBarSer().addNewDPt();
            point.addNewIdx().setVal(i);
            XDDFShapeProperties fill = new XDDFShapeProperties();
            fill.setFillProperties(solid(colors.get(i)));
            point.setSpPr(fill.getXmlObject());
        }
        return series;
    }

    /**
     * Lines, one per series in its company's colour and marker: a plan dashed to a hollow marker
     * (annual), a plan as a line without markers beside its statements as markers alone (ladder).
     */
    private XSSFChart lines(XSSFSheet sheet, ChartFrame frame, ChartData data, DisplayBlanks blanks) {
        XSSFChart chart = chart(sheet, frame);
        XDDFCategoryAxis categories = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis values = valueAxis(chart, AxisPosition.LEFT, data.exhibit());
        XDDFLineChartData lines = (XDDFLineChartData) chart.createData(ChartTypes.LINE, categories, values);
        lines.setVaryColors(false);
        List<ChartSeries> series = series(data);
        boolean ladder = data.exhibit().kind() == ChartKind.STEP_LADDER;
        for (int i = 0; i < series.size(); i++) {
            Series model = data.exhibit().series().get(i);
            XDDFLineChartData.Series line = line(lines, frame, series.get(i));
            boolean plan = model.role() == Series.Role.PLAN;
            line.setMarkerStyle(ladder && plan ? MarkerStyle.NONE : MARKERS[Math.floorMod(model.marker(), MARKERS.length)]);
            if (ladder && !plan) {
                noLine(line);
            } else {
                lineColour(line, model.color(), plan && !ladder);
            }
            markerColour(line, plan && !ladder ? Color.WHITE : model.color(), model.color());
        }
        chart.plot(lines);
        chart.displayBlanksAs(blanks);
        legend(chart);
        ownAxisFormat(chart);
        return chart;
    }

    private static XDDFLineChartData.Series line(XDDFLineChartData lines, ChartFrame frame, ChartSeries s) {
        XDDFLineChartData.Series series = (XDDFLineChartData.Series) lines.addSeries(categorySource(frame), numbers(s));
        series.setTitle(s.name(), new org.apache.poi.ss.util.CellReference(s.nameRef()));
        series.setSmooth(false);
        return series;
    }

    private static void lineColour(XDDFLineChartData.Series series, Color c, boolean dashed) {
        XDDFLineProperties line = line(c, 2.25);
        if (dashed) {
            line.setPresetDash(new XDDFPresetLineDash(PresetLineDash.DASH));
        }
        XDDFShapeProperties shape = new XDDFShapeProperties();
        shape.setLineProperties(line);
        series.setShapeProperties(shape);
    }

    private static void noLine(XDDFLineChartData.Series series) {
        XDDFShapeProperties shape = new XDDFShapeProperties();
        shape.setLineProperties(new XDDFLineProperties(new XDDFNoFillProperties()));
        series.setShapeProperties(shape);
    }

    private XSSFChart chart(XSSFSheet sheet, ChartFrame frame) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0,
                frame.col1(), frame.row1(), frame.col2(), frame.row2()));
        chart.setTitleText(frame.title());
        // POI marks the title's text with the JVM's default locale (lang="de-DE" on a German
        // machine): the same workbook must be the same bytes everywhere, and the titles are English
        chart.getTitle().getBody().getParagraphs().forEach(p -> p.getTextRuns().forEach(r -> r.setLanguage(TITLE_LANGUAGE)));
        chart.setTitleOverlay(false);
        chart.getTitle().getOrAddTextProperties().setFontSize(12.0);
        chart.setAutoTitleDeleted(false);
        // Excel draws a chart frame with rounded corners unless told otherwise
        var space = chart.getCTChartSpace();
        (space.isSetRoundedCorners() ? space.getRoundedCorners() : space.addNewRoundedCorners()).setVal(false);
        return chart;
    }

    private XDDFValueAxis valueAxis(XSSFChart chart, AxisPosition position, Exhibit exhibit) {
        XDDFValueAxis values = chart.createValueAxis(position);
        values.setNumberFormat(exhibit.format() == Exhibit.Format.PERCENT ? "0%" : axisFormat);
        values.setCrossBetween(AxisCrossBetween.BETWEEN);
        values.setMajorTickMark(AxisTickMark.OUT);
        if (!belowZero(exhibit)) {
            values.setMinimum(0);
        }
        XDDFShapeProperties grid = values.getOrAddMajorGridProperties();
        grid.setLineProperties(line(AXIS_GREY, 0.75));
        return values;
    }

    /** True when a value or tick of the exhibit is below zero (a free cash flow): the axis goes below zero. */
    private static boolean belowZero(Exhibit exhibit) {
        return exhibit.series().stream().flatMap(s -> s.values().stream()).anyMatch(v -> v != null && v < 0)
                || exhibit.annotations().stream().anyMatch(a -> a.tick() != null && a.tick() < 0);
    }

    /** Use the axis format given here, not the cells' format (which would show "$100.0B" ticks). */
    private static void ownAxisFormat(XSSFChart chart) {
        for (var axis : chart.getCTChart().getPlotArea().getValAxList()) {
            if (axis.isSetNumFmt()) {
                axis.getNumFmt().setSourceLinked(false);
            }
        }
    }

    private static void legend(XSSFChart chart) {
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        chart.getOrAddLegend().setOverlay(false);
    }

    private static XDDFCategoryDataSource categorySource(ChartFrame frame) {
        return XDDFDataSourcesFactory.fromArray(frame.categories().toArray(new String[0]), frame.categoriesRef());
    }

    private static XDDFNumericalDataSource<Double> numbers(ChartSeries s) {
        return XDDFDataSourcesFactory.fromArray(s.values().toArray(new Double[0]), s.valuesRef());
    }

    /** Custom error bars whose lengths are read from sheet ranges, drawn as thin dark whiskers. */
    private static void whiskers(XDDFBarChartData.Series series, ChartSeries below, ChartSeries above) {
        CTErrBars bars = series.getCTBarSer().addNewErrBars();
        bars.addNewErrBarType().setVal(STErrBarType.BOTH);
        bars.addNewErrValType().setVal(STErrValType.CUST);
        bars.addNewNoEndCap().setVal(false);
        fillRef(bars.addNewPlus().addNewNumRef(), above);
        fillRef(bars.addNewMinus().addNewNumRef(), below);
        XDDFShapeProperties shape = new XDDFShapeProperties();
        shape.setLineProperties(line(WHISKER, 1.5));
        bars.setSpPr(shape.getXmlObject());
    }

    private static void fillRef(CTNumRef ref, ChartSeries s) {
        ref.setF(s.valuesRef());
        CTNumData cache = ref.addNewNumCache();
        cache.setFormatCode("General");
        cache.addNewPtCount().setVal(s.values().size());
        for (int i = 0; i < s.values().size(); i++) {
            Double v = s.values().get(i);
            if (v != null) {
                var pt = cache.addNewPt();
                pt.setIdx(i);
                pt.setV(Double.toString(v));
            }
        }
    }

    /**
     * The marker's size, written into the XML directly: poi-ooxml-lite has no type for it, so the
     * typed setter cannot load. It goes right after the marker's symbol, where the schema puts it.
     */
    private static void markerSize(XDDFLineChartData.Series series, int points) {
        var marker = series.getCTLineSer().getMarker();
        try (org.apache.xmlbeans.XmlCursor c = marker.getSymbol().newCursor()) {
            c.toEndToken();
            c.toNextToken();
            c.beginElement(new javax.xml.namespace.QName(CHART_NS, "size", "c"));
            c.insertAttributeWithValue("val", Integer.toString(points));
        }
    }

    private static void markerColour(XDDFLineChartData.Series series, Color fill, Color outline) {
        var marker = series.getCTLineSer().getMarker();
        XDDFShapeProperties shape = new XDDFShapeProperties();
        shape.setFillProperties(solid(fill));
        shape.setLineProperties(line(outline, 1.0));
        marker.setSpPr(shape.getXmlObject());
    }

    private static XDDFSolidFillProperties solid(Color c) {
        // from(byte[]) writes sRGB; from(int, int, int) would write scRGB percentages and draw black
        return new XDDFSolidFillProperties(XDDFColor.from(new byte[]{(byte) c.getRed(), (byte) c.getGreen(),
                (byte) c.getBlue()}));
    }

    private static XDDFLineProperties line(Color c, double points) {
        XDDFLineProperties line = new XDDFLineProperties(solid(c));
        line.setWidth(points);
        return line;
    }
}
