import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontMapper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import freemarker.template.Configuration;
import freemarker.template.Template;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.data.category.DefaultCategoryDataset;
import picocli.CommandLine;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * The least a briefing needs from the libraries capexbrief is built on, for src/bench/run: picocli
 * parses the command line, Jackson reads the CSV, FreeMarker fills one template, POI writes a
 * workbook with one native chart while OpenPDF writes one page with one JFreeChart chart in an
 * embedded TrueType font. Run cold like capexbrief (same JVM flags, its own class-data-sharing
 * archive), it is the floor under any cold briefing made with this stack on the machine.
 */
@CommandLine.Command(name = "library-floor")
public final class LibraryFloor implements Callable<Integer> {
    @CommandLine.Option(names = "--data", required = true)
    Path data;

    @CommandLine.Option(names = "--out", required = true)
    Path out;

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        System.exit(new CommandLine(new LibraryFloor()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        Files.createDirectories(out);
        List<String> companies = new ArrayList<>();
        try (CsvParser csv = new CsvFactory().createParser(data.toFile())) {
            for (JsonToken t = csv.nextToken(); t != null; t = csv.nextToken()) {
                if (t == JsonToken.START_ARRAY && csv.nextToken() == JsonToken.VALUE_STRING) {
                    companies.add(csv.getText());
                }
            }
        }
        Template template = new Template("title", "Capex briefing: <#list companies as c>${c}<#sep>, </#list>",
                new Configuration(Configuration.VERSION_2_3_32));
        StringWriter title = new StringWriter();
        template.process(Map.of("companies", companies.subList(1, Math.min(companies.size(), 5))), title);
        Thread pdf = new Thread(() -> {
            try {
                pdf(title.toString());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        pdf.start();
        workbook();
        pdf.join();
        return 0;
    }

    private void workbook() throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            XSSFSheet sheet = book.createSheet("Guidance");
            for (int r = 0; r < 5; r++) {
                XSSFRow row = sheet.createRow(r);
                row.createCell(0).setCellValue("Company " + r);
                row.createCell(1).setCellValue(10.0 * (r + 1));
            }
            XSSFDrawing drawing = sheet.createDrawingPatriarch();
            XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, 3, 0, 10, 15));
            chart.setTitleText("Guidance");
            XDDFBarChartData bars = (XDDFBarChartData) chart.createData(ChartTypes.BAR,
                    chart.createCategoryAxis(AxisPosition.BOTTOM), chart.createValueAxis(AxisPosition.LEFT));
            bars.addSeries(XDDFDataSourcesFactory.fromStringCellRange(sheet, new CellRangeAddress(0, 4, 0, 0)),
                    XDDFDataSourcesFactory.fromNumericCellRange(sheet, new CellRangeAddress(0, 4, 1, 1)));
            chart.plot(bars);
            try (OutputStream file = Files.newOutputStream(out.resolve("floor.xlsx"))) {
                book.write(file);
            }
        }
    }

    private void pdf(String title) throws Exception {
        byte[] ttf;
        try (InputStream in = LibraryFloor.class.getResourceAsStream("/dev/capexbrief/fonts/DejaVuSans.ttf")) {
            ttf = in.readAllBytes();
        }
        BaseFont pdfFont = BaseFont.createFont("DejaVuSans.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, ttf, null);
        Font awtFont = Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(ttf)).deriveFont(9f);
        DefaultCategoryDataset values = new DefaultCategoryDataset();
        for (int i = 0; i < 5; i++) {
            values.addValue(10.0 * (i + 1), "capex", "Company " + i);
        }
        JFreeChart chart = ChartFactory.createBarChart("Guidance", null, "$B", values);
        chart.getTitle().setFont(awtFont);
        chart.getCategoryPlot().getDomainAxis().setTickLabelFont(awtFont);
        chart.getCategoryPlot().getRangeAxis().setTickLabelFont(awtFont);
        Document document = new Document();
        try (OutputStream file = Files.newOutputStream(out.resolve("floor.pdf"))) {
            PdfWriter writer = PdfWriter.getInstance(document, file);
            document.open();
            document.add(new Paragraph(title, new com.lowagie.text.Font(pdfFont, 12)));
            PdfTemplate form = writer.getDirectContent().createTemplate(400, 250);
            Graphics2D g2 = form.createGraphics(400, 250, new FontMapper() {
                @Override
                public BaseFont awtToPdf(Font font) {
                    return pdfFont;
                }

                @Override
                public Font pdfToAwt(BaseFont font, int size) {
                    return awtFont.deriveFont((float) size);
                }
            });
            chart.draw(g2, new Rectangle2D.Double(0, 0, 400, 250));
            g2.dispose();
            writer.getDirectContent().addTemplate(form, 50, 400);
            document.close();
        }
    }
}
