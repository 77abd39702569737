package dev.capexbrief.render.excel;

import dev.capexbrief.analysis.Briefing;
import dev.capexbrief.analysis.SourceRef;
import dev.capexbrief.dataset.XlsxDatasetReader;
import dev.capexbrief.render.model.BriefingModel;
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

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class WorkbookStructureTest {
    private static final Briefing BRIEFING = Workbooks.briefing(Workbooks.bundled(), Workbooks.YEAR_LATER);
    private static final BriefingModel MODEL = Workbooks.model(BRIEFING);

    private static XSSFWorkbook book() {
        return Workbooks.open(Workbooks.bundledWorkbook(Workbooks.YEAR_LATER));
    }

    @Test
    void sheetsComeInTheAnalystsReadingOrder() throws Exception {
        try (XSSFWorkbook book = book()) {
            List<String> names = new ArrayList<>();
            book.forEach(s -> names.add(s.getSheetName()));
            // the bundled data has revenue and cash flow beside capex: a Cash sheet after the quarters
            assertThat(names).containsExactly("Summary", "Guidance", "History", "Quarterly", "Cash", "Changes", "Data",
                    "Sources & Methodology");
            assertThat(book.getActiveSheetIndex()).isZero();
        }
    }

    @Test
    void theGuidanceChartReadsLiveChartDataWithWhiskersOverTheGuidedRanges() throws Exception {
        try (XSSFWorkbook book = book()) {
            XSSFChart guidance = charts(book).get("Guidance").get(0);
            CTBarSer bars = guidance.getCTChart().getPlotArea().getBarChartArray(0).getSerArray(0);
            assertThat(guidance.getCTChart().getPlotArea().getBarChartArray(0).getBarDir().getVal().toString())
                    .isEqualTo("bar");
            assertThat(bars.isSetErrBars()).isTrue();
            XSSFSheet sheet = book.getSheet("Guidance");
            var values = new org.apache.poi.ss.util.AreaReference(bars.getVal().getNumRef().getF(),
                    org.apache.poi.ss.SpreadsheetVersion.EXCEL2007);
            TableOnSheet table = TableOnSheet.locate(sheet, MODEL.table("guidance").orElseThrow());
            var cells = values.getAllReferencedCells();
            for (int i = 0; i < BRIEFING.guidance().size(); i++) {
                var cell = sheet.getRow(cells[i].getRow()).getCell(cells[i].getCol());
                // the bar's value is a live link to the plan on the guidance table
                assertThat(cell.getCellFormula()).isEqualTo(table.cell(BRIEFING.guidance().get(i).company().id(), "plan")
                        .getReference().replaceAll("([A-Z]+)(\\d+)", "\\$$1\\$$2"));
            }
            String plus = bars.getErrBars().getPlus().getNumRef().getF();
            String minus = bars.getErrBars().getMinus().getNumRef().getF();
            assertThat(plus).startsWith("Guidance!$B$").isNotEqualTo(minus);
            var toHigh = new org.apache.poi.ss.util.AreaReference(plus, org.apache.poi.ss.SpreadsheetVersion.EXCEL2007)
                    .getFirstCell();
            assertThat(sheet.getRow(toHigh.getRow()).getCell(toHigh.getCol()).getCellFormula()).startsWith("IF(ISNUMBER(");
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
            assertThat(names).containsExactlyInAnyOrder("GroupTotal", "GroupGrowth", "HeadlineTotal", "HeadlineGrowth",
                    "Guidance_Companies",
                    "Guidance_Midpoints", "Guidance_PriorActuals", "History_Headline", "RunRates", "AsOfDate");
            TableOnSheet guidance = TableOnSheet.locate(book.getSheet("Guidance"), MODEL.table("guidance").orElseThrow());
            String first = guidance.cell(BRIEFING.guidance().get(0).company().id(), "plan").getReference();
            String last = guidance.cell(BRIEFING.guidance().get(BRIEFING.guidance().size() - 1).company().id(), "plan")
                    .getReference();
            assertThat(book.getName("Guidance_Midpoints").getRefersToFormula()).isEqualTo("Guidance!"
                    + first.replaceAll("([A-Z]+)(\\d+)", "\\$$1\\$$2") + ":" + last.replaceAll("([A-Z]+)(\\d+)", "\\$$1\\$$2"));
            assertThat(book.getName("GroupTotal").getRefersToFormula()).isEqualTo("Guidance!"
                    + guidance.cell("total", "plan").getReference().replaceAll("([A-Z]+)(\\d+)", "\\$$1\\$$2"));
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
                assertThat(sheet.getHeader().getLeft()).contains(MODEL.title());
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
}
