package dev.capexbrief.render.excel;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Opens the workbooks in a real spreadsheet application: LibreOffice, headless, told to recalculate
 * every formula on load, saves them again, and every recalculated result must equal the value
 * capexbrief cached. A control workbook with a deliberately wrong cached value proves the
 * recalculation really happened.
 */
class LibreOfficeRecalcTest {
    /** LibreOffice's "Recalculation on file load" for Excel files: 0 = always. */
    private static final String ALWAYS_RECALCULATE = """
            <?xml version="1.0" encoding="UTF-8"?>
            <oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" \
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
            <item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse">\
            <value>0</value></prop></item>
            <item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse">\
            <value>0</value></prop></item>
            </oor:items>
            """;

    @TempDir
    Path dir;

    @Test
    void libreOfficeRecalculatesEveryFormulaToTheCachedValue() throws Exception {
        Path soffice = onPath("soffice");
        assumeTrue(soffice != null, "LibreOffice (soffice) is not installed");
        Path in = Files.createDirectories(dir.resolve("in"));
        Path out = Files.createDirectories(dir.resolve("out"));
        List<Path> books = new ArrayList<>();
        for (var asOf : List.of(Workbooks.SEED_DAY, Workbooks.YEAR_LATER)) {
            Path file = in.resolve("briefing-" + asOf + ".xlsx");
            Files.write(file, Workbooks.bundledWorkbook(asOf));
            books.add(file);
        }
        // hundreds of companies: the like-for-like growth is an array product (SUMPRODUCT), which POI cannot check
        Path many = in.resolve("many-companies.xlsx");
        Files.write(many, ManyCompaniesWorkbookTest.workbook());
        books.add(many);
        // the Cash sheet's ratios, free cash flow and group sums over hand-checked figures
        var cash = Workbooks.cashCoverage();
        Path coverage = in.resolve("cash-coverage.xlsx");
        Files.write(coverage, Workbooks.write(Workbooks.model(cash, Workbooks.CASH_DAY), cash));
        books.add(coverage);
        Path control = controlWorkbook(in.resolve("control.xlsx"));
        convert(soffice, out, books, control);

        try (XSSFWorkbook recalculated = open(out.resolve("control.xlsx"))) {
            assertThat(recalculated.getSheetAt(0).getRow(0).getCell(1).getNumericCellValue())
                    .as("LibreOffice recalculated the control workbook (cached 99, formula 1+1)").isEqualTo(2.0);
        }
        for (Path book : books) {
            int compared = compare(book, out.resolve(book.getFileName()));
            assertThat(compared).as(book.getFileName().toString()).isGreaterThan(30);
        }
        assertThat(compareOn(coverage, out.resolve(coverage.getFileName()), Sheets.CASH))
                .as("formulas LibreOffice recalculated on the Cash sheet").isGreaterThan(40);
    }

    /** Compares every formula cell's cached value with LibreOffice's result; returns how many. */
    private static int compare(Path ours, Path theirs) throws IOException {
        return compareOn(ours, theirs, null);
    }

    /** As {@link #compare}, on one sheet only when {@code only} names it. */
    private static int compareOn(Path ours, Path theirs, String only) throws IOException {
        int compared = 0;
        List<String> differences = new ArrayList<>();
        try (XSSFWorkbook mine = open(ours); XSSFWorkbook lo = open(theirs)) {
            for (Sheet sheet : mine) {
                if (only != null && !sheet.getSheetName().equals(only)) {
                    continue;
                }
                Sheet other = lo.getSheet(sheet.getSheetName());
                assertThat(other).as("sheet %s after LibreOffice", sheet.getSheetName()).isNotNull();
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() != CellType.FORMULA) {
                            continue;
                        }
                        compared++;
                        Cell recalculated = other.getRow(row.getRowNum()).getCell(cell.getColumnIndex());
                        double expected = cell.getNumericCellValue();
                        double actual = recalculated.getCellType() == CellType.FORMULA
                                && recalculated.getCachedFormulaResultType() == CellType.NUMERIC
                                || recalculated.getCellType() == CellType.NUMERIC
                                ? recalculated.getNumericCellValue() : Double.NaN;
                        if (!(Math.abs(actual - expected) <= 1e-9 * Math.max(1, Math.abs(expected)))) {
                            differences.add(sheet.getSheetName() + "!" + cell.getAddress() + " =" + cell.getCellFormula()
                                    + ": cached " + expected + ", LibreOffice " + recalculated);
                        }
                    }
                }
            }
        }
        assertThat(differences).as("formulas LibreOffice computes differently").isEmpty();
        return compared;
    }

    private void convert(Path soffice, Path out, List<Path> books, Path control) throws Exception {
        Path profile = Files.createDirectories(dir.resolve("profile/user"));
        Files.writeString(profile.resolve("registrymodifications.xcu"), ALWAYS_RECALCULATE, StandardCharsets.UTF_8);
        List<String> command = new ArrayList<>(List.of(soffice.toString(),
                "-env:UserInstallation=" + dir.resolve("profile").toUri(), "--headless", "--norestore",
                "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", out.toString()));
        books.forEach(b -> command.add(b.toString()));
        command.add(control.toString());
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("soffice.log").toFile()).start();
        assertThat(process.waitFor(180, TimeUnit.SECONDS)).as("soffice finished").isTrue();
        assertThat(process.exitValue()).as(Files.readString(dir.resolve("soffice.log"))).isZero();
    }

    /** =1+1 with a cached 99: only a real recalculation shows 2. */
    private static Path controlWorkbook(Path file) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream os = Files.newOutputStream(file)) {
            var row = book.createSheet("Control").createRow(0);
            row.createCell(0).setCellValue(1);
            var cell = row.createCell(1);
            cell.setCellFormula("1+1");
            cell.setCellValue(99);
            book.write(os);
        }
        return file;
    }

    private static XSSFWorkbook open(Path file) throws IOException {
        try (var in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    private static Path onPath(String program) {
        for (String folder : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(folder, program);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
