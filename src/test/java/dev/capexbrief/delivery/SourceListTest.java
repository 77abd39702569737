package dev.capexbrief.delivery;

import dev.capexbrief.dataset.DatasetReader;
import dev.capexbrief.render.model.BriefingModel;
import dev.capexbrief.render.model.Source;
import dev.capexbrief.render.text.TemplateSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFHyperlink;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The source list as a reader meets it: in the PDF, every source listed once under its label and
 * whole on one page, the list running on from its title over consecutive pages in two columns that
 * are full on every page but the list's last and balanced there, a web page's label a link to its
 * full address, and no raw address printed; in the workbook, the
 * same label linked to the full address, with the address written out beside it. Read back with
 * PDFBox and POI from the bundled briefing and from the bundled dataset brought up to date with the
 * SEC payloads (when /work/shared holds them), whose 10-Qs and 10-Ks are cited by form and period.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SourceListTest {
    private static final Pattern CITATION = Pattern.compile("\\[(\\d+(?:, \\d+)*)]");

    @TempDir
    static Path dir;
    private final Map<String, Written> briefings = new LinkedHashMap<>();

    /** The PDF's text, link targets and column feet page by page, and the workbook. */
    record Written(BriefingModel model, List<String> pages, List<List<String>> links, List<Feet> feet,
                   XSSFWorkbook workbook) {
        /** The pages (from 0) that list sources, in order. */
        List<Integer> listPages() {
            Set<Integer> out = new TreeSet<>();
            model.sources().forEach(s -> out.add(page(this, s)));
            return List.copyOf(out);
        }

        /** The list's text: the list pages' text from the list's title on. */
        String list() {
            StringBuilder sb = new StringBuilder();
            for (int p : listPages()) {
                String text = pages.get(p);
                sb.append(sb.length() == 0 ? text.substring(title(text)) : text);
            }
            return squeeze(sb.toString());
        }
    }

    /**
     * Where on a page the source list's two columns end (the lowest baseline in each half, from the
     * page's top), between the list's title, if on the page, and the next heading, if on the page.
     */
    record Feet(float left, float right, float textFoot) {
    }

    /** The list's title: the line "Sources". */
    private static final Pattern TITLE = Pattern.compile("(?m)^Sources\\s*$");

    private static int title(String page) {
        Matcher m = TITLE.matcher(page);
        return m.find() ? m.start() : -1;
    }

    @BeforeAll
    void write() throws Exception {
        TemplateSet templates = TemplateSet.load(null);
        DatasetReader reader = new DatasetReader();
        add("bundled", reader.loadBundled(), LocalDate.of(2026, 2, 5), templates);
        // the default briefing: as of the bundled data's newest figure, every filing it imported cited
        add("bundled, latest", reader.loadBundled(), LocalDate.of(2026, 9, 10), templates);
    }

    private void add(String name, DatasetReader.Loaded data, LocalDate asOf, TemplateSet templates)
            throws IOException {
        BriefingJob.Result r = new BriefingJob(data, templates, new OutputLayout(dir.resolve(name), null), "USD")
                .run(asOf, false);
        List<String> pages = new ArrayList<>();
        List<List<String>> links = new ArrayList<>();
        List<Feet> feet = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(r.pdf().toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                pages.add(stripper.getText(doc).replace("\r", ""));
                links.add(uris(doc.getPage(p - 1)));
                ColumnFeet f = new ColumnFeet(doc.getPage(p - 1), r.model().sections().get(r.model().sections().size() - 1)
                        .heading());
                f.setStartPage(p);
                f.setEndPage(p);
                f.setSortByPosition(true);
                f.getText(doc);
                feet.add(f.feet());
            }
        }
        briefings.put(name, new Written(r.model(), pages, links, feet, new XSSFWorkbook(Files.newInputStream(r.xlsx()))));
    }

    /** The lowest baseline in each half of the page below the list's title and above the last section's heading. */
    private static final class ColumnFeet extends PDFTextStripper {
        /** The page's text area ends this far above the paper's foot (PdfBriefingWriter's bottom margin). */
        private static final float FOOTER = 58;
        private final float width;
        private final float height;
        private final String next;
        private float top;
        private float bottom = Float.MAX_VALUE;
        private final List<TextPosition> seen = new ArrayList<>();

        ColumnFeet(PDPage page, String next) throws IOException {
            this.width = page.getMediaBox().getWidth();
            this.height = page.getMediaBox().getHeight();
            this.next = next;
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) throws IOException {
            if (text.strip().equals("Sources") && !positions.isEmpty()) {
                top = positions.get(0).getYDirAdj();
            } else if (text.strip().equals(next) && !positions.isEmpty()) {
                bottom = positions.get(0).getYDirAdj() - 1;
            }
            seen.addAll(positions);
            super.writeString(text, positions);
        }

        Feet feet() {
            float left = 0;
            float right = 0;
            for (TextPosition t : seen) {
                float y = t.getYDirAdj();
                if (y > top && y < bottom && y < height - FOOTER && !t.getUnicode().isBlank()) {
                    if (t.getXDirAdj() + t.getWidthDirAdj() < width / 2) {
                        left = Math.max(left, y);
                    } else if (t.getXDirAdj() > width / 2) {
                        right = Math.max(right, y);
                    }
                }
            }
            return new Feet(left, right, height - FOOTER);
        }
    }

    private static List<String> uris(PDPage page) throws IOException {
        List<String> out = new ArrayList<>();
        for (PDAnnotation a : page.getAnnotations()) {
            if (a instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) {
                out.add(uri.getURI());
            }
        }
        return out;
    }

    Stream<String> names() {
        return briefings.keySet().stream();
    }

    @ParameterizedTest
    @MethodSource("names")
    void everySourceIsListedOnceUnderItsLabelWholeOnOnePage(String name) {
        Written w = briefings.get(name);
        List<Source> sources = w.model().sources();
        assertThat(sources).hasSizeGreaterThan(20);
        List<String> missing = new ArrayList<>();
        for (Source s : sources) {
            if (page(w, s) < 0) {
                missing.add("[" + s.number() + "] " + s.label());
            }
        }
        // (an entry broken over two pages is on neither whole)
        assertThat(missing).as(name + ": sources not listed whole under their label on a page").isEmpty();
        String list = w.list();
        assertThat(sources).as(name + ": sources listed more than once")
                .allSatisfy(s -> assertThat(count(list, listed(s))).isEqualTo(1));
        // the FX table beside the list prints its rates' sources as they are
        Set<String> fx = new java.util.HashSet<>();
        w.model().table("fx-rates").ifPresent(t -> t.rows().forEach(r -> fx.add(r.cell(t.column("source")).text())));
        assertThat(sources.stream().filter(Source::url).filter(s -> !fx.contains(s.text())).map(s -> squeeze(s.text())))
                .as(name + ": web addresses printed raw").noneMatch(list::contains);
    }

    /**
     * The list starts on its title's page, right under it, and runs on over consecutive pages: both
     * columns reach the foot of every page but the list's last, and there they end within a few lines
     * of each other.
     */
    @ParameterizedTest
    @MethodSource("names")
    void theListRunsOnFromItsTitleInColumnsFullOnEachPageAndBalancedOnItsLast(String name) {
        Written w = briefings.get(name);
        List<Integer> pages = w.listPages();
        assertThat(title(w.pages().get(pages.get(0)))).as(name + ": the list's title on its first page").isNotNegative();
        assertThat(pages.get(pages.size() - 1) - pages.get(0) + 1).as(name + ": list pages " + pages + " in a row")
                .isEqualTo(pages.size());
        // a few lines of the list's type: what one source may take
        float lines = 40;
        for (int p : pages) {
            Feet f = w.feet().get(p);
            assertThat(f.left()).as(name + ": page " + (p + 1) + " has a left column").isPositive();
            if (p == pages.get(pages.size() - 1)) {
                assertThat(Math.abs(f.left() - f.right())).as(name + ": page " + (p + 1) + ", the list's last: "
                        + f + " balanced").isLessThan(lines);
            } else {
                assertThat(Math.min(f.left(), f.right())).as(name + ": page " + (p + 1) + ": " + f + " full")
                        .isGreaterThan(f.textFoot() - lines);
            }
        }
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    @ParameterizedTest
    @MethodSource("names")
    void eachWebSourceLinksToItsFullAddressFromTheList(String name) {
        Written w = briefings.get(name);
        List<Source> web = w.model().sources().stream().filter(Source::url).toList();
        assertThat(web).isNotEmpty();
        List<String> links = new ArrayList<>();
        w.listPages().forEach(p -> links.addAll(w.links().get(p)));
        assertThat(links).as(name + ": links on the source list's pages")
                .containsAll(web.stream().map(s -> s.text().strip()).toList());
    }

    @ParameterizedTest
    @MethodSource("names")
    void everyNumberTheTablesCiteIsListedInTheSourceList(String name) {
        Written w = briefings.get(name);
        int page = w.listPages().get(0);
        Set<Integer> cited = new TreeSet<>();
        for (int p = 0; p <= page; p++) {
            String text = w.pages().get(p);
            Matcher m = CITATION.matcher(p < page ? text : text.substring(0, title(text)));
            while (m.find()) {
                for (String n : m.group(1).split(", ")) {
                    cited.add(Integer.parseInt(n));
                }
            }
        }
        assertThat(cited).isNotEmpty();
        Map<Integer, Source> byNumber = new HashMap<>();
        w.model().sources().forEach(s -> byNumber.put(s.number(), s));
        String list = w.list();
        assertThat(cited).allSatisfy(n -> assertThat(list).contains(listed(byNumber.get(n))));
    }

    @Test
    void importedFilingsAreCitedByCompanyFormPeriodAndFilingDay() {
        Written w = briefings.get("bundled, latest");
        String list = w.list();
        for (String label : List.of("Alphabet 10-Q for Q1 2026, filed 2026-04-30", "Alphabet 10-K for FY2025, filed 2026-02-05",
                "Microsoft 10-Q for FY2026 Q3, filed 2026-04-29", "Microsoft 10-K for FY2026, filed 2026-07-29",
                "Meta 10-Q for Q1 2026, filed 2026-04-30")) {
            Source s = w.model().sources().stream().filter(x -> x.label().equals(label)).findFirst().orElseThrow();
            String company = label.substring(0, label.indexOf(' '));
            // listed under its company, which a run of its sources names once: "Alphabet: ... [62] 10-Q for Q1 2026, ..."
            assertThat(s.filer()).isEqualTo(company);
            assertThat(s.brief()).isEqualTo(label.substring(company.length() + 1));
            assertThat(list).contains(squeeze(company + ":")).contains(squeeze("[" + s.number() + "]" + s.brief()));
        }
        Source q1 = w.model().sources().stream().filter(s -> s.label().equals("Alphabet 10-Q for Q1 2026, filed 2026-04-30"))
                .findFirst().orElseThrow();
        assertThat(q1.text()).isEqualTo(
                "https://www.sec.gov/Archives/edgar/data/1652044/000165204426000048/0001652044-26-000048-index.htm");
    }

    /**
     * Sources &amp; Methodology: each source's row has its label linked to the full web address and
     * the address written out in full beside it, linked too.
     */
    @ParameterizedTest
    @MethodSource("names")
    void theWorkbookLinksEachLabelToTheFullAddress(String name) {
        Written w = briefings.get(name);
        XSSFSheet sheet = w.workbook().getSheet("Sources & Methodology");
        Map<String, Row> rows = new HashMap<>();
        for (Row r : sheet) {
            Cell a = r.getCell(0);
            if (a != null && a.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
                rows.putIfAbsent(a.getStringCellValue(), r);
            }
        }
        List<String> wrong = new ArrayList<>();
        for (Source s : w.model().sources()) {
            Row r = rows.get("[" + s.number() + "]");
            if (r == null) {
                wrong.add("[" + s.number() + "]: no row");
                continue;
            }
            String label = r.getCell(2).getStringCellValue();
            if (!label.equals(s.label())) {
                wrong.add("[" + s.number() + "]: label \"" + label + "\", model \"" + s.label() + "\"");
            }
            if (s.url()) {
                String full = s.text().strip();
                if (!full.equals(address(sheet, r.getRowNum(), 2)) || !full.equals(address(sheet, r.getRowNum(), 5))) {
                    wrong.add("[" + s.number() + "]: links " + address(sheet, r.getRowNum(), 2) + " and "
                            + address(sheet, r.getRowNum(), 5) + ", source " + full);
                }
                if (!full.equals(r.getCell(5).getStringCellValue())) {
                    wrong.add("[" + s.number() + "]: address shown \"" + r.getCell(5).getStringCellValue() + "\"");
                }
            }
        }
        assertThat(wrong).as(name + ": " + wrong.size() + " wrong, first: " + (wrong.isEmpty() ? "" : wrong.get(0)))
                .isEmpty();
    }

    private static String address(XSSFSheet sheet, int row, int column) {
        XSSFHyperlink link = sheet.getHyperlink(row, column);
        return link == null || link.getType() != HyperlinkType.URL ? null : link.getAddress();
    }

    /**
     * "[n] label", or in a run of one company's sources, which names the company once, "[n] brief"
     * (the label without the company), white space squeezed out.
     */
    private static String listed(Source s) {
        return squeeze("[" + s.number() + "]" + (s.filer().isEmpty() ? s.label() : s.brief()));
    }

    /** The page (from 0) that lists the source ({@link #listed}), or -1. */
    private static int page(Written w, Source s) {
        String entry = listed(s);
        for (int p = w.pages().size() - 1; p >= 0; p--) {
            if (squeeze(w.pages().get(p)).contains(entry)) {
                return p;
            }
        }
        return -1;
    }

    /** Text without its white space, so a label wrapped onto a second line still reads as one. */
    private static String squeeze(String s) {
        return s.replaceAll("\\s+", "");
    }
}
