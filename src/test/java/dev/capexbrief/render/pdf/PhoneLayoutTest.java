package dev.capexbrief.render.pdf;

import dev.capexbrief.analysis.AnalysisOptions;
import dev.capexbrief.analysis.Analyzer;
import dev.capexbrief.analysis.Briefing;
import dev.capexbrief.dataset.Dataset;
import dev.capexbrief.dataset.DatasetReader;
import dev.capexbrief.render.model.Block;
import dev.capexbrief.render.model.BriefingModel;
import dev.capexbrief.render.model.Row;
import dev.capexbrief.render.model.Section;
import dev.capexbrief.render.model.Table;
import dev.capexbrief.render.text.TemplateSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The PDF as a portfolio manager reads it on a phone: page one, shown 390 pixels wide, holds the
 * scoreboard in type that needs no pinch-zoom, no type, in the charts or outside them, is under
 * 8 pt, and no page but the last ends more than half empty.
 * Measured on the briefings the issue names (the bundled data as of its newest figure and as of
 * 2026-02-05, the next-tier set, CNY, six weeks of CSV).
 */
class PhoneLayoutTest {
    /** A phone's screen width in CSS pixels (an iPhone 12-15 is 390). */
    private static final int PHONE = 390;
    /**
     * The smallest letter height a phone reader gets without zooming: DejaVu Sans's x-height is 0.55
     * of the type size, so 8 pt type on an A4 page (595 pt) shown 390 px wide has an x-height of
     * 8 × 0.55 × 390 / 595 = 2.9 px and a capital height (0.73) of 3.8 px; 6.8 pt type, what tables
     * were set in before, has a capital height of 3.3 px. We ask for the 8-pt capital height.
     */
    private static final double CAP_HEIGHT_PX = 3.8;
    private static final double CAP_HEIGHT = 0.73;

    record Case(String name, Path data, String asOf, String currency) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> briefings() {
        return Stream.of(new Case("bundled, latest", null, null, "USD"),
                new Case("bundled, 2026-02-05", null, "2026-02-05", "USD"),
                new Case("next tier, latest", Path.of("src/test/resources/datasets/next-tier.yaml"), null, "USD"),
                new Case("bundled, latest, CNY", null, null, "CNY"),
                new Case("six weeks, latest", Path.of("src/test/resources/datasets/six-weeks.csv"), null, "USD"));
    }

    private static BriefingModel model(Case c) {
        try {
            DatasetReader reader = new DatasetReader();
            Dataset d = c.data() == null ? reader.readBundled() : reader.read(c.data());
            LocalDate asOf = c.asOf() == null ? d.latestAnnouncement().orElseThrow() : LocalDate.parse(c.asOf());
            Briefing b = new Analyzer().analyze(d, new AnalysisOptions(asOf, c.currency(), null));
            return PdfFixtures.model(b, TEMPLATES);
        } catch (Exception e) {
            throw new IllegalStateException(c.name(), e);
        }
    }

    private static byte[] pdf(Case c) {
        return PdfFixtures.render(model(c), TEMPLATES);
    }

    private static final TemplateSet TEMPLATES = TemplateSet.load(null);

    @ParameterizedTest(name = "{0}")
    @MethodSource("briefings")
    void textOutsideChartsIsNeverUnderEightPointsAndBodyNeverUnderNine(Case c) throws IOException {
        BriefingModel model = model(c);
        byte[] pdf = PdfFixtures.render(model, TEMPLATES);
        OutsideCharts s;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            s = new OutsideCharts();
            s.getText(doc);
        }
        assertThat(s.smallest).as("smallest type outside the charts, in points").isGreaterThanOrEqualTo(8f - 0.01f);
        // body text: the takeaways and every section's intro, found by their opening words
        List<String> body = new ArrayList<>(model.takeaways());
        model.sections().forEach(x -> body.addAll(x.intro()));
        assertThat(body).isNotEmpty();
        int found = 0;
        for (String p : body) {
            String start = p.substring(0, Math.min(24, p.length()));
            for (java.util.Map.Entry<String, Float> line : s.lines) {
                if (line.getKey().startsWith(start)) {
                    found++;
                    assertThat(line.getValue()).as("body type of \"" + start + "...\"").isGreaterThanOrEqualTo(9f - 0.01f);
                }
            }
        }
        assertThat(found).as("body paragraphs found in the PDF").isGreaterThanOrEqualTo(3);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("briefings")
    void textInsideChartsIsNeverUnderEightPoints(Case c) throws IOException {
        InCharts s;
        try (PDDocument doc = Loader.loadPDF(pdf(c))) {
            s = new InCharts();
            s.getText(doc);
        }
        assertThat(s.letters).as("letters drawn in the charts").isGreaterThan(100);
        assertThat(s.smallest).as("smallest type in the charts, in points").isGreaterThanOrEqualTo(8f - 0.01f);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("briefings")
    void noPageButTheLastEndsMoreThanHalfEmpty(Case c) throws IOException {
        byte[] pdf = pdf(c);
        List<Float> fills = fills(pdf);
        for (int i = 0; i < fills.size() - 1; i++) {
            assertThat(fills.get(i)).as(c + ": page " + (i + 1) + " of " + fills.size() + " filled").isGreaterThan(0.5f);
        }
    }

    /**
     * A page that begins with a table's repeated header row (every word of its column headers, before
     * anything else under the running header) goes on with one of that table's rows, never with its
     * notes alone or the next section.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("briefings")
    void aRepeatedTableHeaderHasRowsUnderIt(Case c) throws IOException {
        BriefingModel model = model(c);
        List<List<String>> pages = textAreaLines(PdfFixtures.render(model, TEMPLATES));
        List<String> bare = new ArrayList<>();
        for (int p = 1; p < pages.size(); p++) {
            List<String> lines = pages.get(p);
            for (Table t : model.tables()) {
                if (t.detail() || t.shortRendering().isEmpty()) {
                    continue;
                }
                java.util.Set<String> header = new java.util.HashSet<>();
                t.columns().stream().filter(x -> !x.detail()).forEach(x -> header.addAll(words(x.header())));
                java.util.Set<String> top = new java.util.HashSet<>();
                int i = 0;
                while (i < lines.size() && header.containsAll(words(lines.get(i), header))) {
                    top.addAll(words(lines.get(i++), header));
                }
                if (!top.containsAll(header)) {
                    continue;
                }
                String next = i < lines.size() ? lines.get(i).replaceFirst("^[^\\p{L}\\p{N}]+", "") : "";
                List<String> rows = t.shortRendering().stream().filter(r -> r.kind() != Row.Kind.TOTAL)
                        .map(r -> r.cell(firstShown(t)).text()).filter(x -> !x.isEmpty()).toList();
                if (rows.stream().noneMatch(next::startsWith)) {
                    bare.add("page " + (p + 1) + ": the header of " + t.id() + " over \"" + next + "\"");
                }
            }
        }
        assertThat(bare).as(c + ": repeated headers without a row under them").isEmpty();
    }

    /**
     * No line ends on a currency, parted from its amount ("Amazon +RMB" over "143B" on the revision
     * card, "26.8% of the RMB" over "5,883B total" in a takeaway).
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("briefings")
    void aCurrencyStaysOnTheLineOfItsAmount(Case c) throws IOException {
        java.util.regex.Pattern parted = java.util.regex.Pattern.compile("(^|\\s)[+~\u2212-]?(RMB|EUR|\\$)$");
        List<List<String>> pages = textAreaLines(pdf(c));
        List<String> ends = new ArrayList<>();
        for (int p = 0; p < pages.size(); p++) {
            for (String line : pages.get(p)) {
                if (parted.matcher(line).find()) {
                    ends.add("page " + (p + 1) + ": \"" + line + "\"");
                }
            }
        }
        assertThat(ends).as(c + ": lines that end on a currency").isEmpty();
    }

    /** A period of months ("Jul 2025–Jun 2026", "Apr–Jun 2026") or a figure with its lead word ("from 18.7%"). */
    private static final java.util.regex.Pattern UNIT = java.util.regex.Pattern.compile(
            "(?:[A-Z][a-z]{2} \\d{4}\u2013)?[A-Z][a-z]{2}(?:\u2013[A-Z][a-z]{2})? \\d{4}|\\b(?:from|was|to) [-+~$\u2212]?\\d[\\d.,]*[%\u00D7B]?");

    /**
     * A table cell never breaks a period of months or a comparison: "Jul 2025–Jun" over "2026" in
     * the twelve-months table, "from" over "18.7%" under a cash-cover ratio. Each one a cell shows is
     * on one line of its page.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("briefings")
    void noTableCellBreaksAPeriodOrAComparison(Case c) throws IOException {
        BriefingModel model = model(c);
        List<String> lines = textAreaLines(PdfFixtures.render(model, TEMPLATES)).stream()
                .flatMap(List::stream).map(l -> l.replaceAll("\\s+", " ")).toList();
        List<String> broken = new ArrayList<>();
        for (Table t : model.tables()) {
            if (t.detail()) {
                continue;
            }
            for (Row r : t.shortRendering()) {
                for (int i = 0; i < t.columns().size(); i++) {
                    if (t.columns().get(i).detail()) {
                        continue;
                    }
                    dev.capexbrief.render.model.Cell cell = r.cell(i);
                    for (String part : List.of(cell.sub(), cell instanceof dev.capexbrief.render.model.Cell.Text x
                            && x.text().length() <= CellPhrases.NOTE_LENGTH ? x.text() : "")) {
                        java.util.regex.Matcher m = UNIT.matcher(part);
                        while (m.find()) {
                            String unit = m.group();
                            if (lines.stream().noneMatch(l -> l.contains(unit))) {
                                broken.add(t.id() + ": " + unit);
                            }
                        }
                    }
                }
            }
        }
        assertThat(broken).as(c + ": periods and comparisons broken across lines").isEmpty();
    }

    /** A CNY amount in a column headed "(RMB B)": its digits alone ("RMB 1,398–1,470B‡" is "1,398–1,470‡"). */
    private static final java.util.regex.Pattern UNCODED =
            java.util.regex.Pattern.compile("RMB (\\d[\\d,]*(?:\\.\\d+)?(?:\u2013\\d[\\d,]*(?:\\.\\d+)?)?)B");

    /**
     * A table's amounts are never split inside their digits ("RMB 1,398–1,4" over "70B‡" in a CNY
     * history column): each money cell's text is in the PDF's text whole, its lines (a narrow cell
     * may set "RMB" over the number) joined by a space.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("briefings")
    void noTableSplitsAnAmount(Case c) throws IOException {
        BriefingModel model = model(c);
        String text;
        try (PDDocument doc = Loader.loadPDF(PdfFixtures.render(model, TEMPLATES))) {
            text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
        List<String> split = new ArrayList<>();
        for (Table t : model.tables()) {
            if (t.detail()) {
                continue;
            }
            for (Row r : t.shortRendering()) {
                for (int i = 0; i < t.columns().size(); i++) {
                    if (!t.columns().get(i).detail() && r.cell(i) instanceof dev.capexbrief.render.model.Cell.Money m
                            && !text.contains(m.text().replaceAll("\\s+", " "))
                            && !text.contains(UNCODED.matcher(m.text()).replaceAll("$1"))) {
                        split.add(t.id() + ": " + m.text());
                    }
                }
            }
        }
        assertThat(split).as(c + ": amounts not found whole in the PDF").isEmpty();
    }

    /** A heading or a title is never a page's last line, parted from what it heads. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("briefings")
    void noPageEndsWithAHeading(Case c) throws IOException {
        BriefingModel model = model(c);
        java.util.Set<String> headings = new java.util.HashSet<>();
        for (Section s : model.sections()) {
            headings.add(s.heading());
            for (Block b : s.blocks()) {
                if (b instanceof Block.Grid g) {
                    headings.add(g.table().title());
                } else if (b instanceof Block.Bullets l) {
                    headings.add(l.title());
                } else if (b instanceof Block.SourceList l) {
                    headings.add(l.title());
                }
            }
        }
        headings.remove("");
        java.util.Set<String> squeezed = new java.util.HashSet<>();
        headings.forEach(h -> squeezed.add(h.replaceAll("\\s+", "")));
        List<List<String>> pages = textAreaLines(PdfFixtures.render(model, TEMPLATES));
        List<String> ends = new ArrayList<>();
        for (int p = 0; p < pages.size(); p++) {
            List<String> lines = pages.get(p);
            if (!lines.isEmpty() && squeezed.contains(lines.get(lines.size() - 1).replaceAll("\\s+", ""))) {
                ends.add("page " + (p + 1) + " ends with \"" + lines.get(lines.size() - 1) + "\"");
            }
        }
        assertThat(ends).as(c + ": headings at the foot of a page").isEmpty();
    }

    private static int firstShown(Table t) {
        for (int i = 0; i < t.columns().size(); i++) {
            if (!t.columns().get(i).detail()) {
                return i;
            }
        }
        throw new IllegalArgumentException(t.id());
    }

    private static List<String> words(String s) {
        return java.util.Arrays.stream(s.strip().split("\\s+")).filter(w -> !w.isEmpty()).toList();
    }

    /**
     * The line's words, a word of {@code vocabulary} that text extraction split after its first
     * letter ("S ources") joined again.
     */
    private static List<String> words(String line, java.util.Set<String> vocabulary) {
        List<String> in = words(line);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < in.size(); i++) {
            String w = in.get(i);
            if (!vocabulary.contains(w) && i + 1 < in.size() && vocabulary.contains(w + in.get(i + 1))) {
                w += in.get(++i);
            }
            out.add(w);
        }
        return out;
    }

    /** Each page's lines in reading order, inside its text area: the running header and footer left out. */
    private static List<List<String>> textAreaLines(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<List<String>> out = new ArrayList<>();
            for (PDPage page : doc.getPages()) {
                float h = page.getMediaBox().getHeight();
                PDFTextStripperByArea s = new PDFTextStripperByArea();
                s.setSortByPosition(true);
                s.addRegion("text", new java.awt.geom.Rectangle2D.Float(0, Lowest.HEADER, page.getMediaBox().getWidth(),
                        h - Lowest.HEADER - Lowest.FOOTER));
                s.extractRegions(page);
                out.add(s.getTextForRegion("text").lines().map(String::strip).filter(l -> !l.isEmpty()).toList());
            }
            return out;
        }
    }

    /**
     * Page one of the newest bundled briefing in each report currency, and what each of its eight
     * scoreboard rows shows: a company's plan, its latest quarter, its share and its cash cover (in
     * CNY the converted plans are the long cells: "~RMB 1,577B" with "stated ~$220B, was ~$200B").
     */
    static Stream<Arguments> pageOnes() {
        List<List<String>> usd = List.of(
                List.of("Amazon ~$220B", "$53.1B", "26.8%", "92.0%"),
                List.of("Alphabet $195–205B", "$44.9B", "24.4%", "71.3%"),
                List.of("Microsoft ~$175B", "$41B", "79.4%"),
                List.of("Meta $130–145B", "$31.1B", "70.9%"),
                List.of("Oracle", "$28.5B", "174.1%"), List.of("CoreWeave $30–35B"),
                List.of("Alibaba", "$4.4B"), List.of("Tencent", "$1.8B"));
        return Stream.of(Arguments.of(new Case("bundled, latest", null, null, "USD"), usd),
                // what a plain `brief` gives in December: the data-age notice above the facts takes a line
                Arguments.of(new Case("bundled, 2026-12-07, data 88 days old", null, "2026-12-07", "USD"), usd),
                Arguments.of(new Case("bundled, latest, CNY", null, null, "CNY"), List.of(
                        List.of("Amazon ~1,577‡", "stated ~$220B, was ~$200B", "381§", "26.8%", "92.0%"),
                        List.of("Alphabet 1,398–1,470‡", "stated $195–205B, was $180–190B", "322", "24.4%"),
                        List.of("Microsoft ~1,254", "294", "79.4%"),
                        List.of("Meta 932–1,039‡", "223", "70.9%"),
                        List.of("Oracle", "204", "174.1%"), List.of("CoreWeave 215–251‡"),
                        List.of("Alibaba", "31.5°"), List.of("Tencent", "13.0°"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pageOnes")
    void pageOneAt390PixelsHoldsTheScoreboardInLegibleType(Case c, List<List<String>> scoreboard, @TempDir Path dir)
            throws Exception {
        byte[] pdf = pdf(c);
        Path file = dir.resolve("brief.pdf");
        Files.write(file, pdf);
        Process p = new ProcessBuilder("pdftoppm", "-png", "-scale-to-x", String.valueOf(PHONE), "-scale-to-y", "-1",
                "-f", "1", "-l", "1", file.toString(), dir.resolve("page").toString()).redirectErrorStream(true).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
        Path png;
        try (Stream<Path> files = Files.list(dir)) {
            png = files.filter(f -> f.getFileName().toString().endsWith(".png")).findFirst().orElseThrow();
        }
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(PHONE);

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            float pageWidth = doc.getPage(0).getMediaBox().getWidth();
            float scale = image.getHeight() / doc.getPage(0).getMediaBox().getHeight();
            assertThat(scale * pageWidth).isCloseTo(PHONE, org.assertj.core.data.Offset.offset(1f));
            Sizes sizes = sizes(doc, 1, 1);
            assertThat(sizes.smallest * CAP_HEIGHT * scale).as("smallest capital height on page one at 390 px")
                    .isGreaterThanOrEqualTo(CAP_HEIGHT_PX);
            // the page is drawn: ink in the lower half, where the scoreboard sits
            assertThat(inkRows(image, image.getHeight() / 2, image.getHeight() * 9 / 10)).isGreaterThan(50);

            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            String pageOne = stripper.getText(doc).replaceAll("\\s+", " ");
            assertThat(pageOne).contains("Scoreboard", "FY2026 plan", "Latest quarter", "y/y", "Share", "Capex \u00f7 OCF");
            // every company's row, with its plan, latest quarter, share and cash cover (bundled data, 2026-09-10)
            String table = pageOne.substring(pageOne.indexOf("Capex \u00f7 OCF"));
            for (List<String> row : scoreboard) {
                assertThat(table).as(c + ": a scoreboard row").contains(row);
            }
            assertThat(pageOne).doesNotContain("more.");
            if (c.currency().equals("CNY")) {
                // a code in every cell set "RMB" on a line of its own: the header says the unit once
                assertThat(pageOne).contains("FY2026 plan (RMB\u00a0B)", "Latest quarter (RMB\u00a0B)");
                assertThat(table).doesNotContain("RMB 381B", "~RMB 1,577B");
            }
            // the masthead says the week and the day; the facts row under the title does not say them again
            assertThat(pageOne).doesNotContain("AS OF").contains("DATA CUT-OFF");
        }
    }

    /** Rows of pixels between {@code from} and {@code to} that hold something darker than paper. */
    private static int inkRows(BufferedImage image, int from, int to) {
        int rows = 0;
        for (int y = from; y < to; y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                if (((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff) < 3 * 160) {
                    rows++;
                    break;
                }
            }
        }
        return rows;
    }

    /** The smallest type size outside the charts, and the commonest size of regular text (the body). */
    record Sizes(float smallest, float body) {
    }

    private static Sizes sizes(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return sizes(doc, 1, doc.getNumberOfPages());
        }
    }

    private static Sizes sizes(PDDocument doc, int from, int to) throws IOException {
        OutsideCharts s = new OutsideCharts();
        s.setStartPage(from);
        s.setEndPage(to);
        s.getText(doc);
        float body = s.regular.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).orElseThrow().getKey();
        return new Sizes(s.smallest, body);
    }

    /** Each page: the lowest text or chart on it, as a share of the page's text area from its top. */
    private static List<Float> fills(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<Float> out = new ArrayList<>();
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                Lowest s = new Lowest(doc.getPage(i - 1));
                s.setStartPage(i);
                s.setEndPage(i);
                s.getText(doc);
                out.add(s.fill());
            }
            return out;
        }
    }

    /** A text stripper that knows whether the text it is given is inside a form XObject (a chart). */
    private abstract static class FormDepth extends PDFTextStripper {
        /** How many forms deep the text being processed is: 0 outside the charts. */
        int depth;

        FormDepth() throws IOException {
        }

        @Override
        public void showForm(PDFormXObject form) throws IOException {
            depth++;
            try {
                super.showForm(form);
            } finally {
                depth--;
            }
        }
    }

    /** Text positions outside form XObjects (the charts are drawn as forms): their type sizes. */
    private static final class OutsideCharts extends FormDepth {
        float smallest = Float.MAX_VALUE;
        final java.util.Map<Float, Integer> regular = new java.util.HashMap<>();

        OutsideCharts() throws IOException {
        }

        /** Each line outside the charts with its smallest type size. */
        final List<java.util.Map.Entry<String, Float>> lines = new ArrayList<>();

        @Override
        protected void writeString(String text, List<TextPosition> positions) throws IOException {
            if (depth == 0) {
                float min = Float.MAX_VALUE;
                for (TextPosition t : positions) {
                    if (!t.getUnicode().isBlank()) {
                        min = Math.min(min, t.getFontSizeInPt());
                    }
                }
                lines.add(java.util.Map.entry(text.replace("\u00a0", " "), min));
            }
            super.writeString(text, positions);
        }

        @Override
        protected void processTextPosition(TextPosition t) {
            if (depth == 0 && !t.getUnicode().isBlank()) {
                float size = Math.round(t.getFontSizeInPt() * 100) / 100f;
                smallest = Math.min(smallest, size);
                String font = t.getFont().getName() == null ? "" : t.getFont().getName();
                if (!font.contains("Bold") && !font.contains("Condensed")) {
                    regular.merge(size, 1, Integer::sum);
                }
            }
            super.processTextPosition(t);
        }
    }

    /** Text positions inside form XObjects (the charts): how many, and the smallest type size. */
    private static final class InCharts extends FormDepth {
        float smallest = Float.MAX_VALUE;
        int letters;

        InCharts() throws IOException {
        }

        @Override
        protected void processTextPosition(TextPosition t) {
            if (depth > 0 && !t.getUnicode().isBlank()) {
                letters++;
                smallest = Math.min(smallest, Math.round(t.getFontSizeInPt() * 100) / 100f);
            }
            super.processTextPosition(t);
        }
    }

    /** The lowest text on a page above its footer, charts included (their labels run to their foot). */
    private static final class Lowest extends PDFTextStripper {
        /** The top and bottom margins, in points, as PdfBriefingWriter sets them: the running header and footer sit in them. */
        private static final float FOOTER = 58;
        private static final float HEADER = 54;
        private final float height;
        private float lowest;

        Lowest(PDPage page) throws IOException {
            this.height = page.getMediaBox().getHeight();
        }

        @Override
        protected void processTextPosition(TextPosition t) {
            float y = t.getYDirAdj();
            if (y < height - FOOTER && y > HEADER) {
                lowest = Math.max(lowest, y);
            }
            super.processTextPosition(t);
        }

        float fill() {
            return (lowest - HEADER) / (height - FOOTER - HEADER);
        }
    }

    static {
        // fail loudly without pdftoppm rather than pass without looking
        try {
            new ProcessBuilder("pdftoppm", "-v").redirectErrorStream(true).start().waitFor();
        } catch (IOException | InterruptedException e) {
            throw new UncheckedIOException(new IOException("pdftoppm (poppler-utils) is needed", e));
        }
    }
}
