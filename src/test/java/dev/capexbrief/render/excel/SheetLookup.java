package dev.capexbrief.render.excel;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Finding what a user sees on a sheet: a cell by its text, a table's columns by their headers. */
final class SheetLookup {
    private SheetLookup() {
    }

    /** The first cell, top to bottom, that reads {@code text}. */
    static XSSFCell find(XSSFSheet sheet, String text) {
        return find(sheet, text, 0);
    }

    /** The first cell at or below row {@code from} that reads {@code text}. */
    static XSSFCell find(XSSFSheet sheet, String text, int from) {
        for (var row : sheet) {
            if (row.getRowNum() < from) {
                continue;
            }
            for (var cell : row) {
                if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(text)) {
                    return (XSSFCell) cell;
                }
            }
        }
        throw new AssertionError("no cell reads '" + text + "' on " + sheet.getSheetName());
    }

    /** A header row's columns by their text. */
    static Map<String, Integer> headers(XSSFSheet sheet, int headerRow) {
        Map<String, Integer> out = new HashMap<>();
        for (var cell : sheet.getRow(headerRow)) {
            if (cell.getCellType() == CellType.STRING && !cell.getStringCellValue().isEmpty()) {
                out.putIfAbsent(cell.getStringCellValue(), cell.getColumnIndex());
            }
        }
        return out;
    }

    /** The cell of row {@code r} under the header {@code header} of the header row {@code headerRow}. */
    static XSSFCell under(XSSFSheet sheet, int headerRow, String header, int r) {
        Integer c = headers(sheet, headerRow).get(header);
        assertThat(c).as("a column headed '%s' on row %d of %s", header, headerRow + 1, sheet.getSheetName()).isNotNull();
        XSSFRow row = sheet.getRow(r);
        return row == null ? null : row.getCell(c);
    }

    /** "C12" for a cell. */
    static String a1(int r, int c) {
        return new CellReference(r, c).formatAsString();
    }

    static String formula(XSSFCell cell) {
        assertThat(cell.getCellType()).as("cell %s", cell.getReference()).isEqualTo(CellType.FORMULA);
        return cell.getCellFormula();
    }

    static double cached(XSSFCell cell) {
        if (cell.getCellType() == CellType.FORMULA) {
            assertThat(cell.getCachedFormulaResultType()).as("cached type of %s", cell.getReference())
                    .isEqualTo(CellType.NUMERIC);
        }
        return cell.getNumericCellValue();
    }
}
