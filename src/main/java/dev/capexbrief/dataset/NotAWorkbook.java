package dev.capexbrief.dataset;

import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Tells what a file named {@code .xlsx} is when it is no .xlsx package, from its first bytes, so
 * the message says how to fix it: a password-protected workbook (Excel wraps the encrypted
 * package in an OLE2 container with {@code EncryptionInfo} and {@code EncryptedPackage} streams), an
 * Excel 97-2003 {@code .xls}, a web page or an XML spreadsheet saved under the wrong extension.
 */
final class NotAWorkbook {
    private static final String SAVE_AS = "save it as Excel Workbook (.xlsx)";

    private NotAWorkbook() {
    }

    /** What the file is and how to fix it, or null when it may be an .xlsx package (a zip). */
    static String describe(Path path) {
        FileMagic magic;
        try (InputStream in = FileMagic.prepareToCheckMagic(Files.newInputStream(path))) {
            magic = FileMagic.valueOf(in);
        } catch (IOException | RuntimeException e) {
            return null; // an empty or unreadable file: reported by the package reader
        }
        return switch (magic) {
            case OLE2 -> ole2(path);
            case BIFF2, BIFF3, BIFF4 -> "is an Excel 2-4 worksheet, not an .xlsx workbook; " + SAVE_AS;
            case HTML -> "is a web page (HTML), not an .xlsx workbook; open it in Excel and " + SAVE_AS;
            case XML -> "is an XML file (perhaps an Excel 2003 XML spreadsheet), not an .xlsx workbook; " + SAVE_AS;
            case PDF -> "is a PDF document, not an .xlsx workbook";
            default -> null;
        };
    }

    private static String ole2(Path path) {
        try (POIFSFileSystem fs = new POIFSFileSystem(path.toFile(), true)) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntryCaseInsensitive("EncryptionInfo") || root.hasEntryCaseInsensitive("EncryptedPackage")) {
                return "is password-protected (encrypted), so capexbrief cannot read it: save a copy without the password"
                        + " (in Excel: File > Info > Protect Workbook > Encrypt with Password, clear the password, save)"
                        + " and read that";
            }
            if (root.hasEntryCaseInsensitive("Workbook") || root.hasEntryCaseInsensitive("Book")) {
                return "is an Excel 97-2003 workbook (.xls), not an .xlsx workbook; " + SAVE_AS;
            }
        } catch (IOException | RuntimeException e) {
            // a damaged container: the generic message below
        }
        return "is an OLE2 (Microsoft Office 97-2003) file, not an .xlsx workbook; " + SAVE_AS;
    }
}
