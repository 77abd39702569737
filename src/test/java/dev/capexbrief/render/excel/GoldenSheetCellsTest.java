package dev.capexbrief.render.excel;

import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The exact row XML the analysis sheets' cells turn into: {@link SheetCells} (any order in, sorted
 * out; heights; the used range; links inside the workbook) and {@link Grid} (which style, which
 * value, what is cleaned, how wide a column and how tall a wrapped row or paragraph is once the
 * widths are known), and how {@link FixedTimeZip#withLinks} puts the links where the schema wants
 * them. Independent of what any sheet of the briefing holds: the inputs are built here, with the
 * {@link Styles} the sheet pieces use.
 */
class GoldenSheetCellsTest {
    private static final Color ACCENT = new Color(0x0B, 0x2E, 0x4F);

    private XSSFWorkbook book;
    private Styles styles;
    private Grid grid;

    @BeforeEach
    void newSheet() {
        book = new XSSFWorkbook();
        styles = new Styles(book, ACCENT, "$B");
        // made in this order, the styles get these numbers (0 is the workbook's default style)
        assertThat(styles.text().getIndex()).isEqualTo((short) 1);
        assertThat(styles.quoted(styles.text()).getIndex()).isEqualTo((short) 2);
        assertThat(money().getIndex()).isEqualTo((short) 3);
        assertThat(moneyTotal().getIndex()).isEqualTo((short) 4);
        assertThat(styles.date().getIndex()).isEqualTo((short) 5);
        assertThat(styles.general().getIndex()).isEqualTo((short) 6);
        assertThat(styles.header().getIndex()).isEqualTo((short) 7);
        assertThat(styles.headerRight().getIndex()).isEqualTo((short) 8);
        assertThat(styles.link().getIndex()).isEqualTo((short) 9);
        assertThat(styles.wrap().getIndex()).isEqualTo((short) 10);
        assertThat(styles.note().getIndex()).isEqualTo((short) 11);
        assertThat(styles.helper().getIndex()).isEqualTo((short) 12);
        assertThat(styles.title().getIndex()).isEqualTo((short) 13);
        XSSFSheet sheet = book.createSheet("Golden");
        grid = new Grid(sheet, styles);
    }

    @AfterEach
    void close() throws IOException {
        book.close();
    }

    private String rows() {
        return rows(styles.cells(grid.sheet()));
    }

    static String rows(SheetBody body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            SheetXml xml = new SheetXml(out, null);
            body.write(xml);
            xml.flush();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    // --- SheetCells ---------------------------------------------------------------------------

    @Test
    void cellsWrittenInAnyOrderComeOutByRowAndColumn() {
        SheetCells cells = new SheetCells();
        cells.text(2, 3, "later");
        cells.number(0, 1, 5);
        cells.formula(0, 2, "B1*2", 10);
        cells.style(0, 0, 4);
        cells.text(2, 0, "first");
        assertThat(rows(cells)).isEqualTo("<row r=\"1\"><c r=\"A1\" s=\"4\"/><c r=\"B1\"><v>5.0</v></c>"
                + "<c r=\"C1\"><f>B1*2</f><v>10.0</v></c></row>"
                + "<row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t>first</t></is></c>"
                + "<c r=\"D3\" t=\"inlineStr\"><is><t>later</t></is></c></row>");
        assertThat(cells.dimension()).isEqualTo("A1:D3");
    }

    @Test
    void aCellKeepsItsStyleWhenItsValueIsWrittenAndItsValueWhenItsStyleIs() {
        SheetCells cells = new SheetCells();
        cells.touch(0, 0, 5);
        cells.number(0, 0, 1.5);
        cells.text(0, 1, "replaced");
        cells.number(0, 1, 2);
        cells.touch(0, 1, 3);
        cells.touch(0, 1, -1);
        assertThat(rows(cells)).isEqualTo("<row r=\"1\"><c r=\"A1\" s=\"5\"><v>1.5</v></c><c r=\"B1\" s=\"3\"><v>2.0</v></c></row>");
    }

    @Test
    void aRowsHeightIsKeptInTwentiethsOfAPointAsExcelStoresIt() {
        SheetCells cells = new SheetCells();
        cells.row(0).height(15.33f);
        cells.row(1).height(409f);
        cells.row(2).height(20.04f);
        cells.row(3).height(20f);
        cells.row(3).height(-1);
        assertThat(rows(cells)).isEqualTo("<row r=\"1\" ht=\"15.3\" customHeight=\"1\"></row>"
                + "<row r=\"2\" ht=\"409.0\" customHeight=\"1\"></row>"
                + "<row r=\"3\" ht=\"20.0\" customHeight=\"1\"></row>"
                + "<row r=\"4\"></row>");
    }

    @Test
    void theUsedRangeSpansTheFirstUsedRowAndColumnToTheLast() {
        SheetCells cells = new SheetCells();
        assertThat(cells.dimension()).isEqualTo("A1");
        cells.number(4, 3, 1);
        assertThat(cells.dimension()).isEqualTo("D5:D5");
        cells.text(2, 1, "x");
        cells.style(9, 27, 1);
        assertThat(cells.dimension()).isEqualTo("B3:AB10");
        SheetCells heightOnly = new SheetCells();
        heightOnly.row(3).height(20);
        assertThat(heightOnly.dimension()).isEqualTo("A4:A4");
    }

    @Test
    void aLinkInsideTheWorkbookIsAHyperlinkElementWithAnEscapedLocation() {
        SheetCells cells = new SheetCells();
        assertThat(cells.hyperlinks()).isEmpty();
        cells.internalLink("A11", "'Sources & Methodology'!A20");
        cells.internalLink("B2", "'<odd> \"name\"'!C3");
        assertThat(cells.hyperlinks()).isEqualTo("<hyperlink ref=\"A11\" location=\"'Sources &amp; Methodology'!A20\"/>"
                + "<hyperlink ref=\"B2\" location=\"'&lt;odd&gt; &quot;name&quot;'!C3\"/>");
    }

    @Test
    void aFrozenSheetWritesTheSameRowsFromDiskWithItsStringsShared() throws IOException {
        SheetCells cells = new SheetCells();
        cells.text(0, 0, "Amazon");
        cells.text(1, 0, "Amazon");
        cells.number(1, 1, 83);
        cells.row(1).height(30);
        SharedStrings strings = new SharedStrings();
        cells.freeze(strings);
        try {
            assertThat(rows(cells)).isEqualTo("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"
                    + "<row r=\"2\" ht=\"30.0\" customHeight=\"1\"><c r=\"A2\" t=\"s\"><v>0</v></c><c r=\"B2\"><v>83.0</v></c></row>");
            assertThat(rows(cells)).as("written again").startsWith("<row r=\"1\">");
            assertThat(cells.dimension()).isEqualTo("A1:B2");
            assertThat(GoldenSheetXmlTest.sharedStrings(strings)).endsWith(" count=\"2\" uniqueCount=\"1\"><si><t>Amazon</t></si></sst>");
            assertThatThrownBy(() -> cells.row(3)).isInstanceOf(IllegalStateException.class);
        } finally {
            cells.close();
        }
    }

    @Test
    void aSheetFrozenWithoutATableWritesItsStringsInline() throws IOException {
        SheetCells cells = new SheetCells();
        cells.text(0, 1, "R&D");
        cells.freeze(null);
        try {
            assertThat(rows(cells)).isEqualTo("<row r=\"1\"><c r=\"B1\" t=\"inlineStr\"><is><t>R&amp;D</t></is></c></row>");
        } finally {
            cells.close();
        }
    }

    // --- Grid ---------------------------------------------------------------------------------

    private XSSFCellStyle money() {
        return styles.money(1, Set.of(), false, false);
    }

    private XSSFCellStyle moneyTotal() {
        return styles.money(1, Set.of(), false, true);
    }

    @Test
    void gridTextIsAStringCellInItsStyle() {
        grid.text(0, 0, "Amazon", styles.text());
        grid.text(0, 1, "no style", null);
        grid.text(0, 2, null, styles.text());
        grid.text(0, 3, "", styles.text());
        assertThat(rows()).isEqualTo("<row r=\"1\"><c r=\"A1\" s=\"1\" t=\"inlineStr\"><is><t>Amazon</t></is></c>"
                + "<c r=\"B1\" t=\"inlineStr\"><is><t>no style</t></is></c>"
                + "<c r=\"C1\" s=\"1\"/><c r=\"D1\" s=\"1\"/></row>");
    }

    @Test
    void gridTextThatLooksLikeAFormulaGetsTheQuotePrefixedStyle() {
        grid.text(0, 0, "=SUM(A1:A3)", styles.text());
        grid.text(0, 1, "+1", styles.text());
        grid.text(0, 2, "-2+3", styles.text());
        grid.text(0, 3, "@A1", styles.text());
        grid.text(0, 4, "a=b", styles.text());
        assertThat(rows()).isEqualTo("<row r=\"1\">"
                + "<c r=\"A1\" s=\"2\" t=\"inlineStr\"><is><t>=SUM(A1:A3)</t></is></c>"
                + "<c r=\"B1\" s=\"2\" t=\"inlineStr\"><is><t>+1</t></is></c>"
                + "<c r=\"C1\" s=\"2\" t=\"inlineStr\"><is><t>-2+3</t></is></c>"
                + "<c r=\"D1\" s=\"2\" t=\"inlineStr\"><is><t>@A1</t></is></c>"
                + "<c r=\"E1\" s=\"1\" t=\"inlineStr\"><is><t>a=b</t></is></c>"
                + "</row>");
        assertThat(styles.quoted(styles.text()).getQuotePrefixed()).isTrue();
    }

    @Test
    void gridTextIsCleanedOfControlCharactersAndCutToExcelsLimit() {
        grid.text(0, 0, "a\u0000b\u0007c\u000Bd\uFFFEe\uFFFF", styles.text());
        grid.text(1, 0, "tab\there", styles.text());
        grid.text(2, 0, "y".repeat(Text.MAX_CELL_CHARS) + "cut", styles.text());
        assertThat(rows()).isEqualTo("<row r=\"1\"><c r=\"A1\" s=\"1\" t=\"inlineStr\"><is><t>abcde</t></is></c></row>"
                + "<row r=\"2\"><c r=\"A2\" s=\"1\" t=\"inlineStr\"><is><t>tab&#x9;here</t></is></c></row>"
                + "<row r=\"3\"><c r=\"A3\" s=\"1\" t=\"inlineStr\"><is><t>" + "y".repeat(Text.MAX_CELL_CHARS)
                + "</t></is></c></row>");
    }

    @Test
    void aLabelIsTextThatLeavesItsColumnsWidthAlone() {
        int before = grid.sheet().getColumnWidth(0);
        assertThat(grid.label(0, 0, "Hyperscaler capex briefing, week 6 of 2025", styles.title()))
                .isEqualTo("Hyperscaler capex briefing, week 6 of 2025");
        assertThat(grid.label(1, 0, "=not a formula", styles.title())).isEqualTo("=not a formula");
        assertThat(grid.label(2, 0, "", styles.title())).isNull();
        assertThat(grid.label(3, 0, null, styles.title())).isNull();
        grid.applyWidths(30);
        assertThat(grid.sheet().getColumnWidth(0)).isEqualTo(before);
        // the quoted title is the next style made: 14
        assertThat(rows()).isEqualTo("<row r=\"1\"><c r=\"A1\" s=\"13\" t=\"inlineStr\"><is><t>"
                + "Hyperscaler capex briefing, week 6 of 2025</t></is></c></row>"
                + "<row r=\"2\"><c r=\"A2\" s=\"14\" t=\"inlineStr\"><is><t>=not a formula</t></is></c></row>"
                + "<row r=\"3\"><c r=\"A3\" s=\"13\"/></row><row r=\"4\"><c r=\"A4\" s=\"13\"/></row>");
    }

    @Test
    void gridNumbersFormulasAndDates() {
        grid.number(1, 0, new BigDecimal("62.50"), money());
        grid.number(1, 1, null, money());
        grid.number(1, 2, new BigDecimal("-26.3"), money());
        grid.number(1, 3, new BigDecimal("2025"), styles.general());
        grid.formula(1, 4, "SUM(A2:C2)", new BigDecimal("36.2"), moneyTotal());
        grid.date(1, 5, LocalDate.of(2025, 2, 7), styles.date());
        grid.date(1, 6, null, styles.date());
        grid.formula(1, 7, "IF(ISNUMBER(B5),B3-B5,0)", 62.5 - 60.0, styles.helper());
        assertThat(rows()).isEqualTo("<row r=\"2\">"
                + "<c r=\"A2\" s=\"3\"><v>62.5</v></c>"
                + "<c r=\"B2\" s=\"3\"/>"
                + "<c r=\"C2\" s=\"3\"><v>-26.3</v></c>"
                + "<c r=\"D2\" s=\"6\"><v>2025.0</v></c>"
                + "<c r=\"E2\" s=\"4\"><f>SUM(A2:C2)</f><v>36.2</v></c>"
                + "<c r=\"F2\" s=\"5\"><v>45695.0</v></c>"
                + "<c r=\"G2\" s=\"5\"/>"
                + "<c r=\"H2\" s=\"12\"><f>IF(ISNUMBER(B5),B3-B5,0)</f><v>2.5</v></c>"
                + "</row>");
    }

    @Test
    void gridHeadersOverNumbersAreRightAligned() {
        grid.header(2, 0, "Company", false);
        grid.header(2, 1, "FY2025", true);
        assertThat(rows()).isEqualTo("<row r=\"3\"><c r=\"A3\" s=\"7\" t=\"inlineStr\"><is><t>Company</t></is></c>"
                + "<c r=\"B3\" s=\"8\" t=\"inlineStr\"><is><t>FY2025</t></is></c></row>");
    }

    @Test
    void aWebLinkIsTextInTheLinkStyleWithAHyperlinkOnThePoiSheet() {
        String url = "https://www.sec.gov/Archives/edgar/data/1018724/000101872425000004/amzn-20241231.htm";
        String longUrl = "https://example.com/" + "a".repeat(60) + "/" + "b".repeat(60);
        grid.link(0, 0, url, url);
        grid.link(1, 0, longUrl, longUrl);
        grid.link(2, 0, "file:///etc/passwd", "file:///etc/passwd");
        grid.link(3, 0, "10-K 2023", null);
        assertThat(rows()).isEqualTo("<row r=\"1\"><c r=\"A1\" s=\"9\" t=\"inlineStr\"><is><t>" + url + "</t></is></c></row>"
                + "<row r=\"2\"><c r=\"A2\" s=\"9\" t=\"inlineStr\"><is><t>https://example.com/" + "a".repeat(46)
                + "\u2026" + "b".repeat(33) + "</t></is></c></row>"
                + "<row r=\"3\"><c r=\"A3\" s=\"10\" t=\"inlineStr\"><is><t>file:///etc/passwd</t></is></c></row>"
                + "<row r=\"4\"><c r=\"A4\" s=\"10\" t=\"inlineStr\"><is><t>10-K 2023</t></is></c></row>");
        assertThat(grid.sheet().getHyperlinkList()).extracting(h -> h.getCellRef() + " " + h.getAddress())
                .containsExactly("A1 " + url, "A2 " + longUrl);
    }

    @Test
    void aLinkInsideTheWorkbookIsTextWithAHyperlinkElement() {
        grid.internalLink(10, 0, "[3]", "'Sources & Methodology'!A20");
        assertThat(rows()).isEqualTo("<row r=\"11\"><c r=\"A11\" s=\"9\" t=\"inlineStr\"><is><t>[3]</t></is></c></row>");
        assertThat(styles.cells(grid.sheet()).hyperlinks())
                .isEqualTo("<hyperlink ref=\"A11\" location=\"'Sources &amp; Methodology'!A20\"/>");
    }

    @Test
    void aParagraphIsOneMergedCellInARowMadeTallEnoughOnceTheWidthsAreKnown() {
        grid.paragraph(5, 0, 3, "w".repeat(120), styles.note());
        grid.paragraph(6, 0, 0, "=short", styles.note());
        assertThat(rows()).as("before the widths are known").startsWith("<row r=\"6\"><c r=\"A6\"");
        for (int c = 0; c < 4; c++) {
            grid.sheet().setColumnWidth(c, 10 * 256);
        }
        grid.fitWrappedRows();
        // 9 pt text: 12.6 pt lines; 40 characters wide, 38 * 1.3 = 49.4 a line: three lines, 37.8 pt
        assertThat(rows()).isEqualTo("<row r=\"6\" ht=\"37.8\" customHeight=\"1\"><c r=\"A6\" s=\"11\" t=\"inlineStr\"><is><t>"
                + "w".repeat(120) + "</t></is></c></row>"
                + "<row r=\"7\"><c r=\"A7\" s=\"14\" t=\"inlineStr\"><is><t>=short</t></is></c></row>");
        assertThat(grid.sheet().getMergedRegions()).extracting(Object::toString)
                .containsExactly("org.apache.poi.ss.util.CellRangeAddress [A6:D6]");
    }

    @Test
    void aParagraphNeverMakesItsRowShorter() {
        grid.row(0).setHeightInPoints(60);
        grid.paragraph(0, 0, 1, "x".repeat(60), styles.note());
        grid.fitWrappedRows();
        assertThat(rows()).startsWith("<row r=\"1\" ht=\"60.0\" customHeight=\"1\">");
    }

    @Test
    void wrappedTextMakesItsRowTallerOnceTheWidthsAreKnown() {
        grid.text(0, 0, "v".repeat(100), styles.wrap());
        grid.text(1, 0, "short", styles.wrap());
        grid.applyWidths(30);
        // 40 characters counted for width: 43 wide, capped at 30; 28 a line * 1.3: three lines of 15 pt
        assertThat(grid.sheet().getColumnWidth(0)).isEqualTo(30 * 256);
        assertThat(rows()).isEqualTo("<row r=\"1\" ht=\"45.0\" customHeight=\"1\"><c r=\"A1\" s=\"10\" t=\"inlineStr\"><is><t>"
                + "v".repeat(100) + "</t></is></c></row>"
                + "<row r=\"2\"><c r=\"A2\" s=\"10\" t=\"inlineStr\"><is><t>short</t></is></c></row>");
    }

    @Test
    void columnsAreAsWideAsTheirContentBetweenSixCharactersAndTheCap() {
        grid.text(0, 0, "ab", styles.text());
        grid.number(0, 1, BigDecimal.ONE, money());
        grid.header(0, 2, "A header longer than sixteen", false);
        grid.text(0, 3, "z".repeat(50), styles.text());
        grid.applyWidths(30);
        assertThat(java.util.stream.IntStream.range(0, 4).map(c -> grid.sheet().getColumnWidth(c) / 256))
                .containsExactly(6, 13, 19, 30);
    }

    // --- links in the sheet's tail ------------------------------------------------------------

    @Test
    void linksAreAddedToTheSheetsOwnHyperlinks() {
        String tail = "<hyperlinks><hyperlink ref=\"A1\" r:id=\"rId1\"/></hyperlinks><pageMargins left=\"0.4\"/></worksheet>";
        assertThat(FixedTimeZip.withLinks(tail, "<hyperlink ref=\"B2\" location=\"X!A1\"/>")).isEqualTo(
                "<hyperlinks><hyperlink ref=\"B2\" location=\"X!A1\"/><hyperlink ref=\"A1\" r:id=\"rId1\"/></hyperlinks>"
                        + "<pageMargins left=\"0.4\"/></worksheet>");
    }

    @Test
    void withoutHyperlinksOfItsOwnTheSheetGetsThemBeforeTheFirstElementThatFollowsInTheSchema() {
        String link = "<hyperlink ref=\"B2\" location=\"X!A1\"/>";
        assertThat(FixedTimeZip.withLinks("<mergeCells count=\"1\"><mergeCell ref=\"A1:B1\"/></mergeCells>"
                + "<pageMargins left=\"0.4\"/><pageSetup orientation=\"landscape\"/><drawing r:id=\"rId1\"/></worksheet>", link))
                .isEqualTo("<mergeCells count=\"1\"><mergeCell ref=\"A1:B1\"/></mergeCells><hyperlinks>" + link
                        + "</hyperlinks><pageMargins left=\"0.4\"/><pageSetup orientation=\"landscape\"/><drawing r:id=\"rId1\"/></worksheet>");
        assertThat(FixedTimeZip.withLinks("<printOptions/><pageMargins/></worksheet>", link))
                .isEqualTo("<hyperlinks>" + link + "</hyperlinks><printOptions/><pageMargins/></worksheet>");
        assertThat(FixedTimeZip.withLinks("<tableParts count=\"1\"/></worksheet>", link))
                .isEqualTo("<hyperlinks>" + link + "</hyperlinks><tableParts count=\"1\"/></worksheet>");
        assertThat(FixedTimeZip.withLinks("</worksheet>", link)).isEqualTo("<hyperlinks>" + link + "</hyperlinks></worksheet>");
    }

    @Test
    void noLinksLeaveTheTailAsItIs() {
        String tail = "<pageMargins left=\"0.4\"/></worksheet>";
        assertThat(FixedTimeZip.withLinks(tail, "")).isSameAs(tail);
    }
}
