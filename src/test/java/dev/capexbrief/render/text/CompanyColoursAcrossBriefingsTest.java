package dev.capexbrief.render.text;

import dev.capexbrief.analysis.AnalysisOptions;
import dev.capexbrief.analysis.Analyzer;
import dev.capexbrief.analysis.Briefing;
import dev.capexbrief.analysis.GuidanceLine;
import dev.capexbrief.dataset.Dataset;
import dev.capexbrief.dataset.DatasetReader;
import dev.capexbrief.render.chart.ChartTheme;
import dev.capexbrief.render.chart.Charts;
import dev.capexbrief.render.model.BriefingModel;
import dev.capexbrief.render.model.Exhibit;
import dev.capexbrief.render.model.ModelBuilder;
import dev.capexbrief.render.excel.WorkbookWriter;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTBarSer;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTLineSer;

import java.awt.Color;
import java.awt.Font;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13: Oracle was pink in the bundled briefing and Alphabet gold in a briefing of the
 * next-tier companies. Two briefings with different companies, listed in different orders, drawn
 * the way the PDF and the workbook draw them: Oracle is the same vermilion in both.
 */
class CompanyColoursAcrossBriefingsTest {
    private static final Color ORACLE = new Color(0xD55E00);
    private static final LocalDate AS_OF = LocalDate.of(2025, 4, 1);
    private static final String HEADER = "company,company_name,fiscal_year_end,metric,kind,period,value,low,high,"
            + "qualifier,currency,unit,announced,source,note";

    @TempDir
    Path dir;

    @Test
    void oracleIsTheSameColourInTheWorkbookWhoeverElseIsInTheBriefing() throws Exception {
        Dataset big = dataset("big.csv", amazon(), microsoft(), alphabet(), meta(), oracle());
        Dataset next = dataset("next.csv", tencent(), oracle(), alibaba(), newco());
        for (Dataset d : List.of(big, next)) {
            Briefing b = briefing(d);
            try (XSSFWorkbook book = workbook(b, d)) {
                assertThat(historyFill(book, "Oracle")).as(d.name()).isEqualTo(ORACLE);
                assertThat(guidanceFill(book, b, "ORCL")).as(d.name()).isEqualTo(ORACLE);
            }
        }
        try (XSSFWorkbook book = workbook(briefing(next), next)) {
            assertThat(historyFill(book, "Tencent")).isEqualTo(new Color(0x56B4E9));
            assertThat(historyFill(book, "Newco")).as("a company the theme does not list")
                    .isNotIn(ORACLE, new Color(0x56B4E9), new Color(0x954200));
        }
    }

    @Test
    void oracleIsTheSameColourInThePdfChartsWhoeverElseIsInTheBriefing() throws Exception {
        Theme theme = Theme.defaults();
        for (Dataset d : List.of(dataset("big.csv", oracle(), amazon(), microsoft(), alphabet(), meta()),
                dataset("next.csv", alibaba(), newco(), oracle(), tencent()))) {
            Briefing b = briefing(d);
            Font font = new Font(Font.SANS_SERIF, Font.PLAIN, 8);
            // as the PDF draws it: the model's exhibit, each bar in its company's colour
            BriefingModel model = ModelBuilder.of(TemplateSet.load(null)).build(b);
            Exhibit plans = model.exhibits().get(0);
            JFreeChart chart = Charts.create(plans, new ChartTheme(theme, font, font));
            int oracle = indexOf(b.guidance(), "ORCL");
            assertThat(plans.series().get(0).pointColors().get(oracle)).as(d.name()).isEqualTo(ORACLE);
            assertThat(chart.getXYPlot().getRenderer().getSeriesPaint(oracle)).as(d.name()).isEqualTo(ORACLE);
            assertThat(model.color("ORCL")).isEqualTo(ORACLE);
        }
    }

    private XSSFWorkbook workbook(Briefing b, Dataset d) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new WorkbookWriter(Theme.defaults()).write(ModelBuilder.of(TemplateSet.load(null)).build(b), d, out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    /** The line colour of the History chart's series named {@code company}. */
    private static Color historyFill(XSSFWorkbook book, String company) {
        for (CTLineSer s : chart(book, "History").getCTChart().getPlotArea().getLineChartArray(0).getSerArray()) {
            if (s.getTx().getStrRef().getStrCache().getPtArray(0).getV().equals(company)) {
                return color(s.getSpPr().getLn().getSolidFill().getSrgbClr().getVal());
            }
        }
        throw new AssertionError("no History series for " + company);
    }

    /** The fill of the company's bar in the Guidance chart: bars are in the briefing's guidance order. */
    private static Color guidanceFill(XSSFWorkbook book, Briefing b, String id) {
        CTBarSer bars = chart(book, "Guidance").getCTChart().getPlotArea().getBarChartArray(0).getSerArray(0);
        int i = indexOf(b.guidance(), id);
        assertThat(bars.getDPtArray(i).getIdx().getVal()).isEqualTo(i);
        return color(bars.getDPtArray(i).getSpPr().getSolidFill().getSrgbClr().getVal());
    }

    private static XSSFChart chart(XSSFWorkbook book, String sheet) {
        XSSFDrawing drawing = book.getSheet(sheet).getDrawingPatriarch();
        assertThat(drawing).as(sheet + " has a chart").isNotNull();
        return drawing.getCharts().get(0);
    }

    private static int indexOf(List<GuidanceLine> guidance, String id) {
        for (int i = 0; i < guidance.size(); i++) {
            if (guidance.get(i).company().id().equals(id)) {
                return i;
            }
        }
        throw new AssertionError(id + " has no guidance line");
    }

    private static Color color(byte[] rgb) {
        return new Color(rgb[0] & 0xFF, rgb[1] & 0xFF, rgb[2] & 0xFF);
    }

    private Dataset dataset(String name, String... companies) throws Exception {
        Path csv = Files.writeString(dir.resolve(name), HEADER + "\n" + String.join("", companies),
                StandardCharsets.UTF_8);
        return new DatasetReader().read(csv);
    }

    private static Briefing briefing(Dataset d) {
        return new Analyzer().analyze(d, new AnalysisOptions(AS_OF, "USD", null));
    }

    private static String amazon() {
        return company("AMZN", "Amazon", 12, 48, 83, 100, "2025-02-06", "2025-02-06");
    }

    private static String microsoft() {
        return company("MSFT", "Microsoft", 6, 32, 44, 80, "2024-07-30", "2025-01-29");
    }

    private static String alphabet() {
        return company("GOOGL", "Alphabet", 12, 32, 52, 75, "2025-02-04", "2025-02-04");
    }

    private static String meta() {
        return company("META", "Meta", 12, 28, 39, 62, "2025-01-29", "2025-01-29");
    }

    private static String oracle() {
        return company("ORCL", "Oracle", 5, 8, 7, 10, "2024-06-11", "2024-12-09");
    }

    private static String alibaba() {
        return company("BABA", "Alibaba", 3, 4, 3, 8, "2024-05-14", "2025-02-20");
    }

    private static String tencent() {
        return company("0700.HK", "Tencent", 12, 2, 11, 12, "2025-03-19", "2025-03-19");
    }

    private static String newco() {
        return company("NEWCO", "Newco", 12, 1, 2, 3, "2025-02-10", "2025-02-10");
    }

    /** Two annual actuals (FY2023, FY2024) and a FY2025 plan, in US dollar billions. */
    private static String company(String id, String name, int fye, double fy2023, double fy2024, double fy2025,
                                  String reported, String guided) {
        String prefix = id + "," + name + "," + fye + ",capex,";
        String source = ",https://example.com/" + id;
        return prefix + "actual,FY2023," + fy2023 + ",,,,USD,B,2024-01-31" + source + "/2023,\n"
                + prefix + "actual,FY2024," + fy2024 + ",,,,USD,B," + reported + source + "/2024,\n"
                + prefix + "guidance,FY2025," + fy2025 + ",,,about,USD,B," + guided + source + "/plan,\n";
    }
}
