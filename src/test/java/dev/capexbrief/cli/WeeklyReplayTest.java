package dev.capexbrief.cli;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Replays a dataset whose guidance moves over six weeks and checks each week's "This week" in the
 * PDF and the files written: one folder per ISO week, re-runs refused without --force and
 * byte-identical with it.
 */
class WeeklyReplayTest {
    @TempDir
    static Path dir;
    static Path data;
    static Path out;
    static final Map<String, String> pageOne = new HashMap<>();
    /** Each week's "This week" rows on the Changes sheet, one line per row: company | period | status | figure | revision | change. */
    static final Map<String, java.util.List<String>> changes = new HashMap<>();

    @BeforeAll
    static void backfill() throws IOException {
        data = dir.resolve("six-weeks.csv");
        try (InputStream in = WeeklyReplayTest.class.getResourceAsStream("/datasets/six-weeks.csv")) {
            Files.copy(in, data, StandardCopyOption.REPLACE_EXISTING);
        }
        out = dir.resolve("output");
        Cli r = Cli.run("brief", "--data", data.toString(), "--from", "2025-W10", "--to", "2025-W15", "--out", out.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("6 briefing(s) written");
        for (int w = 10; w <= 15; w++) {
            String week = "2025-W" + w;
            pageOne.put(week, firstPage(out.resolve(week).resolve("capex-briefing-" + week + ".pdf")));
            changes.put(week, thisWeekRows(out.resolve(week).resolve("capex-briefing-" + week + ".xlsx")));
        }
    }

    /**
     * The rows under the Changes sheet's "This week" heading: company | period | what | figure |
     * before → now; an empty week is the heading's intro line.
     */
    static java.util.List<String> thisWeekRows(Path xlsx) throws IOException {
        java.util.List<String> rows = new java.util.ArrayList<>();
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(xlsx))) {
            org.apache.poi.ss.usermodel.Sheet sheet = book.getSheet("Changes");
            org.apache.poi.ss.usermodel.DataFormatter f = new org.apache.poi.ss.usermodel.DataFormatter(java.util.Locale.ROOT);
            java.util.Map<String, Integer> columns = null;
            int heading = -1;
            int previous = -1;
            for (org.apache.poi.ss.usermodel.Row row : sheet) {
                String first = f.formatCellValue(row.getCell(0));
                if (heading < 0) {
                    heading = first.equals("This week") ? row.getRowNum() : -1;
                    continue;
                }
                if (row.getRowNum() == heading + 1 && first.startsWith("No new guidance")) {
                    rows.add(first);
                    break;
                }
                if (columns == null) {
                    if (first.equals("Company")) {
                        previous = row.getRowNum();
                        columns = new java.util.HashMap<>();
                        for (org.apache.poi.ss.usermodel.Cell c : row) {
                            columns.putIfAbsent(f.formatCellValue(c), c.getColumnIndex());
                        }
                    }
                    continue;
                }
                if (first.isEmpty() || row.getRowNum() != previous + 1) {
                    break; // the blank row after the table (absent from the sheet's XML)
                }
                previous = row.getRowNum();
                java.util.Map<String, Integer> at = columns;
                rows.add(String.join(" | ", java.util.stream.Stream.of("Company", "Period", "What", "Figure",
                        "Before \u2192 now").map(h -> f.formatCellValue(row.getCell(at.get(h)))).toList()));
            }
        }
        return rows;
    }

    @Test
    void changesSheetListsEachWeeksFiguresWithTheirRevision() {
        assertThat(changes.get("2025-W10")).containsExactly("Alpha Cloud | FY2025 | new plan | ~$50B | first plan for FY2025");
        assertThat(changes.get("2025-W11")).containsExactly(
                "Alpha Cloud | FY2025 | raised | ~$55B | ~$50B \u2192 ~$55B",
                "Beta Compute | FY2025 | new plan | $30\u201335B | first plan for FY2025");
        assertThat(changes.get("2025-W12")).singleElement().asString().startsWith("No new guidance this week (2025-03-17");
        assertThat(changes.get("2025-W13")).containsExactly(
                "Beta Compute | FY2025 | raised | $32\u201336B | $30\u201335B \u2192 $32\u201336B");
        assertThat(changes.get("2025-W14")).containsExactly("Alpha Cloud | FY2025 | reiterated | ~$55B | unchanged");
        assertThat(changes.get("2025-W15")).containsExactly(
                "Alpha Cloud | FY2025 | raised | ~$60B | ~$55B \u2192 ~$60B",
                "Gamma AI | FY2025 | new plan | over $10B | first plan for FY2025");
    }

    static String firstPage(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper s = new PDFTextStripper();
            s.setStartPage(1);
            s.setEndPage(1);
            return s.getText(doc).replaceAll("\\s+", " ");
        }
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "2025-W10 | Alpha Cloud FY2025 ~$50B new plan 2025-03-04 first plan for FY2025",
            "2025-W11 | Alpha Cloud FY2025 ~$55B raised 2025-03-12 ~$50B \u2192 ~$55B",
            "2025-W11 | Beta Compute FY2025 $30\u201335B new plan 2025-03-13 first plan for FY2025",
            "2025-W12 | No new guidance this week",
            "2025-W13 | Beta Compute FY2025 $32\u201336B raised 2025-03-26 $30\u201335B \u2192 $32\u201336B",
            "2025-W14 | Alpha Cloud FY2025 ~$55B reiterated 2025-04-02 unchanged",
            "2025-W15 | Alpha Cloud FY2025 ~$60B raised 2025-04-08 ~$55B \u2192 ~$60B",
            "2025-W15 | Gamma AI FY2025 over $10B new plan 2025-04-10 first plan for FY2025",
    })
    void thisWeekOnPageOneListsTheWeeksAnnouncements(String week, String expected) {
        assertThat(pageOne.get(week)).contains(expected);
    }

    @Test
    void weeksDoNotLeakIntoEachOther() {
        assertThat(pageOne.get("2025-W10")).doesNotContain("~$55B").doesNotContain("Beta Compute FY2025 $30");
        assertThat(pageOne.get("2025-W12")).doesNotContain("new plan").doesNotContain("raised 2025");
    }

    @Test
    void rerunWithTheSameInputsIsUpToDateAndChangesNothing() throws IOException {
        Path pdf = out.resolve("2025-W11/capex-briefing-2025-W11.pdf");
        byte[] before = Files.readAllBytes(pdf);
        long modified = Files.getLastModifiedTime(pdf).toMillis();
        Cli r = Cli.run("brief", "--data", data.toString(), "--week", "2025-W11", "--out", out.toString());
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).startsWith("Briefing 2025-W11 as of 2025-03-16 is up to date");
        assertThat(Files.readAllBytes(pdf)).isEqualTo(before);
        assertThat(Files.getLastModifiedTime(pdf).toMillis()).isEqualTo(modified);
    }

    @Test
    void rerunWithForceGivesByteIdenticalFiles() throws IOException {
        Path pdf = out.resolve("2025-W13/capex-briefing-2025-W13.pdf");
        Path xlsx = out.resolve("2025-W13/capex-briefing-2025-W13.xlsx");
        byte[] pdfBefore = Files.readAllBytes(pdf);
        byte[] xlsxBefore = Files.readAllBytes(xlsx);
        Cli r = Cli.run("brief", "--data", data.toString(), "--week", "2025-W13", "--out", out.toString(), "--force");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(Files.readAllBytes(pdf)).isEqualTo(pdfBefore);
        assertThat(Files.readAllBytes(xlsx)).isEqualTo(xlsxBefore);
    }

    @Test
    void weekAsOfIsItsSunday() {
        assertThat(pageOne.get("2025-W10")).contains("2025-03-09");
    }
}
