package dev.capexbrief.delivery;

import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

/**
 * A native chart's series as Excel reads them: the name (its cached text), the cached values by
 * point index (null where the cache has no point: a gap) and the first solid fill or line colour.
 */
record ChartSeriesXml(String name, List<Double> values, Color color) {
    private static final String C = "declare namespace c='http://schemas.openxmlformats.org/drawingml/2006/chart'; "
            + "declare namespace a='http://schemas.openxmlformats.org/drawingml/2006/main'; ";

    static List<ChartSeriesXml> of(XSSFChart chart) {
        List<ChartSeriesXml> out = new ArrayList<>();
        XmlObject[] series = chart.getCTChart().getPlotArea().selectPath(C + ".//c:ser");
        for (XmlObject s : series) {
            out.add(new ChartSeriesXml(name(s), values(s), color(s)));
        }
        return out;
    }

    private static String name(XmlObject s) {
        XmlObject[] v = s.selectPath(C + "./c:tx//c:v");
        return v.length == 0 ? "" : text(v[0]);
    }

    private static List<Double> values(XmlObject s) {
        XmlObject[] count = s.selectPath(C + "./c:val//c:numCache/c:ptCount");
        int n = count.length == 0 ? 0 : Integer.parseInt(attr(count[0], "val"));
        List<Double> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(null);
        }
        for (XmlObject pt : s.selectPath(C + "./c:val//c:numCache/c:pt")) {
            int idx = Integer.parseInt(attr(pt, "idx"));
            XmlObject[] v = pt.selectPath(C + "./c:v");
            if (idx < n && v.length > 0) {
                out.set(idx, Double.parseDouble(text(v[0])));
            }
        }
        return out;
    }

    private static Color color(XmlObject s) {
        XmlObject[] fill = s.selectPath(C + "./c:spPr//a:srgbClr");
        if (fill.length == 0) {
            fill = s.selectPath(C + "./c:dPt//a:srgbClr");
        }
        return fill.length == 0 ? null : new Color(Integer.parseInt(attr(fill[0], "val"), 16));
    }

    private static String attr(XmlObject o, String name) {
        try (XmlCursor c = o.newCursor()) {
            return c.getAttributeText(new javax.xml.namespace.QName(name));
        }
    }

    private static String text(XmlObject o) {
        try (XmlCursor c = o.newCursor()) {
            return c.getTextValue();
        }
    }
}
