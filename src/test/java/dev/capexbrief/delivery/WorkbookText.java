package dev.capexbrief.delivery;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * A briefing's workbook as Excel shows it: a number in its number format, a formula as its cached
 * result (the workbook writes every formula with a numeric one) in the cell's format, text as it is.
 * The tests of what a reader meets read the workbook through here, not through POI's raw values.
 */
final class WorkbookText {
    private static final DataFormatter FORMAT = new DataFormatter(Locale.ROOT);

    private WorkbookText() {
    }

    /** The cell as Excel shows it. */
    static String shown(Cell cell) {
        if (cell.getCellType() != CellType.FORMULA) {
            return FORMAT.formatCellValue(cell);
        }
        return cell.getCachedFormulaResultType() == CellType.NUMERIC
                ? FORMAT.formatRawCellContents(cell.getNumericCellValue(), cell.getCellStyle().getDataFormat(),
                cell.getCellStyle().getDataFormatString())
                : cell.getStringCellValue();
    }

    /**
     * The workbook's rows outside its Data sheets (those hold the dataset's rows as entered, every
     * decimal the source gave), sheet by sheet: of each row, the cells {@code which} keeps, as shown.
     */
    static List<List<String>> rows(Path xlsx, Predicate<Cell> which) throws IOException {
        List<List<String>> out = new ArrayList<>();
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            for (Sheet sheet : book) {
                if (sheet.getSheetName().startsWith("Data")) {
                    continue;
                }
                for (Row row : sheet) {
                    List<String> cells = new ArrayList<>();
                    for (Cell cell : row) {
                        if (which.test(cell)) {
                            cells.add(shown(cell));
                        }
                    }
                    out.add(cells);
                }
            }
        }
        return out;
    }

    /** Every cell of the workbook's rows outside its Data sheets, as shown, in row order. */
    static List<String> cells(Path xlsx, Predicate<Cell> which) throws IOException {
        return rows(xlsx, which).stream().flatMap(List::stream).toList();
    }

    /**
     * The workbook's rows outside its Data sheets, a row a line: each cell as shown and a space after
     * it, a line break inside a cell read as a space.
     */
    static List<String> lines(Path xlsx) throws IOException {
        return rows(xlsx, cell -> true).stream().map(WorkbookText::line).toList();
    }

    private static String line(List<String> cells) {
        StringBuilder line = new StringBuilder();
        cells.forEach(cell -> line.append(cell).append(' '));
        return line.toString().replace('\n', ' ');
    }

    /** Each row of the sheet as its shown cells joined by " | ", blanks left out. */
    static List<String> piped(Sheet sheet) {
        List<String> out = new ArrayList<>();
        for (Row r : sheet) {
            List<String> cells = new ArrayList<>();
            for (Cell c : r) {
                String v = shown(c);
                if (!v.isEmpty()) {
                    cells.add(v);
                }
            }
            out.add(String.join(" | ", cells));
        }
        return out;
    }
}
