package dev.capexbrief.render.excel;

import dev.capexbrief.render.model.Column;
import dev.capexbrief.render.model.Row;
import dev.capexbrief.render.model.Table;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a model table is on a sheet, found the way a reader finds it: the row whose headers read
 * the table's column headers, left to right; its rows follow, body first, then totals.
 */
record TableOnSheet(XSSFSheet sheet, Table table, int header, int[] columns) {
    static TableOnSheet locate(XSSFSheet sheet, Table table) {
        List<Column> cols = table.columns();
        for (var row : sheet) {
            int[] found = match((XSSFRow) row, cols);
            if (found != null) {
                return new TableOnSheet(sheet, table, row.getRowNum(), found);
            }
        }
        throw new AssertionError("no header row for table " + table.id() + " on " + sheet.getSheetName());
    }

    private static int[] match(XSSFRow row, List<Column> cols) {
        int[] out = new int[cols.size()];
        int c = 0;
        for (int i = 0; i < cols.size(); i++) {
            while (c <= row.getLastCellNum() && !reads(row.getCell(c), cols.get(i).header())) {
                if (i == 0 || !blank(row.getCell(c))) {
                    return null;
                }
                c++;
            }
            if (c > row.getLastCellNum()) {
                return null;
            }
            out[i] = c++;
        }
        return out;
    }

    private static boolean reads(XSSFCell cell, String text) {
        return cell != null && cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(text);
    }

    private static boolean blank(XSSFCell cell) {
        return cell == null || cell.getCellType() == CellType.BLANK
                || cell.getCellType() == CellType.STRING && cell.getStringCellValue().isEmpty();
    }

    /** The model rows as the sheet lists them. */
    List<Row> rows() {
        List<Row> out = new ArrayList<>(table.body());
        out.addAll(table.totals());
        return out;
    }

    int row(String key) {
        List<Row> rows = rows();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).key().equals(key)) {
                return header + 1 + i;
            }
        }
        throw new AssertionError(table.id() + ": no row " + key);
    }

    XSSFCell cell(String key, String column) {
        XSSFRow r = sheet.getRow(row(key));
        return r == null ? null : r.getCell(columns[table.column(column)]);
    }

    XSSFCell cell(int rowIndex, int column) {
        XSSFRow r = sheet.getRow(header + 1 + rowIndex);
        return r == null ? null : r.getCell(columns[column]);
    }
}
