package dev.capexbrief.render.excel;

import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
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
import java.util.List;

/**
 * Native Excel charts (DrawingML through POI's XDDF): their series point at the sheet ranges, so
 * an analyst who changes a number sees the chart follow, and each company keeps its colour from
 * the theme, the same as in the PDF.
 */
final class NativeCharts {
    /** Companies a chart shows at most: past this a chart is unreadable (the tables hold everyone). */
    static final int MAX_COMPANIES = 10;

    private static final Color AXIS_GREY = new Color(0xBF, 0xBF, 0xBF);
    private static final Color WHISKER = new Color(0x26, 0x26, 0x26);

    private final String axisFormat;

    NativeCharts(String moneyFormat) {
        // whole billions on the axis: "$100B", not "$100.0B"
        this.axisFormat = moneyFormat.replace("#,##0.0", "#,##0");
    }

    /**
     * Horizontal bars, one per company in its colour, largest at the top, with whiskers from the
     * low to the high end of a guided range (the whisker lengths come from two helper ranges).
     */
    XSSFChart rangeBars(XSSFSheet sheet, ChartFrame frame, ChartSeries bars, List<Color> pointColors,
                        ChartSeries below, ChartSeries above) {
        XSSFChart chart = chart(sheet, frame);
        XDDFCategoryAxis categories = chart.createCategoryAxis(AxisPosition.LEFT);
        categories.setOrientation(AxisOrientation.MAX_MIN);
        categories.setMajorTickMark(AxisTickMark.NONE);
        XDDFValueAxis values = valueAxis(chart, AxisPosition.BOTTOM);
        values.setCrosses(AxisCrosses.MAX);
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categories, values);
        data.setBarDirection(BarDirection.BAR);
        data.setBarGrouping(BarGrouping.CLUSTERED);
        data.setVaryColors(false);
        data.setGapWidth(60);
        XDDFBarChartData.Series series = (XDDFBarChartData.Series) data.addSeries(categorySource(frame),
                numbers(bars));
        series.setTitle(bars.name(), new org.apache.poi.ss.util.CellReference(bars.nameRef()));
        for (int i = 0; i < pointColors.size(); i++) {
            // added in index order straight to the XML: getDataPoint(i) searches the list and is quadratic
            var point = series.getCTBarSer().addNewDPt();
            point.addNewIdx().setVal(i);
            XDDFShapeProperties fill = new XDDFShapeProperties();
            fill.setFillProperties(solid(pointColors.get(i)));
            point.setSpPr(fill.getXmlObject());
        }
        chart.plot(data);
        whiskers(series, below, above);
        ownAxisFormat(chart);
        return chart;
    }

    /** Clustered columns: one series per company, categories along the bottom (e.g. fiscal years). */
    XSSFChart columns(XSSFSheet sheet, ChartFrame frame, List<ChartSeries> seriesList) {
        XSSFChart chart = chart(sheet, frame);
        XDDFCategoryAxis categories = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis values = valueAxis(chart, AxisPosition.LEFT);
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categories, values);
        data.setBarDirection(BarDirection.COL);
        data.setBarGrouping(BarGrouping.CLUSTERED);
        data.setVaryColors(false);
        data.setGapWidth(80);
        for (ChartSeries s : seriesList) {
            XDDFChartData.Series series = data.addSeries(categorySource(frame), numbers(s));
            series.setTitle(s.name(), new org.apache.poi.ss.util.CellReference(s.nameRef()));
            series.setFillProperties(solid(s.color()));
        }
        chart.plot(data);
        legend(chart);
        ownAxisFormat(chart);
        return chart;
    }

    /** Lines with markers, one per company; a quarter a company did not report is a gap, not a zero. */
    XSSFChart lines(XSSFSheet sheet, ChartFrame frame, List<ChartSeries> seriesList) {
        XSSFChart chart = chart(sheet, frame);
        XDDFCategoryAxis categories = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis values = valueAxis(chart, AxisPosition.LEFT);
        XDDFLineChartData data = (XDDFLineChartData) chart.createData(ChartTypes.LINE, categories, values);
        data.setVaryColors(false);
        for (ChartSeries s : seriesList) {
            XDDFLineChartData.Series series = (XDDFLineChartData.Series) data.addSeries(categorySource(frame),
                    numbers(s));
            series.setTitle(s.name(), new org.apache.poi.ss.util.CellReference(s.nameRef()));
            series.setSmooth(false);
            series.setMarkerStyle(MarkerStyle.CIRCLE);
            XDDFShapeProperties shape = new XDDFShapeProperties();
            shape.setLineProperties(line(s.color(), 2.25));
            series.setShapeProperties(shape);
            markerColour(series, s.color());
        }
        chart.plot(data);
        chart.displayBlanksAs(DisplayBlanks.GAP);
        legend(chart);
        ownAxisFormat(chart);
        return chart;
    }

    private XSSFChart chart(XSSFSheet sheet, ChartFrame frame) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0,
                frame.col1(), frame.row1(), frame.col2(), frame.row2()));
        chart.setTitleText(frame.title());
        chart.setTitleOverlay(false);
        chart.setAutoTitleDeleted(false);
        // Excel draws a chart frame with rounded corners unless told otherwise
        var space = chart.getCTChartSpace();
        (space.isSetRoundedCorners() ? space.getRoundedCorners() : space.addNewRoundedCorners()).setVal(false);
        return chart;
    }

    private XDDFValueAxis valueAxis(XSSFChart chart, AxisPosition position) {
        XDDFValueAxis values = chart.createValueAxis(position);
        values.setNumberFormat(axisFormat);
        values.setCrossBetween(AxisCrossBetween.BETWEEN);
        values.setMajorTickMark(AxisTickMark.OUT);
        values.setMinimum(0);
        XDDFShapeProperties grid = values.getOrAddMajorGridProperties();
        grid.setLineProperties(line(AXIS_GREY, 0.75));
        return values;
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

    private static void markerColour(XDDFLineChartData.Series series, Color c) {
        var marker = series.getCTLineSer().getMarker();
        XDDFShapeProperties shape = new XDDFShapeProperties();
        shape.setFillProperties(solid(c));
        shape.setLineProperties(line(c, 0.75));
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
