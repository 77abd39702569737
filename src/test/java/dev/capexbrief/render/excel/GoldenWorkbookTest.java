package dev.capexbrief.render.excel;

import dev.capexbrief.analysis.Briefing;
import dev.capexbrief.golden.GoldenFiles;
import dev.capexbrief.render.text.Theme;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Golden files for what POI writes (XlsxWriter's second tier of tests, with our own goldens in
 * place of files saved by Excel): a small workbook made of fixed, hand-built inputs through the
 * project's own classes — {@link Styles}, {@link Grid} cells, the three {@link NativeCharts},
 * {@link Names}, {@link PageSetup} and {@link DocumentProperties} on a fresh {@link XSSFWorkbook},
 * packaged by {@link FixedTimeZip} — and every part of the package compared byte for byte with
 * {@code src/test/resources/dev/capexbrief/render/excel/golden/workbook/}. None of it depends on
 * the briefing's sheets, so a layout change leaves these files alone, while a POI upgrade that
 * writes any part differently fails here and says which part, and where.
 *
 * <p>The parts are compared uncompressed, each with its own golden file, so that a difference names
 * its part. The whole file's SHA-256 is pinned as well: POI and {@link FixedTimeZip} deflate with
 * the runtime's zlib, and both JDKs the project builds with (17 on the system's zlib 1.2.13,
 * Temurin 25 with its bundled zlib 1.3.2) give the same bytes. A runtime whose zlib deflates
 * otherwise (zlib-ng, say) would fail on that hash alone, every part being the same: then the
 * content is as pinned and only its compression differs. The zip layer's own fields are pinned by
 * {@link GoldenZipTest} and by the entry list below.
 *
 * <p>To regenerate after an intended change: {@code mvn -o test -Dtest='Golden*' -Dgolden.update=true},
 * then review {@code git diff src/test/resources} (see the README.txt beside the golden files).
 */
class GoldenWorkbookTest {
    static final String GOLDEN_DIR = "dev/capexbrief/render/excel/golden";
    private static final LocalDate AS_OF = LocalDate.of(2025, 2, 7);
    private static final Color ACCENT = new Color(0x0B, 0x2E, 0x4F);
    private static final Color ORANGE = new Color(0xE6, 0x9F, 0x00);
    private static final Color BLUE = new Color(0x1F, 0x4E, 0x79);
    private static final String PLANS = "'Plans & Totals'";

    private static byte[] xlsx;

    @BeforeAll
    static void write(@TempDir Path dir) throws IOException {
        xlsx = workbook(dir);
    }

    @Test
    void theWorkbookIsTheSameBytesEveryTime(@TempDir Path dir) throws IOException {
        assertThat(workbook(dir)).isEqualTo(xlsx);
    }

    @Test
    void theTimeZoneChangesNothing(@TempDir Path dir) throws IOException {
        java.util.TimeZone zone = java.util.TimeZone.getDefault();
        try {
            java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("Pacific/Kiritimati"));
            assertThat(workbook(dir)).isEqualTo(xlsx);
            java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("America/Los_Angeles"));
            assertThat(workbook(dir)).isEqualTo(xlsx);
        } finally {
            java.util.TimeZone.setDefault(zone);
        }
    }

    @Test
    void everyPartIsItsGoldenFile() throws IOException {
        GoldenFiles golden = new GoldenFiles(GOLDEN_DIR);
        StringBuilder entries = new StringBuilder();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                byte[] part = zip.readAllBytes();
                entries.append(e.getName()).append(' ').append(e.getMethod() == ZipEntry.DEFLATED ? "deflated" : "stored")
                        .append(' ').append(part.length).append(" bytes crc ").append(String.format(java.util.Locale.ROOT, "%08x", e.getCrc()))
                        .append(' ').append(e.getTimeLocal()).append('\n');
                golden.checkText("workbook/" + e.getName(), part);
            }
        }
        golden.checkText("workbook-entries.txt", entries.toString().getBytes(StandardCharsets.UTF_8));
        golden.checkText("workbook.xlsx.sha256", (sha256(xlsx) + "  workbook.xlsx\n" + WHOLE_FILE).getBytes(StandardCharsets.UTF_8));
        golden.checkNoOthers("workbook");
        golden.verify();
    }

    /**
     * The fixed workbook: two sheets of hand-built cells, three charts, a defined name, properties.
     *
     * <p>Written with the default locale set to English: POI writes the JVM's default locale into
     * every chart title ({@code <a:rPr lang="en"/>}, "de-DE" on a German machine), and
     * {@code IsoWeek} formats the week in the default locale's digits (the keywords in
     * {@code docProps/core.xml}), so without this the golden files would depend on the machine.
     * Those are facts about the main code, not about POI versions; when it pins them itself, this
     * can go.
     */
    static byte[] workbook(Path dir) throws IOException {
        java.util.Locale locale = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.ENGLISH);
            return inEnglish(dir);
        } finally {
            java.util.Locale.setDefault(locale);
        }
    }

    private static byte[] inEnglish(Path dir) throws IOException {
        Path poi = Files.createTempFile(dir, "poi-", ".xlsx");
        Map<String, SheetBody> bodies = new LinkedHashMap<>();
        SharedStrings strings = new SharedStrings();
        try {
            try (XSSFWorkbook book = new XSSFWorkbook()) {
                Styles styles = new Styles(book, ACCENT, "USD");
                DataSheets.createStyles(styles);
                XSSFSheet plans = book.createSheet("Plans & Totals");
                XSSFSheet list = book.createSheet("List");
                plansSheet(new Grid(plans, styles), styles);
                listSheet(new Grid(list, styles), styles);
                PageSetup page = new PageSetup("Golden & Co \u00b7 Hyperscaler capex briefing 2025-W06", "As of " + AS_OF);
                page.apply(plans, 3, 2);
                page.apply(list, 0, -1);
                new Names(book).define("Plans_Total", PLANS + "!$B$6:$C$6", "The group's plans by fiscal year");
                new Names(book).define("Amazon_FY2026", PLANS + "!$C$4", "Amazon's FY2026 plan <over $100B>");
                DocumentProperties.apply(book, briefing(), Theme.defaults());
                book.setActiveSheet(0);
                // the analysis sheets' strings are inline; the list's go to the shared table
                SheetCells plansCells = styles.cells(plans);
                plansCells.freeze(null);
                bodies.put(part(plans), plansCells);
                SheetCells listCells = styles.cells(list);
                listCells.freeze(strings);
                bodies.put(part(list), listCells);
                try (OutputStream out = Files.newOutputStream(poi)) {
                    book.write(out);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            FixedTimeZip.copy(poi, out, AS_OF, bodies, strings);
            return out.toByteArray();
        } finally {
            for (SheetBody body : bodies.values()) {
                body.close();
            }
            Files.deleteIfExists(poi);
        }
    }

    /** A table of plans with a total formula, a date, links, a paragraph and a column chart beside it. */
    private static void plansSheet(Grid g, Styles s) {
        g.text(0, 0, "Hyperscaler capex plans", s.title());
        g.text(1, 0, "Billions of US dollars, as guided", s.subtitle());
        g.header(2, 0, "Company", false);
        g.header(2, 1, "FY2025", true);
        g.header(2, 2, "FY2026", true);
        g.header(2, 3, "Change", true);
        g.text(3, 0, "Amazon", s.text());
        g.number(3, 1, new BigDecimal("83.0"), s.money());
        g.number(3, 2, new BigDecimal("100"), s.money());
        g.formula(3, 3, "C4/B4-1", new BigDecimal("0.2048192771"), s.percentChange());
        g.text(4, 0, "Meta", s.text());
        g.number(4, 1, new BigDecimal("39.23"), s.money());
        g.number(4, 2, new BigDecimal("62.5"), s.moneyDerived());
        g.formula(4, 3, "C5/B5-1", new BigDecimal("0.5931685955"), s.percentChange());
        g.text(5, 0, "Total", s.totalLabel());
        g.formula(5, 1, "SUM(B4:B5)", new BigDecimal("122.23"), s.moneyTotal());
        g.formula(5, 2, "SUM(C4:C5)", new BigDecimal("162.5"), s.moneyTotal());
        g.formula(5, 3, "C6/B6-1", new BigDecimal("0.3294608525"), s.percentChangeTotal());
        g.text(7, 0, "As of", s.bold());
        g.date(7, 1, AS_OF, s.dateBold());
        g.text(8, 0, "=not a formula", s.text());
        g.link(9, 0, "Amazon 10-K", "https://www.sec.gov/Archives/edgar/data/1018724/000101872425000004/amzn-20241231.htm");
        g.internalLink(10, 0, "[1]", "List!A2");
        g.paragraph(12, 0, 3, "Meta guided $60\u201365 billion; the midpoint, $62.5 billion, is shown. Amazon said "
                + "\"over $100 billion\" & R&D <is> separate.", s.note(), 40);
        g.applyWidths(40);
        new NativeCharts(s.moneyFormat()).columns(g.sheet(),
                new ChartFrame("Capex by fiscal year", 5, 0, 12, 16, PLANS + "!$B$3:$C$3", List.of("FY2025", "FY2026")),
                List.of(new ChartSeries("Amazon", PLANS + "!$A$4", PLANS + "!$B$4:$C$4", List.of(83.0, 100.0), BLUE),
                        new ChartSeries("Meta", PLANS + "!$A$5", PLANS + "!$B$5:$C$5", List.of(39.23, 62.5), ORANGE)));
    }

    /** Repeated texts (shared), helper columns, a swatch, and a bar chart with whiskers and a line chart. */
    private static void listSheet(Grid g, Styles s) {
        g.header(0, 0, "Company", false);
        g.header(0, 1, "Low", true);
        g.header(0, 2, "High", true);
        g.header(0, 3, "Q1", true);
        g.header(0, 4, "Q2", true);
        g.text(1, 0, "Meta", s.text());
        g.number(1, 1, new BigDecimal("60"), s.money());
        g.number(1, 2, new BigDecimal("65"), s.money());
        g.number(1, 3, new BigDecimal("13.69"), s.money());
        g.text(2, 0, "Amazon", s.text());
        g.number(2, 1, new BigDecimal("100"), s.money());
        g.number(2, 2, new BigDecimal("100"), s.money());
        g.number(2, 3, new BigDecimal("24.3"), s.money());
        g.number(2, 4, new BigDecimal("26.3"), s.money());
        g.text(3, 0, "Meta", s.wrap());
        g.number(1, 5, new BigDecimal("2.5"), s.helper());
        g.number(2, 5, new BigDecimal("0"), s.helper());
        g.text(1, 6, "", s.swatch(ORANGE));
        g.number(1, 7, new BigDecimal("0.0825"), s.rate());
        g.number(1, 8, new BigDecimal("-4.2"), s.percentPoints());
        g.number(1, 9, new BigDecimal("0.031"), s.percent());
        g.integer(1, 10, 2025, s.integer());
        g.number(1, 11, new BigDecimal("1.5"), s.general());
        g.number(1, 12, new BigDecimal("-0.4"), s.moneyChange());
        g.number(1, 13, new BigDecimal("12"), s.moneyFromQuarters());
        g.text(1, 14, "Section", s.section());
        g.applyWidths(30);
        NativeCharts charts = new NativeCharts(s.moneyFormat());
        charts.rangeBars(g.sheet(), new ChartFrame("Guided ranges", 0, 5, 6, 20, "List!$A$2:$A$3", List.of("Meta", "Amazon")),
                new ChartSeries("Midpoint", "List!$B$1", "List!$B$2:$B$3", List.of(62.5, 100.0), BLUE),
                List.of(ORANGE, BLUE),
                new ChartSeries("Below", "List!$F$1", "List!$F$2:$F$3", List.of(2.5, 0.0), BLUE),
                new ChartSeries("Above", "List!$F$1", "List!$F$2:$F$3", List.of(2.5, 0.0), BLUE));
        charts.lines(g.sheet(), new ChartFrame("Quarterly capex", 7, 5, 14, 20, "List!$D$1:$E$1", List.of("Q1", "Q2")),
                List.of(new ChartSeries("Meta", "List!$A$2", "List!$D$2:$E$2", Arrays.asList(13.69, null), ORANGE),
                        new ChartSeries("Amazon", "List!$A$3", "List!$D$3:$E$3", List.of(24.3, 26.3), BLUE)));
    }

    /** The briefing behind the document properties, from a two-line dataset. */
    private static Briefing briefing() {
        return Workbooks.briefing(Workbooks.csv("""
                company,company_name,metric,kind,period,value,low,high,qualifier,announced,source
                AMZN,Amazon,capex,guidance,FY2025,100,,,over,2025-02-06,https://example.com/amzn
                META,Meta,capex,guidance,FY2025,,60,65,,2025-01-29,https://example.com/meta
                """), AS_OF);
    }

    private static final String WHOLE_FILE = "# The whole file, compressed bytes and all. When only this differs, every part is the same\n"
            + "# and the difference is in the zip's compressed data: another zlib (see README.txt).\n";

    private static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String part(XSSFSheet sheet) {
        return sheet.getPackagePart().getPartName().getName().substring(1);
    }
}
