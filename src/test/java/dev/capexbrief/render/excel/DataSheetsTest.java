package dev.capexbrief.render.excel;

import dev.capexbrief.dataset.Dataset;
import dev.capexbrief.dataset.XlsxDatasetReader;
import dev.capexbrief.render.text.Theme;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class DataSheetsTest {

    @Test
    void everyInputRowIsOnTheDataSheetUnderTheContractsColumns() throws Exception {
        Dataset d = Workbooks.bundled();
        try (XSSFWorkbook book = Workbooks.open(Workbooks.bundledWorkbook(Workbooks.SEED_DAY))) {
            XSSFSheet data = book.getSheet("Data");
            assertThat(data.getLastRowNum()).isEqualTo(d.figures().size());
            List<String> header = new ArrayList<>();
            data.getRow(0).forEach(c -> header.add(c.getStringCellValue()));
            assertThat(header).isEqualTo(XlsxDatasetReader.DATA_COLUMNS);
            Row first = data.getRow(1);
            assertThat(first.getCell(0).getStringCellValue()).isEqualTo(d.figures().get(0).company().id());
            assertThat(first.getCell(6).getNumericCellValue())
                    .isEqualTo(d.figures().get(0).amount().central().doubleValue());
        }
    }

    @Test
    void textThatLooksLikeAFormulaStaysText() throws Exception {
        Dataset d = Workbooks.csv("""
                company,metric,kind,period,value,announced,source,note
                =CMD,capex,guidance,FY2025,10,2025-01-02,"=HYPERLINK(""http://evil.example"",""click"")",+1+2
                ACME,capex,guidance,FY2026,12,2025-01-03,@SUM(A1),-2+3
                """);
        byte[] xlsx = Workbooks.write(Workbooks.model(d, java.time.LocalDate.of(2025, 1, 10)), d);
        try (XSSFWorkbook book = Workbooks.open(xlsx)) {
            XSSFSheet data = book.getSheet("Data");
            for (int r = 1; r <= 2; r++) {
                for (Cell cell : data.getRow(r)) {
                    assertThat(cell.getCellType()).as(cell.getAddress().toString()).isNotEqualTo(CellType.FORMULA);
                }
            }
            assertThat(data.getRow(1).getCell(0).getStringCellValue()).isEqualTo("=CMD");
            assertThat(data.getRow(1).getCell(13).getStringCellValue()).startsWith("=HYPERLINK(");
            assertThat(data.getRow(1).getCell(13).getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(data.getRow(2).getCell(14).getStringCellValue()).isEqualTo("-2+3");
            for (var sheet : book) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() == CellType.FORMULA) {
                            assertThat(cell.getCellFormula()).doesNotContain("HYPERLINK", "CMD", "evil");
                        }
                    }
                }
            }
        }
        assertThat(new String(xlsx, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("<f>=");
    }

    @Test
    void rowsPastASheetsLimitContinueOnDataTwoAndReadBack() throws Exception {
        Dataset d = Workbooks.bundled();
        int perSheet = 40;
        byte[] xlsx = Workbooks.write(new WorkbookWriter(Theme.defaults(), perSheet),
                Workbooks.model(d, Workbooks.SEED_DAY), d);
        int sheets = (d.figures().size() + perSheet - 1) / perSheet;
        try (XSSFWorkbook book = Workbooks.open(xlsx)) {
            List<String> names = IntStream.range(0, sheets).mapToObj(XlsxDatasetReader::dataSheetName).toList();
            assertThat(names).startsWith("Data", "Data (2)");
            int rows = 0;
            for (String name : names) {
                XSSFSheet sheet = book.getSheet(name);
                assertThat(sheet).as(name).isNotNull();
                assertThat(sheet.getTables()).hasSize(1);
                rows += sheet.getLastRowNum();
            }
            assertThat(rows).isEqualTo(d.figures().size());
            assertThat(book.getSheetIndex("Data (2)")).isEqualTo(book.getSheetIndex("Data") + 1);
            XSSFSheet sources = book.getSheet("Sources & Methodology");
            int section = SheetLookup.find(sources, "Data").getRowIndex();
            assertThat(sources.getRow(section + 1).getCell(0).getStringCellValue()).contains("Data (2)");
        }
        Dataset back = new XlsxDatasetReader().read(new ByteArrayInputStream(xlsx), "split.xlsx");
        assertThat(back.figures()).hasSameSizeAs(d.figures());
    }
}
