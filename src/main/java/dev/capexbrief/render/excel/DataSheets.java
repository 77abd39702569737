package dev.capexbrief.render.excel;

import dev.capexbrief.dataset.Amount;
import dev.capexbrief.dataset.Dataset;
import dev.capexbrief.dataset.Figure;
import dev.capexbrief.dataset.Qualifier;
import dev.capexbrief.dataset.XlsxDatasetReader;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The Data sheet: every normalized input row under the dataset contract's column names, as an
 * Excel table, so the workbook reads back as capexbrief input. POI lays out the sheet (widths, page
 * setup, table); the rows are written straight from the dataset as sheet XML ({@link SheetXml}),
 * rendered and compressed apart ({@link DataRows}), so a million rows cost no cell objects at all.
 * Past Excel's row limit they continue on "Data (2)", "Data (3)".
 */
final class DataSheets {
    static final String NAME = XlsxDatasetReader.DATA_SHEET;
    /** Rows a sheet holds after its header row. */
    static final int EXCEL_DATA_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows() - 1;
    private static final int[] WIDTHS = {10, 16, 16, 28, 10, 16, 10, 10, 10, 11, 10, 6, 12, 60, 60, 11, 36, 8, 22, 13};

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

    /**
     * Adds the Data sheets for {@code figures} rows at {@code position} in the tab order, each with
     * its widths, page setup and table, and no rows: those are rendered apart ({@link DataRows}).
     */
    List<XSSFSheet> write(XSSFWorkbook book, int figures, PageSetup page, int position) {
        List<XSSFSheet> sheets = new ArrayList<>();
        List<String> names = names(figures);
        for (int k = 0; k < names.size(); k++) {
            XSSFSheet sheet = book.createSheet(names.get(k));
            book.setSheetOrder(names.get(k), position + k);
            int count = Math.min(figures - k * rowsPerSheet, rowsPerSheet);
            for (int c = 0; c < WIDTHS.length; c++) {
                sheet.setColumnWidth(c, WIDTHS[c] * 256);
            }
            page.apply(sheet, 1, 0);
            // long sources and notes would otherwise spill past the last column onto extra pages
            book.setPrintArea(position + k, 0, WIDTHS.length - 1, 0, Math.max(1, count));
            table(sheet, k, Math.max(1, count));
            sheets.add(sheet);
        }
        return sheets;
    }

    /**
     * The styles the rows use, created first in a new workbook so that their numbers are the ones
     * the rows were rendered with ({@link RowStyles#FIXED}); throws if POI numbered them otherwise.
     */
    static void createStyles(Styles s) {
        RowStyles made = new RowStyles(s.header().getIndex(), s.text().getIndex(), s.quoted(s.text()).getIndex(),
                s.general().getIndex(), s.date().getIndex());
        if (!made.equals(RowStyles.FIXED)) {
            throw new IllegalStateException("the Data sheet's styles were numbered " + made + ", not " + RowStyles.FIXED);
        }
    }

    /** The rows of each Data sheet for a dataset, by sheet. */
    List<Rows> rows(Dataset dataset) {
        List<Figure> figures = dataset.figures();
        List<Rows> out = new ArrayList<>();
        for (int k = 0; k < names(figures.size()).size(); k++) {
            int from = k * rowsPerSheet;
            out.add(new Rows(figures.subList(from, Math.min(figures.size(), from + rowsPerSheet))));
        }
        return out;
    }

    /**
     * The style numbers the rows use. They are fixed, so the rows can be rendered before the
     * workbook exists: a new workbook has one style (0), and {@link #createStyles} makes these next.
     */
    record RowStyles(int header, int text, int quotedText, int general, int date) {
        static final RowStyles FIXED = new RowStyles(1, 2, 3, 4, 5);
    }

    /** One sheet's rows: the header, then one figure a row in the contract's columns. */
    static final class Rows implements SheetBody {
        private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
        private static final LocalDate LEAP_BUG = LocalDate.of(1900, 3, 1);

        private final List<Figure> figures;
        private final RowStyles styles = RowStyles.FIXED;

        Rows(List<Figure> figures) {
            this.figures = figures;
        }

        @Override
        public String dimension() {
            return "A1:" + SheetXml.columnName(XlsxDatasetReader.DATA_COLUMNS.size() - 1) + (figures.size() + 1);
        }

        @Override
        public void write(SheetXml xml) throws IOException {
            List<String> columns = XlsxDatasetReader.DATA_COLUMNS;
            xml.startRow(0, Float.NaN);
            for (int c = 0; c < columns.size(); c++) {
                xml.text(c, columns.get(c), styles.header());
            }
            xml.endRow();
            int r = 1;
            for (Figure f : figures) {
                xml.startRow(r++, Float.NaN);
                row(xml, f);
                xml.endRow();
            }
        }

        /** One figure in the contract's columns; announced stays blank when the data did not state it. */
        private void row(SheetXml xml, Figure f) throws IOException {
            text(xml, 0, f.company().id(), 0);
            text(xml, 1, f.company().name(), 0);
            xml.integer(2, f.company().fiscalYearEnd().getValue(), 0);
            text(xml, 3, f.metric(), 0);
            text(xml, 4, f.kind().code(), 0);
            text(xml, 5, f.period().label(), 0);
            Amount a = f.amount();
            if (a instanceof Amount.Range range) {
                xml.number(7, range.low(), styles.general());
                xml.number(8, range.high(), styles.general());
            } else {
                xml.number(6, a.central(), styles.general());
            }
            text(xml, 9, a.qualifier() == Qualifier.EXACT ? "" : a.qualifier().code(), 0);
            text(xml, 10, f.currency(), 0);
            text(xml, 11, f.unit().code(), 0);
            if (f.announcedStated()) {
                xml.integer(12, serial(f.announced()), styles.date());
            }
            // indented, so a source does not run straight on from the date before it
            text(xml, 13, f.source(), styles.text());
            text(xml, 14, f.note(), styles.text());
            if (f.company().hasCik()) {
                xml.integer(15, f.company().cik(), 0);
            }
            text(xml, 16, f.tag(), 0);
            text(xml, 17, f.form(), 0);
            text(xml, 18, f.accession(), 0);
            text(xml, 19, f.confidence().code(), 0);
            text(xml, 20, f.footnote(), styles.text());
        }

        /**
         * The date's serial day number in Excel's 1900 date system, which counts a 29 February 1900
         * that never was: days since 1899-12-30 from March 1900 on, one fewer before.
         */
        static long serial(LocalDate date) {
            long days = date.toEpochDay() - EXCEL_EPOCH.toEpochDay();
            return date.isBefore(LEAP_BUG) ? days - 1 : days;
        }

        /** Dataset text is always a string cell; text Excel would read as a formula gets a quote prefix. */
        private void text(SheetXml xml, int c, String value, int style) throws IOException {
            if (value == null || value.isEmpty()) {
                return;
            }
            String safe = Text.clean(value);
            xml.text(c, safe, Text.looksLikeFormula(safe) ? styles.quotedText() : style);
        }
    }

    /** The Excel table over the rows (its own autofilter), with the contract's column names as its headers. */
    private static void table(XSSFSheet sheet, int index, int rows) {
        List<String> columns = XlsxDatasetReader.DATA_COLUMNS;
        XSSFTable table = sheet.createTable(new AreaReference(
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
