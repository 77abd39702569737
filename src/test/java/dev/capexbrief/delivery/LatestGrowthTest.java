package dev.capexbrief.delivery;

import dev.capexbrief.dataset.DatasetReader;
import dev.capexbrief.render.text.TemplateSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The capex history table's "Latest growth" says, under every growth, which fiscal year it is: Oracle's
 * +162.4% is FY2026 on FY2025, Amazon's +65.2% FY2025 on FY2024, in the PDF and in the workbook alike,
 * even where the year is the table's last column.
 */
class LatestGrowthTest {
    private static final LocalDate LATEST = LocalDate.of(2026, 9, 10);
    private static final Pattern GROWTH = Pattern.compile("[+-]\\d+\\.\\d%\\S*$");
    private static final Pattern YEAR = Pattern.compile("FY\\d{4}$");

    @TempDir
    static Path dir;
    private static BriefingJob.Result result;

    @BeforeAll
    static void write() throws Exception {
        result = new BriefingJob(new DatasetReader().loadBundled(), TemplateSet.load(null),
                new OutputLayout(dir.resolve("out"), null), "USD").run(LATEST, false);
    }

    @Test
    void everyLatestGrowthInThePdfSaysItsYear() throws Exception {
        List<String> lines;
        try (PDDocument doc = Loader.loadPDF(result.pdf().toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            lines = stripper.getText(doc).lines().map(String::strip).toList();
        }
        int from = lines.indexOf(lines.stream().filter(l -> l.endsWith("Latest")).findFirst().orElseThrow());
        // the table's company rows: a row that ends on a growth, and the line under it (its sub-lines)
        Map<String, String> under = new LinkedHashMap<>();
        for (int i = from + 1; i < lines.size() - 1 && !lines.get(i).startsWith("USD billions"); i++) {
            Matcher g = GROWTH.matcher(lines.get(i));
            if (lines.get(i).startsWith("\u25a0") && g.find()) {
                under.put(lines.get(i), lines.get(i + 1));
            }
        }
        assertThat(under).as("history rows with a growth").hasSizeGreaterThanOrEqualTo(5);
        under.forEach((row, next) -> assertThat(next).as("under \"%s\"", row).containsPattern(YEAR));
        assertThat(under).anySatisfy((row, next) -> {
            assertThat(row).contains("Oracle").endsWith("+162.4%");
            assertThat(next).endsWith("FY2026");
        });
    }

    @Test
    void everyLatestGrowthInTheWorkbookSaysItsYear() throws Exception {
        List<List<String>> rows = new ArrayList<>();
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(result.xlsx()))) {
            Sheet sheet = book.getSheet("History");
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    Cell cell = row.getCell(c);
                    cells.add(cell == null ? "" : WorkbookText.shown(cell));
                }
                rows.add(cells);
            }
        }
        List<String> header = rows.stream().filter(r -> r.contains("Latest growth")).findFirst().orElseThrow();
        int growth = header.indexOf("Latest growth");
        List<String> oracle = rows.stream().filter(r -> !r.isEmpty() && r.get(0).equals("Oracle")).findFirst()
                .orElseThrow();
        assertThat(cell(oracle, growth)).isEqualTo("+162.4%");
        assertThat(cell(oracle, growth + 1)).isEqualTo("FY2026");
        int from = rows.indexOf(header);
        rows.subList(from + 1, rows.size()).stream().takeWhile(r -> r.size() > growth && !r.get(0).isEmpty())
                .filter(r -> r.get(growth).matches("[+-]\\d+\\.\\d%.*"))
                .forEach(r -> assertThat(cell(r, growth + 1)).as("year of %s's growth", r.get(0)).matches("FY\\d{4}"));
    }

    /** The cell's text, "" past the row's last cell. */
    private static String cell(List<String> row, int column) {
        return column < row.size() ? row.get(column) : "";
    }
}
