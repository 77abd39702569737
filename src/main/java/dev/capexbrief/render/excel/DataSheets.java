package dev.capexbrief.render.excel;

import dev.capexbrief.dataset.Amount;
import dev.capexbrief.dataset.Dataset;
import dev.capexbrief.dataset.Figure;
import dev.capexbrief.dataset.Qualifier;
import dev.capexbrief.dataset.XlsxDatasetReader;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFCell;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFTable;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The Data sheet: every normalized input row under the dataset contract's column names, as an
 * Excel table, so the workbook reads back as capexbrief input. Rows stream through SXSSF (only a
 * small window is in memory); past Excel's row limit they continue on "Data (2)", "Data (3)".
 */
final class DataSheets {
    static final String NAME = XlsxDatasetReader.DATA_SHEET;
    /** Rows a sheet holds after its header row. */
    static final int EXCEL_DATA_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows() - 1;
    private static final int[] WIDTHS = {10, 16, 16, 28, 10, 16, 10, 10, 10, 11, 10, 6, 12, 60, 60};

    private final int rowsPerSheet;

    DataSheets(int rowsPerSheet) {
        this.rowsPerSheet = rowsPerSheet;
    }

    /** The sheet names {@code figures} rows need: "Data", then "Data (2)" and so on. */
    List<String> names(int figures) {
        int sheets = Math.max(1, (figures + rowsPerSheet - 1) / rowsPerSheet);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < sheets; i++) {
            out.add(XlsxDatasetReader.dataSheetName(i));
        }
        return out;
    }

    /** Writes the rows, inserting the sheets at {@code position} in the tab order. */
    void write(SXSSFWorkbook book, Dataset dataset, Styles styles, PageSetup page, int position) {
        List<Figure> figures = dataset.figures();
        List<String> names = names(figures.size());
        for (int k = 0; k < names.size(); k++) {
            SXSSFSheet sheet = book.createSheet(names.get(k));
            book.setSheetOrder(names.get(k), position + k);
            int from = k * rowsPerSheet;
            int to = Math.min(figures.size(), from + rowsPerSheet);
            header(sheet, styles);
            for (int i = from; i < to; i++) {
                row(sheet.createRow(i - from + 1), figures.get(i), styles);
            }
            for (int c = 0; c < WIDTHS.length; c++) {
                sheet.setColumnWidth(c, WIDTHS[c] * 256);
            }
            page.apply(sheet, 1, 0);
            // long sources and notes would otherwise spill past the last column onto extra pages
            book.setPrintArea(position + k, 0, WIDTHS.length - 1, 0, Math.max(1, to - from));
            table(book, names.get(k), k, Math.max(1, to - from));
        }
    }

    private static void header(SXSSFSheet sheet, Styles styles) {
        SXSSFRow row = sheet.createRow(0);
        List<String> columns = XlsxDatasetReader.DATA_COLUMNS;
        for (int c = 0; c < columns.size(); c++) {
            SXSSFCell cell = row.createCell(c);
            cell.setCellValue(columns.get(c));
            cell.setCellStyle(styles.header());
        }
    }

    /** One figure in the contract's columns; announced stays blank when the data did not state it. */
    private static void row(SXSSFRow row, Figure f, Styles styles) {
        text(row, 0, f.company().id(), styles);
        text(row, 1, f.company().name(), styles);
        row.createCell(2).setCellValue(f.company().fiscalYearEnd().getValue());
        text(row, 3, f.metric(), styles);
        text(row, 4, f.kind().code(), styles);
        text(row, 5, f.period().label(), styles);
        Amount a = f.amount();
        if (a instanceof Amount.Range r) {
            number(row, 7, r.low(), styles);
            number(row, 8, r.high(), styles);
        } else {
            number(row, 6, a.central(), styles);
        }
        text(row, 9, a.qualifier() == Qualifier.EXACT ? "" : a.qualifier().code(), styles);
        text(row, 10, f.currency(), styles);
        text(row, 11, f.unit().code(), styles);
        if (f.announcedStated()) {
            SXSSFCell cell = row.createCell(12);
            cell.setCellValue(f.announced());
            cell.setCellStyle(styles.date());
        }
        // indented, so a source does not run straight on from the date before it
        text(row, 13, f.source(), styles, styles.text());
        text(row, 14, f.note(), styles, styles.text());
    }

    private static void text(SXSSFRow row, int c, String value, Styles styles) {
        text(row, c, value, styles, null);
    }

    private static void text(SXSSFRow row, int c, String value, Styles styles, XSSFCellStyle style) {
        if (value == null || value.isEmpty()) {
            return;
        }
        SXSSFCell cell = row.createCell(c);
        String safe = Text.clean(value);
        cell.setCellValue(safe);
        if (Text.looksLikeFormula(safe)) {
            cell.setCellStyle(styles.quoted(style == null ? styles.text() : style));
        } else if (style != null) {
            cell.setCellStyle(style);
        }
    }

    private static void number(SXSSFRow row, int c, BigDecimal value, Styles styles) {
        SXSSFCell cell = row.createCell(c);
        cell.setCellValue(value.doubleValue());
        cell.setCellStyle(styles.general());
    }

    /** The Excel table over the rows (its own autofilter); built on the sheet POI keeps outside the stream. */
    private static void table(SXSSFWorkbook book, String sheet, int index, int rows) {
        List<String> columns = XlsxDatasetReader.DATA_COLUMNS;
        XSSFTable table = book.getXSSFWorkbook().getSheet(sheet).createTable(new AreaReference(
                new CellReference(0, 0), new CellReference(rows, columns.size() - 1), SpreadsheetVersion.EXCEL2007));
        String name = index == 0 ? "Data" : "Data" + (index + 1);
        table.setName(name);
        table.setDisplayName(name);
        table.setStyleName("TableStyleMedium2");
        table.getCTTable().getTableStyleInfo().setShowRowStripes(true);
        for (int c = 0; c < columns.size(); c++) {
            table.getCTTable().getTableColumns().getTableColumnArray(c).setName(columns.get(c));
        }
        table.getCTTable().addNewAutoFilter().setRef(table.getCTTable().getRef());
    }
}
