package dev.capexbrief.render.excel;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The exact SpreadsheetML the hand-written sheet writer emits, one element at a time (XlsxWriter's
 * first tier of tests): every kind of cell {@link SheetXml} writes, rows, escaping and the shared
 * strings part. The writer has no boolean cells, no string-valued formulas and no formulas without
 * a cached value: every formula carries the briefing's number.
 */
class GoldenSheetXmlTest {

    @FunctionalInterface
    interface Cells {
        void write(SheetXml xml) throws IOException;
    }

    /** The XML written for one row (0-based {@code r}, default height) holding {@code cells}. */
    static String row(int r, Cells cells) {
        return xml(null, xml -> {
            xml.startRow(r, Float.NaN);
            cells.write(xml);
            xml.endRow();
        });
    }

    static String xml(SharedStrings strings, Cells cells) {
        return new String(bytes(strings, cells), StandardCharsets.UTF_8);
    }

    static byte[] bytes(SharedStrings strings, Cells cells) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            SheetXml xml = new SheetXml(out, strings);
            cells.write(xml);
            xml.flush();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    // --- strings ---------------------------------------------------------------------------

    @Test
    void anInlineStringCellNamesItsReferenceAndStyle() {
        assertThat(row(1, xml -> xml.text(1, "Amazon", 3)))
                .isEqualTo("<row r=\"2\"><c r=\"B2\" s=\"3\" t=\"inlineStr\"><is><t>Amazon</t></is></c></row>");
    }

    @Test
    void styleZeroIsLeftOut() {
        assertThat(row(0, xml -> xml.text(0, "x", 0)))
                .isEqualTo("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>x</t></is></c></row>");
    }

    @Test
    void anEmptyStringIsStillAStringCell() {
        assertThat(row(0, xml -> xml.text(0, "", 2)))
                .isEqualTo("<row r=\"1\"><c r=\"A1\" s=\"2\" t=\"inlineStr\"><is><t></t></is></c></row>");
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
            "' leading'|<t xml:space=\"preserve\"> leading</t>",
            "'trailing '|<t xml:space=\"preserve\">trailing </t>",
            "'inner space'|<t>inner space</t>",
            "' '|<t xml:space=\"preserve\"> </t>",
    })
    void leadingOrTrailingWhiteSpaceIsPreserved(String text, String element) {
        assertThat(row(0, xml -> xml.text(0, text, 0)))
                .isEqualTo("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is>" + element + "</is></c></row>");
    }

    @Test
    void aLineBreakAtEitherEndIsPreservedAndWrittenAsACharacterReference() {
        assertThat(row(0, xml -> xml.text(0, "two\nlines\n", 0))).isEqualTo(
                "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t xml:space=\"preserve\">two&#xa;lines&#xa;</t></is></c></row>");
    }

    @Test
    void aSharedStringCellRefersToTheTableByNumber() {
        SharedStrings strings = new SharedStrings();
        String xml = xml(strings, x -> {
            x.startRow(0, Float.NaN);
            x.text(0, "Amazon", 0);
            x.text(1, "Meta", 2);
            x.text(2, "Amazon", 2);
            x.endRow();
        });
        assertThat(xml).isEqualTo("<row r=\"1\">"
                + "<c r=\"A1\" t=\"s\"><v>0</v></c>"
                + "<c r=\"B1\" s=\"2\" t=\"s\"><v>1</v></c>"
                + "<c r=\"C1\" s=\"2\" t=\"s\"><v>0</v></c>"
                + "</row>");
        assertThat(sharedStrings(strings)).isEqualTo(SST_HEAD + " count=\"3\" uniqueCount=\"2\">"
                + "<si><t>Amazon</t></si><si><t>Meta</t></si></sst>");
    }

    @Test
    void pastTheTablesCapNewTextsGoInlineAndAreNotCounted() {
        SharedStrings strings = new SharedStrings(1);
        String xml = xml(strings, x -> {
            x.startRow(0, Float.NaN);
            x.text(0, "kept", 0);
            x.text(1, "new", 0);
            x.text(2, "kept", 0);
            x.endRow();
        });
        assertThat(xml).isEqualTo("<row r=\"1\">"
                + "<c r=\"A1\" t=\"s\"><v>0</v></c>"
                + "<c r=\"B1\" t=\"inlineStr\"><is><t>new</t></is></c>"
                + "<c r=\"C1\" t=\"s\"><v>0</v></c>"
                + "</row>");
        assertThat(sharedStrings(strings)).isEqualTo(SST_HEAD + " count=\"2\" uniqueCount=\"1\"><si><t>kept</t></si></sst>");
    }

    @Test
    void theSharedStringsPartEscapesAndPreservesLikeTheCells() {
        SharedStrings strings = new SharedStrings();
        strings.index("R&D <capex> \"guided\"");
        strings.index(" indented");
        strings.index("a\tb");
        strings.index("");
        assertThat(sharedStrings(strings)).isEqualTo(SST_HEAD + " count=\"4\" uniqueCount=\"4\">"
                + "<si><t>R&amp;D &lt;capex&gt; &quot;guided&quot;</t></si>"
                + "<si><t xml:space=\"preserve\"> indented</t></si>"
                + "<si><t>a&#x9;b</t></si>"
                + "<si><t></t></si>"
                + "</sst>");
    }

    @Test
    void anEmptySharedStringsTableIsAValidPart() {
        assertThat(sharedStrings(new SharedStrings())).isEqualTo(SST_HEAD + " count=\"0\" uniqueCount=\"0\"></sst>");
    }

    private static final String SST_HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"";

    static String sharedStrings(SharedStrings strings) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            strings.write(out);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    // --- escaping -------------------------------------------------------------------------

    @ParameterizedTest(name = "[{index}] {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
            "<b>|&lt;b&gt;|markup",
            "R&D|R&amp;D|ampersand",
            "\"guided\"|&quot;guided&quot;|double quotes",
            "Meta's plan|Meta's plan|an apostrophe stays as it is (character data)",
            "a\tb|a&#x9;b|tab",
            "a\rb|a&#xd;b|carriage return",
            "a\u0001b\u001Fc|a?b?c|control characters XML 1.0 cannot carry",
            "a\uFFFEb\uFFFFc|a?b?c|non-characters U+FFFE and U+FFFF",
            "a\uD83Db|a?b|a lone high surrogate",
            "a\uDE00b|a?b|a lone low surrogate",
            "x\uD83D|x?|a high surrogate at the end",
    })
    void textIsEscapedTheWayPoiEscapesIt(String text, String escaped, String what) {
        assertThat(row(0, xml -> xml.text(0, text, 0)))
                .isEqualTo("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>" + escaped + "</t></is></c></row>");
    }

    @Test
    void textBeyondAsciiIsUtf8() {
        byte[] xml = bytes(null, x -> x.escaped("\u00E9\u20AC\u2013\uD83D\uDE00"));
        assertThat(xml).containsExactly(
                0xC3, 0xA9,             // é
                0xE2, 0x82, 0xAC,       // €
                0xE2, 0x80, 0x93,       // en dash
                0xF0, 0x9F, 0x98, 0x80); // U+1F600, from its surrogate pair
    }

    /**
     * A no-break space is written as its UTF-8 bytes: {@code escaped} has a branch for "&#xa0;" that
     * the two-byte branch before it always wins, so it never runs (the same text either way).
     */
    @Test
    void aNoBreakSpaceIsWrittenAsUtf8() {
        assertThat(bytes(null, x -> x.escaped("60\u00A065"))).containsExactly('6', '0', 0xC2, 0xA0, '6', '5');
    }

    @Test
    void aSurrogatePairInACellIsOneFourByteCharacter() {
        assertThat(row(0, xml -> xml.text(0, "capex \uD83D\uDCC8", 0)))
                .isEqualTo("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>capex \uD83D\uDCC8</t></is></c></row>");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
            "=SUM(A1:A3)|=SUM(A1:A3)",
            "+1+2|+1+2",
            "-2+3|-2+3",
            "@SUM(A1)|@SUM(A1)",
            "'=HYPERLINK(\"http://evil.example\",\"click\")'|=HYPERLINK(&quot;http://evil.example&quot;,&quot;click&quot;)",
    })
    void textThatLooksLikeAFormulaIsAStringCellNeverAFormula(String text, String escaped) {
        assertThat(row(0, xml -> xml.text(0, text, 3)))
                .isEqualTo("<row r=\"1\"><c r=\"A1\" s=\"3\" t=\"inlineStr\"><is><t>" + escaped + "</t></is></c></row>");
    }

    // --- numbers --------------------------------------------------------------------------

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
            "62.5|62.5",
            "100|100.0",
            "0|0.0",
            "-4.2|-4.2",
            "-0.0|-0.0",
            "0.30000000000000004|0.30000000000000004",
            "1234567.0|1234567.0",
            "1.0E7|1.0E7",
            "1.0E10|1.0E10",
            "123456789012.5|1.234567890125E11",
            "0.001|0.001",
            "0.0001|1.0E-4",
            "1.7976931348623157E308|1.7976931348623157E308",
            "4.9E-324|4.9E-324",
    })
    void aDoubleIsWrittenAsJavaWritesIt(double value, String text) {
        assertThat(row(1, xml -> xml.number(1, value, 3)))
                .isEqualTo("<row r=\"2\"><c r=\"B2\" s=\"3\"><v>" + text + "</v></c></row>");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
            "62.5|62.5|its digits",
            "62.50|62.50|its digits, trailing zero kept (same number)",
            "-65|-65|a negative whole number",
            "1E+3|1000|a negative scale, as plain digits",
            "0.000001|0.000001|a small decimal, as plain digits",
            "123456789012345|123456789012345|15 significant digits: its digits",
            "0.123456789012345|0.123456789012345|15 significant digits after the point",
            "1234567890123456|1.234567890123456E15|16 significant digits: the double's text",
            "1E+20|100000000000000000000|scale -20: still plain",
            "1E+21|1.0E21|scale -21: the double's text",
            "1E-20|0.00000000000000000001|scale 20: still plain",
            "1E-21|1.0E-21|scale 21: the double's text",
            "0|0|zero",
            "0.00|0.00|zero with a scale",
    })
    void anExactDecimalIsWrittenAsItsDigitsWhenADoubleReadsThemBack(String value, String text, String what) {
        assertThat(row(1, xml -> xml.number(1, new BigDecimal(value), 4)))
                .isEqualTo("<row r=\"2\"><c r=\"B2\" s=\"4\"><v>" + text + "</v></c></row>");
    }

    @Test
    void aWholeNumberHasNoDecimalPoint() {
        assertThat(row(0, xml -> {
            xml.integer(2, 6, 0);
            xml.integer(3, -12, 0);
            xml.integer(4, Long.MAX_VALUE, 0);
        })).isEqualTo("<row r=\"1\"><c r=\"C1\"><v>6</v></c><c r=\"D1\"><v>-12</v></c>"
                + "<c r=\"E1\"><v>9223372036854775807</v></c></row>");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource({
            "2025-02-07, 45695",
            "1900-01-01, 1",
            "1900-02-28, 59",
            "1900-03-01, 61",
            "1999-12-31, 36525",
            "9999-12-31, 2958465",
    })
    void aDateIsItsSerialDayNumberInADateStyle(LocalDate date, long serial) {
        assertThat(row(0, xml -> xml.integer(12, DataSheets.Rows.serial(date), 5)))
                .isEqualTo("<row r=\"1\"><c r=\"M1\" s=\"5\"><v>" + serial + "</v></c></row>");
    }

    // --- formulas and blanks ----------------------------------------------------------------

    @Test
    void aFormulaCarriesItsCachedResult() {
        assertThat(row(5, xml -> xml.formula(1, "SUM(B4:B5)", 135.5, 7)))
                .isEqualTo("<row r=\"6\"><c r=\"B6\" s=\"7\"><f>SUM(B4:B5)</f><v>135.5</v></c></row>");
    }

    @Test
    void aFormulasTextIsEscaped() {
        assertThat(row(0, xml -> {
            xml.formula(0, "IF(B4>0,\"up\",\"down\")", 1, 0);
            xml.formula(1, "'Sources & Methodology'!A20*2", -0.5, 0);
            xml.formula(2, "B1<>C1", 0, 0);
        })).isEqualTo("<row r=\"1\">"
                + "<c r=\"A1\"><f>IF(B4&gt;0,&quot;up&quot;,&quot;down&quot;)</f><v>1.0</v></c>"
                + "<c r=\"B1\"><f>'Sources &amp; Methodology'!A20*2</f><v>-0.5</v></c>"
                + "<c r=\"C1\"><f>B1&lt;&gt;C1</f><v>0.0</v></c>"
                + "</row>");
    }

    @Test
    void anEmptyStyledCellIsSelfClosing() {
        assertThat(row(1, xml -> {
            xml.blank(3, 4);
            xml.blank(4, 0);
        })).isEqualTo("<row r=\"2\"><c r=\"D2\" s=\"4\"/><c r=\"E2\"/></row>");
    }

    @Test
    void aLargeStyleNumberIsWrittenInFull() {
        assertThat(row(0, xml -> xml.blank(0, 64_000))).isEqualTo("<row r=\"1\"><c r=\"A1\" s=\"64000\"/></row>");
    }

    // --- rows and references ----------------------------------------------------------------

    @Test
    void aRowWithACustomHeightSaysSo() {
        assertThat(xml(null, xml -> {
            xml.startRow(0, 30.5f);
            xml.text(0, "Title", 1);
            xml.endRow();
            xml.startRow(1, 15f);
            xml.endRow();
            xml.startRow(2, Float.NaN);
            xml.endRow();
        })).isEqualTo("<row r=\"1\" ht=\"30.5\" customHeight=\"1\"><c r=\"A1\" s=\"1\" t=\"inlineStr\"><is><t>Title</t></is></c></row>"
                + "<row r=\"2\" ht=\"15.0\" customHeight=\"1\"></row>"
                + "<row r=\"3\"></row>");
    }

    @ParameterizedTest(name = "[{index}] column {0} row {1}")
    @CsvSource({
            "0, 0, A1",
            "25, 8, Z9",
            "26, 9, AA10",
            "51, 99, AZ100",
            "52, 999, BA1000",
            "63, 9999, BL10000",
            "64, 99999, BM100000",
            "701, 999999, ZZ1000000",
            "702, 1048575, AAA1048576",
            "16383, 1048575, XFD1048576",
    })
    void everyCellNamesItsOwnReference(int column, int row, String ref) {
        assertThat(row(row, xml -> xml.blank(column, 0)))
                .isEqualTo("<row r=\"" + (row + 1) + "\"><c r=\"" + ref + "\"/></row>");
    }

    @Test
    void aShorterRowNumberAfterALongerOneIsNotPaddedWithTheOld() {
        assertThat(xml(null, xml -> {
            xml.startRow(1_048_575, Float.NaN);
            xml.blank(0, 0);
            xml.endRow();
            xml.startRow(8, Float.NaN);
            xml.blank(1, 0);
            xml.endRow();
        })).isEqualTo("<row r=\"1048576\"><c r=\"A1048576\"/></row><row r=\"9\"><c r=\"B9\"/></row>");
    }

    @Test
    void markupLongerThanTheBufferIsWrittenWhole() {
        String text = "x".repeat(200_000) + "&";
        String xml = row(0, x -> x.text(0, text, 0));
        assertThat(xml).isEqualTo("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>" + "x".repeat(200_000) + "&amp;</t></is></c></row>");
        String markup = "<!--" + "y".repeat(100_000) + "-->";
        assertThat(xml(null, x -> x.ascii(markup))).isEqualTo(markup);
    }
}
