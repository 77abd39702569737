package dev.capexbrief.render.excel;

import dev.capexbrief.analysis.AnnualSeries;
import dev.capexbrief.analysis.Briefing;
import dev.capexbrief.analysis.SourceRef;
import dev.capexbrief.dataset.XlsxDatasetReader;
import dev.capexbrief.render.text.Theme;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTBarSer;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTLineSer;

import java.awt.Color;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class WorkbookStructureTest {
    private static final Briefing BRIEFING = Workbooks.briefing(Workbooks.bundled(), Workbooks.YEAR_LATER);

    private static XSSFWorkbook book() {
        return Workbooks.open(Workbooks.bundledWorkbook(Workbooks.YEAR_LATER));
    }

    @Test
    void sheetsComeInTheAnalystsReadingOrder() throws Exception {
        try (XSSFWorkbook book = book()) {
            List<String> names = new ArrayList<>();
            book.forEach(s -> names.add(s.getSheetName()));
            assertThat(names).containsExactly("Summary", "Guidance", "History", "Quarterly", "Changes", "Data",
                    "Sources & Methodology");
            assertThat(book.getActiveSheetIndex()).isZero();
        }
    }

    @Test
    void threeNativeChartsReferenceSheetRangesInTheCompanyColours() throws Exception {
        try (XSSFWorkbook book = book()) {
            Map<String, List<XSSFChart>> charts = charts(book);
            assertThat(charts.values().stream().mapToInt(List::size).sum()).isEqualTo(3);
            XSSFChart guidance = charts.get("Guidance").get(0);
            CTBarSer bars = guidance.getCTChart().getPlotArea().getBarChartArray(0).getSerArray(0);
            assertThat(guidance.getCTChart().getPlotArea().getBarChartArray(0).getBarDir().getVal().toString())
                    .isEqualTo("bar");
            assertThat(bars.getVal().getNumRef().getF()).isEqualTo("Guidance!$E$5:$E$" + (4 + BRIEFING.guidance().size()));
            assertThat(bars.isSetErrBars()).isTrue();
            assertThat(bars.getErrBars().getPlus().getNumRef().getF()).startsWith("Guidance!$Q$5");
            assertThat(bars.getErrBars().getMinus().getNumRef().getF()).startsWith("Guidance!$P$5");
            for (int i = 0; i < BRIEFING.guidance().size(); i++) {
                Color expected = Theme.defaults().companyColor(BRIEFING.guidance().get(i).company().colorIndex());
                assertThat(hex(bars.getDPtArray(i).getSpPr().getSolidFill().getSrgbClr().getVal())).isEqualTo(hex(expected));
            }
            XSSFChart history = charts.get("History").get(0);
            List<AnnualSeries> headline = BRIEFING.history().stream().filter(AnnualSeries::headline).toList();
            CTBarSer[] columns = history.getCTChart().getPlotArea().getBarChartArray(0).getSerArray();
            assertThat(columns).hasSize(headline.size());
            for (int i = 0; i < columns.length; i++) {
                assertThat(columns[i].getTx().getStrRef().getStrCache().getPtArray(0).getV())
                        .isEqualTo(headline.get(i).company().name());
                assertThat(columns[i].getVal().getNumRef().getF()).startsWith("History!$D$" + (5 + i));
                assertThat(hex(columns[i].getSpPr().getSolidFill().getSrgbClr().getVal()))
                        .isEqualTo(hex(Theme.defaults().companyColor(headline.get(i).company().colorIndex())));
            }
            CTLineSer[] lines = charts.get("Quarterly").get(0).getCTChart().getPlotArea().getLineChartArray(0).getSerArray();
            assertThat(lines).hasSize(BRIEFING.quarterly().size());
            assertThat(lines[0].getVal().getNumRef().getF()).startsWith("Quarterly!$B$");
        }
    }

    @Test
    void dataAndFxAreExcelTablesAndKeyRangesHaveNames() throws Exception {
        try (XSSFWorkbook book = book()) {
            List<String> tables = new ArrayList<>();
            book.forEach(s -> ((XSSFSheet) s).getTables().forEach(t -> tables.add(t.getName())));
            assertThat(tables).containsExactlyInAnyOrder("Data", "FxRates");
            XSSFTable data = book.getSheet("Data").getTables().get(0);
            assertThat(data.getCTTable().getAutoFilter().getRef())
                    .isEqualTo("A1:" + SheetXml.columnName(XlsxDatasetReader.DATA_COLUMNS.size() - 1)
                            + (Workbooks.bundled().figures().size() + 1));
            List<String> names = book.getAllNames().stream().filter(n -> !n.getNameName().startsWith("_xlnm"))
                    .map(Name::getNameName).toList();
            assertThat(names).containsExactlyInAnyOrder("GroupTotal", "GroupGrowth", "Guidance_Companies",
                    "Guidance_Midpoints", "Guidance_PriorActuals", "History_Headline", "RunRates", "AsOfDate");
            assertThat(book.getName("Guidance_Midpoints").getRefersToFormula())
                    .isEqualTo("Guidance!$E$5:$E$" + (4 + BRIEFING.guidance().size()));
        }
    }

    @Test
    void propertiesAndPageSetupMakeItPrintable() throws Exception {
        try (XSSFWorkbook book = book()) {
            var core = book.getProperties().getCoreProperties();
            assertThat(core.getTitle()).contains(BRIEFING.isoWeek());
            assertThat(core.getCreator()).isEqualTo(Theme.defaults().firmName());
            assertThat(core.getCreated().toInstant())
                    .isEqualTo(BRIEFING.asOf().atStartOfDay(ZoneOffset.UTC).toInstant());
            for (Sheet sheet : book) {
                assertThat(sheet.getPrintSetup().getLandscape()).as(sheet.getSheetName()).isTrue();
                assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
                assertThat(sheet.getPrintSetup().getFitHeight()).isZero();
                assertThat(sheet.getFooter().getRight()).isEqualTo("Page &P of &N");
                assertThat(sheet.getHeader().getLeft()).contains("Hyperscaler capex briefing");
                if (!sheet.getSheetName().startsWith("Sources")) {
                    assertThat(sheet.getPaneInformation().isFreezePane()).as(sheet.getSheetName()).isTrue();
                    assertThat(sheet.getPaneInformation().getVerticalSplitPosition()).isEqualTo((short) 1);
                }
            }
        }
    }

    @Test
    void webSourcesAreHyperlinksAndCitationsLinkToThem() throws Exception {
        try (XSSFWorkbook book = book()) {
            XSSFSheet sources = book.getSheet("Sources & Methodology");
            List<String> urls = sources.getHyperlinkList().stream().filter(h -> h.getType() == HyperlinkType.URL)
                    .map(h -> h.getAddress()).toList();
            List<String> expected = BRIEFING.sources().stream().filter(SourceRef::url).map(SourceRef::text).toList();
            assertThat(urls).containsAll(expected);
            assertThat(book.getSheet("Guidance").getHyperlinkList())
                    .allSatisfy(h -> assertThat(h.getAddress()).startsWith("'Sources & Methodology'!A"));
        }
    }

    @Test
    void everyPartPoiCanCheckIsValidAgainstTheSchema() throws Exception {
        try (XSSFWorkbook book = book()) {
            List<XmlObject> parts = new ArrayList<>();
            parts.add(book.getCTWorkbook());
            parts.add(book.getStylesSource().getCTStylesheet());
            for (Sheet s : book) {
                XSSFSheet sheet = (XSSFSheet) s;
                parts.add(sheet.getCTWorksheet());
                sheet.getTables().forEach(t -> parts.add(t.getCTTable()));
            }
            charts(book).values().forEach(list -> list.forEach(c -> parts.add(c.getCTChartSpace())));
            int checked = 0;
            for (XmlObject part : parts) {
                List<org.apache.xmlbeans.XmlError> errors = new ArrayList<>();
                boolean valid;
                try {
                    valid = part.validate(new XmlOptions().setErrorListener(errors));
                } catch (org.apache.xmlbeans.SchemaTypeLoaderException e) {
                    // poi-ooxml-lite carries only the schema types POI itself uses: this part cannot be checked
                    continue;
                }
                assertThat(valid).as(part.schemaType().getName() + ": " + errors).isTrue();
                checked++;
            }
            // the workbook, the styles and every worksheet always; tables and charts where lite has their types
            assertThat(checked).as("parts validated").isGreaterThanOrEqualTo(2 + book.getNumberOfSheets());
        }
    }

    static Map<String, List<XSSFChart>> charts(XSSFWorkbook book) {
        Map<String, List<XSSFChart>> out = new java.util.LinkedHashMap<>();
        for (Sheet s : book) {
            XSSFDrawing drawing = ((XSSFSheet) s).getDrawingPatriarch();
            if (drawing != null && !drawing.getCharts().isEmpty()) {
                out.put(s.getSheetName(), drawing.getCharts());
            }
        }
        return out;
    }

    private static String hex(byte[] rgb) {
        return HexFormat.of().formatHex(rgb);
    }

    private static String hex(Color c) {
        return HexFormat.of().formatHex(new byte[]{(byte) c.getRed(), (byte) c.getGreen(), (byte) c.getBlue()});
    }
}
