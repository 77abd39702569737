package dev.capexbrief.dataset.hostile;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;

/**
 * Workbooks that look fine in Excel but are not what capexbrief can read as they are, built with
 * POI the way a user's tools would leave them: password-protected, an old .xls, a formula saved
 * without its result, the Data sheet renamed.
 */
final class HostileWorkbooks {
    private static final String[] HEADER = HostileInput.HEADER.strip().split(",");
    private static final String[] ROW = HostileInput.GOOD_ROW.strip().split(",", -1);

    private HostileWorkbooks() {
    }

    /** A workbook with the header and {@link HostileInput#GOOD_ROW} on a sheet of that name. */
    static void fill(Workbook book, String sheetName) {
        Sheet data = book.createSheet(sheetName);
        Row h = data.createRow(0);
        for (int i = 0; i < HEADER.length; i++) {
            h.createCell(i).setCellValue(HEADER[i]);
        }
        Row r = data.createRow(1);
        for (int i = 0; i < ROW.length; i++) {
            if (ROW[i].isEmpty()) {
                continue;
            }
            if (HEADER[i].equals("value")) {
                r.createCell(i).setCellValue(Double.parseDouble(ROW[i]));
            } else {
                r.createCell(i).setCellValue(ROW[i]);
            }
        }
    }

    static byte[] xlsx(String sheetName) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fill(book, sheetName);
            book.createSheet("Notes");
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The valid workbook encrypted with a password, as Excel's File > Info > Protect Workbook > Encrypt does. */
    static byte[] encrypted() {
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("secret");
            try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(xlsx("Data")));
                 OutputStream os = encryptor.getDataStream(fs)) {
                pkg.save(os);
            }
            fs.writeFilesystem(out);
            return out.toByteArray();
        } catch (IOException | GeneralSecurityException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An Excel 97-2003 workbook with the valid row. */
    static byte[] xls() {
        try (HSSFWorkbook book = new HSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fill(book, "Data");
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The valid workbook with its value a formula that has no saved result ({@code <f>70+5</f>} and
     * no {@code <v>}), as a script writing with a spreadsheet library leaves it.
     */
    static byte[] uncalculated() {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fill(book, "Data");
            int value = java.util.List.of(HEADER).indexOf("value");
            Row row = book.getSheet("Data").getRow(1);
            row.removeCell(row.getCell(value));
            row.createCell(value).setCellFormula("70+5");
            book.write(out);
            byte[] bytes = out.toByteArray();
            String sheet = new String(HostileXlsxTest.entries(bytes).get("xl/worksheets/sheet1.xml"), StandardCharsets.UTF_8);
            if (!sheet.contains("<f>70+5</f>") || sheet.matches("(?s).*<f>70\\+5</f><v>.*")) {
                throw new IllegalStateException("POI wrote a cached value: " + sheet);
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The valid workbook with its announcement date a date cell: stored as Excel's serial number 45692. */
    static byte[] dateCell() {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fill(book, "Data");
            int announced = java.util.List.of(HEADER).indexOf("announced");
            org.apache.poi.ss.usermodel.Cell cell = book.getSheet("Data").getRow(1).getCell(announced);
            cell.setCellValue(java.time.LocalDate.of(2025, 2, 4));
            org.apache.poi.ss.usermodel.CellStyle style = book.createCellStyle();
            style.setDataFormat(book.createDataFormat().getFormat("d mmm yyyy"));
            cell.setCellStyle(style);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
