package dev.capexbrief.render.excel;

import dev.capexbrief.analysis.AnalysisOptions;
import dev.capexbrief.analysis.Analyzer;
import dev.capexbrief.dataset.CsvDatasetReader;
import dev.capexbrief.dataset.Dataset;
import dev.capexbrief.golden.GoldenFiles;
import dev.capexbrief.render.model.BriefingModel;
import dev.capexbrief.render.model.ChartKind;
import dev.capexbrief.render.model.Exhibit;
import dev.capexbrief.render.model.ModelBuilder;
import dev.capexbrief.render.model.Series;
import dev.capexbrief.render.text.TemplateSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Golden files for what POI writes (XlsxWriter's second tier of tests, with our own goldens in
 * place of files saved by Excel): the workbook of a tiny briefing, made through the project's own
 * classes — a two-company CSV dataset written here, the analysis, the fill step with the bundled
 * templates ({@link ModelBuilder}), and {@link WorkbookWriter} — and every part of its package
 * compared byte for byte with {@code src/test/resources/dev/capexbrief/render/excel/golden/workbook/}.
 * The dataset is made to give every native chart the writer draws: range bars with whiskers (a
 * guided range) and a floor, annual lines with a dashed plan series, quarter lines with a gap, run
 * rates with plan ticks, and the step ladder of a revised plan. A POI upgrade that writes any part
 * differently fails here and says which part, and where; so does a change of layout, templates or
 * analysis, which is then reviewed in the golden files' diff.
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
    /**
     * Two companies with two years of actuals and a FY2025 plan each (a floor; a range, raised once);
     * three quarters for one, two for the other (a gap); a share-price move; a source that is not a
     * web address, and text to escape: a company "Beta & Co", and a note that reads
     * {@code "over $100 billion" & R&D <AI>} (CSV-quoted, its first quote escaped for the text block).
     */
    static final String DATASET = """
            company,company_name,fiscal_year_end,metric,kind,period,value,low,high,qualifier,currency,unit,announced,source,note
            AAA,Alpha Cloud,12,capex,actual,FY2023,48.1,,,,USD,B,2024-02-01,https://example.com/alpha/10-k-2023,
            AAA,Alpha Cloud,12,capex,actual,FY2024,83,,,,USD,B,2025-02-06,https://example.com/alpha/q4-2024,
            AAA,Alpha Cloud,12,capex,actual,FY2024Q2,17.6,,,,USD,B,2024-08-01,https://example.com/alpha/q2-2024,
            AAA,Alpha Cloud,12,capex,actual,FY2024Q3,22.6,,,,USD,B,2024-10-31,https://example.com/alpha/q3-2024,
            AAA,Alpha Cloud,12,capex,actual,FY2024Q4,27.8,,,,USD,B,2025-02-06,https://example.com/alpha/q4-2024,
            AAA,Alpha Cloud,12,capex,guidance,FY2025,100,,,at_least,USD,B,2025-02-06,https://example.com/alpha/q4-2024,\"""over $100 billion"" & R&D <AI>"
            BBB,Beta & Co,12,capex,actual,FY2023,28.1,,,,USD,B,2024-02-01,10-K 2023,
            BBB,Beta & Co,12,capex,actual,FY2024,39.2,,,,USD,B,2025-01-29,https://example.com/beta/q4-2024,
            BBB,Beta & Co,12,capex,actual,FY2024Q2,8.5,,,,USD,B,2024-07-31,https://example.com/beta/q2-2024,
            BBB,Beta & Co,12,capex,actual,FY2024Q4,14.8,,,,USD,B,2025-01-29,https://example.com/beta/q4-2024,
            BBB,Beta & Co,12,capex,guidance,FY2025,,55,60,,USD,B,2024-10-30,https://example.com/beta/q3-2024,first plan
            BBB,Beta & Co,12,capex,guidance,FY2025,,60,65,,USD,B,2025-01-29,https://example.com/beta/q4-2024,raised
            BBB,Beta & Co,12,share_price_move,actual,FY2024Q4,1.6,,,,,%,2025-01-30,https://example.com/beta/shares,after hours
            """;
    private static final Pattern LANG = Pattern.compile(" lang=\"([^\"]*)\"");

    private static byte[] xlsx;

    @BeforeAll
    static void write() {
        xlsx = workbook();
    }

    /** If the model stops drawing one of these from the dataset, the goldens no longer cover it: say so. */
    @Test
    void theDatasetGivesEveryKindOfNativeChart() {
        List<Exhibit> exhibits = model(dataset()).exhibits();
        assertThat(exhibits).extracting(Exhibit::kind).containsExactlyInAnyOrder(ChartKind.values());
        assertThat(exhibit(exhibits, ChartKind.RANGE_BARS).annotations()).as("a guided range and a floor")
                .anyMatch(a -> a.low() != null && a.high() != null).anyMatch(a -> a.floor());
        assertThat(exhibit(exhibits, ChartKind.ANNUAL_LINES).series()).extracting(Series::role).as("a dashed plan")
                .contains(Series.Role.ACTUAL, Series.Role.PLAN);
        assertThat(exhibit(exhibits, ChartKind.QUARTER_LINES).series()).as("a quarter missing between two")
                .anyMatch(s -> s.values().get(0) != null && s.values().get(1) == null && s.values().get(2) != null);
        assertThat(exhibits.stream().filter(e -> e.id().equals("run-rate")).findFirst().orElseThrow().annotations())
                .as("plan ticks")
                .isNotEmpty().allMatch(a -> a.tick() != null);
        assertThat(exhibit(exhibits, ChartKind.STEP_LADDER).series()).extracting(Series::role).as("steps and statements")
                .contains(Series.Role.ACTUAL, Series.Role.PLAN);
    }

    @Test
    void theWorkbookIsTheSameBytesEveryTime() {
        assertThat(workbook()).isEqualTo(xlsx);
    }

    @Test
    void theTimeZoneChangesNothing() {
        TimeZone zone = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
            assertThat(differences(workbook(), xlsx)).isEmpty();
            TimeZone.setDefault(TimeZone.getTimeZone("America/Los_Angeles"));
            assertThat(differences(workbook(), xlsx)).isEmpty();
        } finally {
            TimeZone.setDefault(zone);
        }
    }

    /**
     * POI writes the JVM's default locale into a chart title's run ({@code <a:rPr lang="de-DE"/>} on
     * a German machine) unless told otherwise: the charts say US English wherever they are made.
     * Turkish case rules and Arabic-Indic digits change nothing either.
     */
    @ParameterizedTest
    @ValueSource(strings = {"de-DE", "tr-TR", "ar-EG"})
    void theDefaultLocaleChangesNothing(String tag) {
        Locale locale = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag(tag));
            byte[] written = workbook();
            assertThat(differences(written, xlsx)).isEmpty();
            assertThat(written).isEqualTo(xlsx);
        } finally {
            Locale.setDefault(locale);
        }
    }

    @Test
    void everyChartTitleIsInUsEnglish() {
        Map<String, byte[]> parts = parts(xlsx);
        List<String> charts = parts.keySet().stream().filter(n -> n.startsWith("xl/charts/")).toList();
        assertThat(charts).hasSize(ChartKind.values().length);
        for (String chart : charts) {
            Matcher m = LANG.matcher(new String(parts.get(chart), StandardCharsets.UTF_8));
            List<String> langs = new ArrayList<>();
            while (m.find()) {
                langs.add(m.group(1));
            }
            assertThat(langs).as(chart).isNotEmpty().containsOnly("en-US");
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
                        .append(' ').append(part.length).append(" bytes crc ").append(String.format(Locale.ROOT, "%08x", e.getCrc()))
                        .append(' ').append(e.getTimeLocal()).append('\n');
                golden.checkText("workbook/" + e.getName(), part);
            }
        }
        golden.checkText("workbook-entries.txt", entries.toString().getBytes(StandardCharsets.UTF_8));
        golden.checkText("workbook.xlsx.sha256", (sha256(xlsx) + "  workbook.xlsx\n" + WHOLE_FILE).getBytes(StandardCharsets.UTF_8));
        golden.checkNoOthers("workbook");
        golden.verify();
    }

    /** The tiny briefing's workbook, every step as a run takes it, from the dataset to the bytes. */
    static byte[] workbook() {
        Dataset dataset = dataset();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new WorkbookWriter(TemplateSet.load(null).theme()).write(model(dataset), dataset, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static Dataset dataset() {
        try {
            return new CsvDatasetReader().read(new ByteArrayInputStream(DATASET.getBytes(StandardCharsets.UTF_8)),
                    "golden.csv");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static BriefingModel model(Dataset dataset) {
        return ModelBuilder.of(TemplateSet.load(null))
                .build(new Analyzer().analyze(dataset, new AnalysisOptions(AS_OF, "USD", null)));
    }

    private static Exhibit exhibit(List<Exhibit> exhibits, ChartKind kind) {
        return exhibits.stream().filter(e -> e.kind() == kind).findFirst().orElseThrow();
    }

    /** The package's parts by name, in order, uncompressed. */
    static Map<String, byte[]> parts(byte[] xlsx) {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                out.put(e.getName(), zip.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Each part that differs, with the text around its first difference, so a failure names the part. */
    static List<String> differences(byte[] actual, byte[] expected) {
        Map<String, byte[]> a = parts(actual);
        Map<String, byte[]> e = parts(expected);
        List<String> out = new ArrayList<>();
        if (!List.copyOf(a.keySet()).equals(List.copyOf(e.keySet()))) {
            out.add("parts " + a.keySet() + ", expected " + e.keySet());
        }
        for (Map.Entry<String, byte[]> part : e.entrySet()) {
            byte[] written = a.get(part.getKey());
            if (written != null && !java.util.Arrays.equals(written, part.getValue())) {
                out.add(part.getKey() + ": " + firstDifference(new String(part.getValue(), StandardCharsets.UTF_8),
                        new String(written, StandardCharsets.UTF_8)));
            }
        }
        return out;
    }

    private static String firstDifference(String expected, String actual) {
        int i = 0;
        while (i < Math.min(expected.length(), actual.length()) && expected.charAt(i) == actual.charAt(i)) {
            i++;
        }
        return "at character " + i + ": expected \u2026" + around(expected, i) + "\u2026 but was \u2026" + around(actual, i)
                + "\u2026";
    }

    private static String around(String s, int i) {
        return s.substring(Math.max(0, i - 40), Math.min(s.length(), i + 40));
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
}
