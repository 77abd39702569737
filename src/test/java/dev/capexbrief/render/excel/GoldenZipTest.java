package dev.capexbrief.render.excel;

import dev.capexbrief.dataset.Dataset;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The zip layer of the workbook, field by field: {@link FixedTimeZip} stamps every entry with the
 * as-of date at midnight in whatever time zone it runs, adds no extra fields, keeps POI's entry
 * order (the shared strings last) and POI's compressed bytes, deflates what it writes itself at
 * {@link DataRows#LEVEL}, and splices pre-compressed Data rows into one valid entry. The headers are
 * read back from the bytes, not through a zip library that would smooth over them.
 */
class GoldenZipTest {
    private static final LocalDate AS_OF = LocalDate.of(2025, 2, 7);
    /** DOS date fields: (year - 1980) << 9 | month << 5 | day. */
    private static final int DOS_DATE = (2025 - 1980) << 9 | 2 << 5 | 7;
    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><dimension ref=\"A1\"/>";
    private static final String TAIL = "<pageMargins left=\"0.4\" right=\"0.4\" top=\"0.6\" bottom=\"0.6\" header=\"0.3\""
            + " footer=\"0.3\"/></worksheet>";
    private static final String EMPTY_SHEET = HEAD + "<sheetData/>" + TAIL;
    private static final String TYPES = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Types xmlns=\"http://schemas."
            + "openxmlformats.org/package/2006/content-types\"><Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>";
    private static final String APP = "<Properties><Application>Apache POI</Application></Properties>";

    @TempDir
    Path dir;

    /** A package as POI leaves it: entries at odd times, deflated and stored, a placeholder string table. */
    private Path source() throws IOException {
        Path file = dir.resolve("poi.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            put(zip, "[Content_Types].xml", TYPES, ZipEntry.DEFLATED, LocalDateTime.of(2020, 5, 5, 12, 34, 56));
            put(zip, "xl/worksheets/sheet1.xml", EMPTY_SHEET, ZipEntry.DEFLATED, LocalDateTime.of(1999, 1, 1, 23, 59, 58));
            put(zip, "xl/sharedStrings.xml", "<sst/>", ZipEntry.DEFLATED, LocalDateTime.of(2031, 7, 7, 7, 7, 8));
            put(zip, "xl/worksheets/sheet2.xml", EMPTY_SHEET, ZipEntry.DEFLATED, LocalDateTime.of(2024, 2, 29, 0, 0));
            put(zip, "docProps/app.xml", APP, ZipEntry.STORED, LocalDateTime.of(2010, 10, 10, 10, 10, 10));
        }
        return file;
    }

    private static void put(ZipOutputStream zip, String name, String text, int method, LocalDateTime time) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        ZipEntry e = new ZipEntry(name);
        e.setMethod(method);
        e.setTimeLocal(time);
        if (method == ZipEntry.STORED) {
            e.setSize(bytes.length);
            e.setCrc(crc(bytes));
        }
        zip.setLevel(Deflater.DEFAULT_COMPRESSION);
        zip.putNextEntry(e);
        zip.write(bytes);
        zip.closeEntry();
    }

    /** The streamed sheet: three cells and a link, shown inline. */
    private static SheetCells cells() {
        SheetCells cells = new SheetCells();
        cells.text(0, 0, "Amazon");
        cells.number(0, 1, 100);
        cells.internalLink("A1", "Data!A2");
        return cells;
    }

    private static final String SHEET1 = HEAD.replace("<dimension ref=\"A1\"/>", "<dimension ref=\"A1:B1\"/>")
            + "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Amazon</t></is></c><c r=\"B1\"><v>100.0</v></c></row></sheetData>"
            + "<hyperlinks><hyperlink ref=\"A1\" location=\"Data!A2\"/></hyperlinks>" + TAIL;

    private byte[] copy(Map<String, SheetBody> sheets, SharedStrings strings) throws IOException {
        Path source = source();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FixedTimeZip.copy(source, out, AS_OF, sheets, strings);
        return out.toByteArray();
    }

    @Test
    void everyEntryHasTheFixedTimeNoExtraFieldsAndPoisOrderWithTheSharedStringsLast() throws IOException {
        SharedStrings strings = new SharedStrings();
        strings.index("Amazon");
        byte[] zip = copy(Map.of("xl/worksheets/sheet1.xml", cells()), strings);
        List<Header> local = localHeaders(zip);
        List<Header> central = centralHeaders(zip);
        // copied entries: POI's method, checksum and sizes; streamed ones: deflated, with a data
        // descriptor (bit 3) since the output cannot seek back; bit 11: names are UTF-8
        assertThat(local).extracting(Header::fields).containsExactly(
                "[Content_Types].xml needs=20 flags=0x0800 method=8 time=0x0000 date=0x" + hex(DOS_DATE)
                        + " crc=" + crcOf(TYPES) + " size=" + TYPES.length() + " extra=0",
                "xl/worksheets/sheet1.xml needs=20 flags=0x0808 method=8 time=0x0000 date=0x" + hex(DOS_DATE)
                        + " crc=00000000 size=0 extra=0",
                "xl/worksheets/sheet2.xml needs=20 flags=0x0800 method=8 time=0x0000 date=0x" + hex(DOS_DATE)
                        + " crc=" + crcOf(EMPTY_SHEET) + " size=" + EMPTY_SHEET.length() + " extra=0",
                "docProps/app.xml needs=10 flags=0x0800 method=0 time=0x0000 date=0x" + hex(DOS_DATE)
                        + " crc=" + crcOf(APP) + " size=" + APP.length() + " extra=0",
                "xl/sharedStrings.xml needs=20 flags=0x0808 method=8 time=0x0000 date=0x" + hex(DOS_DATE)
                        + " crc=00000000 size=0 extra=0");
        String sst = GoldenSheetXmlTest.sharedStrings(strings);
        assertThat(central).extracting(Header::fields).containsExactly(
                "[Content_Types].xml needs=20 flags=0x0800 method=8 time=0x0000 date=0x" + hex(DOS_DATE)
                        + " crc=" + crcOf(TYPES) + " size=" + TYPES.length() + " extra=0",
                "xl/worksheets/sheet1.xml needs=20 flags=0x0808 method=8 time=0x0000 date=0x" + hex(DOS_DATE)
                        + " crc=" + crcOf(SHEET1) + " size=" + SHEET1.length() + " extra=0",
                "xl/worksheets/sheet2.xml needs=20 flags=0x0800 method=8 time=0x0000 date=0x" + hex(DOS_DATE)
                        + " crc=" + crcOf(EMPTY_SHEET) + " size=" + EMPTY_SHEET.length() + " extra=0",
                "docProps/app.xml needs=10 flags=0x0800 method=0 time=0x0000 date=0x" + hex(DOS_DATE)
                        + " crc=" + crcOf(APP) + " size=" + APP.length() + " extra=0",
                "xl/sharedStrings.xml needs=20 flags=0x0808 method=8 time=0x0000 date=0x" + hex(DOS_DATE)
                        + " crc=" + crcOf(sst) + " size=" + sst.length() + " extra=0");
        assertThat(central).extracting(Header::attributes).containsOnly("made-by=0x0014 internal=0 external=0x00000000 comment=0");
    }

    @Test
    void theEntriesReadBackWithTheirContent() throws IOException {
        SharedStrings strings = new SharedStrings();
        strings.index("Amazon");
        byte[] zip = copy(Map.of("xl/worksheets/sheet1.xml", cells()), strings);
        Map<String, String> parts = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                assertThat(e.getTimeLocal()).as(e.getName()).isEqualTo(AS_OF.atStartOfDay());
                parts.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        assertThat(parts).containsExactly(
                Map.entry("[Content_Types].xml", TYPES),
                Map.entry("xl/worksheets/sheet1.xml", SHEET1),
                Map.entry("xl/worksheets/sheet2.xml", EMPTY_SHEET),
                Map.entry("docProps/app.xml", APP),
                Map.entry("xl/sharedStrings.xml", GoldenSheetXmlTest.sharedStrings(strings)));
    }

    @Test
    void withoutATableOfItsOwnPoisSharedStringsPartIsCopiedInPlace() throws IOException {
        byte[] zip = copy(Map.of(), null);
        assertThat(localHeaders(zip)).extracting(Header::name).containsExactly("[Content_Types].xml",
                "xl/worksheets/sheet1.xml", "xl/sharedStrings.xml", "xl/worksheets/sheet2.xml", "docProps/app.xml");
    }

    @Test
    void poisCompressedBytesAreCopiedUntouched() throws IOException {
        Path source = source();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FixedTimeZip.copy(source, out, AS_OF, Map.of(), null);
        try (ZipFile before = ZipFile.builder().setPath(source).get();
             ZipFile after = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(out.toByteArray())).get()) {
            for (ZipArchiveEntry e : java.util.Collections.list(before.getEntriesInPhysicalOrder())) {
                ZipArchiveEntry copied = after.getEntry(e.getName());
                assertThat(raw(after, copied)).as(e.getName()).isEqualTo(raw(before, e));
                assertThat(copied.getMethod()).as(e.getName()).isEqualTo(e.getMethod());
            }
        }
    }

    @Test
    void whatItWritesItselfIsDeflatedAtLevelOne() throws IOException {
        SharedStrings strings = new SharedStrings();
        strings.index("Amazon");
        byte[] zip = copy(Map.of("xl/worksheets/sheet1.xml", cells()), strings);
        try (ZipFile after = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(zip)).get()) {
            assertThat(raw(after, after.getEntry("xl/worksheets/sheet1.xml"))).isEqualTo(deflate(SHEET1));
            assertThat(raw(after, after.getEntry("xl/sharedStrings.xml")))
                    .isEqualTo(deflate(GoldenSheetXmlTest.sharedStrings(strings)));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTC", "Pacific/Kiritimati", "Pacific/Pago_Pago", "America/Los_Angeles", "Asia/Kolkata",
            "Europe/London"})
    void theStampIsMidnightOfTheAsOfDateInEveryTimeZone(String zone) throws IOException {
        TimeZone before = TimeZone.getDefault();
        byte[] zip;
        try {
            TimeZone.setDefault(TimeZone.getTimeZone(zone));
            zip = copy(Map.of("xl/worksheets/sheet1.xml", cells()), new SharedStrings());
        } finally {
            TimeZone.setDefault(before);
        }
        for (Header h : localHeaders(zip)) {
            assertThat(h.time).as(zone + " " + h.name).isZero();
            assertThat(h.date).as(zone + " " + h.name).isEqualTo(DOS_DATE);
        }
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
        try {
            assertThat(zip).isEqualTo(copy(Map.of("xl/worksheets/sheet1.xml", cells()), new SharedStrings()));
        } finally {
            TimeZone.setDefault(before);
        }
    }

    @Test
    void preCompressedDataRowsAreSplicedIntoOneValidEntry() throws IOException {
        Dataset d = Workbooks.csv("""
                company,metric,kind,period,value,announced,source,note
                ACME,capex,guidance,FY2025,10.5,2025-01-02,https://example.com/a,"R&D <first>"
                ACME,capex,guidance,FY2026,12,2025-01-03,https://example.com/a,=1+1
                """);
        try (DataRows rows = DataRows.render(d, 100)) {
            DataRows.Sheet sheet = rows.sheet(0);
            byte[] zip = copy(Map.of("xl/worksheets/sheet2.xml", sheet), rows.strings());
            // the same rows written plainly, with a table of their own
            ByteArrayOutputStream plain = new ByteArrayOutputStream();
            SheetXml xml = new SheetXml(plain, new SharedStrings());
            xml.ascii("<sheetData>");
            new DataSheets(100).rows(d).get(0).write(xml);
            xml.ascii("</sheetData>");
            xml.flush();
            String expected = HEAD.replace("<dimension ref=\"A1\"/>", "<dimension ref=\"A1:U3\"/>") // 21 columns: the figure fields, cik to footnote last
                    + plain.toString(StandardCharsets.UTF_8) + TAIL;
            Header local = localHeaders(zip).stream().filter(h -> h.name.endsWith("sheet2.xml")).findFirst().orElseThrow();
            // sizes known up front (no data descriptor), the checksum combined from the pieces'
            assertThat(local.fields()).isEqualTo("xl/worksheets/sheet2.xml needs=20 flags=0x0800 method=8 time=0x0000"
                    + " date=0x" + hex(DOS_DATE) + " crc=" + crcOf(expected) + " size=" + utf8(expected).length + " extra=0");
            assertThat(inflate(zip, local)).isEqualTo(expected);
            try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
                for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                    byte[] content = in.readAllBytes(); // ZipInputStream checks each entry's CRC and size
                    if (e.getName().equals("xl/worksheets/sheet2.xml")) {
                        assertThat(new String(content, StandardCharsets.UTF_8)).isEqualTo(expected);
                    }
                }
            }
        }
    }

    // --- reading the bytes ------------------------------------------------------------------------

    /** One local or central header's fields. */
    record Header(String name, int needs, int madeBy, int flags, int method, int time, int date, long crc,
                  long compressedSize, long size, int extra, int comment, int internal, long external, long offset,
                  int dataAt) {
        String fields() {
            return name + " needs=" + needs + " flags=0x" + hex(flags) + " method=" + method + " time=0x" + hex(time)
                    + " date=0x" + hex(date) + " crc=" + String.format(Locale.ROOT, "%08x", crc) + " size=" + size + " extra=" + extra;
        }

        String attributes() {
            return "made-by=0x" + hex(madeBy) + " internal=" + internal + " external=0x" + String.format(Locale.ROOT, "%08x", external)
                    + " comment=" + comment;
        }
    }

    static List<Header> centralHeaders(byte[] zip) {
        ByteBuffer b = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        int eocd = zip.length - 22;
        assertThat(b.getInt(eocd)).as("end of central directory, no archive comment").isEqualTo(0x06054b50);
        int count = Short.toUnsignedInt(b.getShort(eocd + 10));
        int at = b.getInt(eocd + 16);
        List<Header> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            assertThat(b.getInt(at)).isEqualTo(0x02014b50);
            int nameLength = u16(b, at + 28);
            int extra = u16(b, at + 30);
            int comment = u16(b, at + 32);
            String name = new String(zip, at + 46, nameLength, StandardCharsets.UTF_8);
            out.add(new Header(name, u16(b, at + 6), u16(b, at + 4), u16(b, at + 8), u16(b, at + 10), u16(b, at + 12),
                    u16(b, at + 14), u32(b, at + 16), u32(b, at + 20), u32(b, at + 24), extra, comment, u16(b, at + 36),
                    u32(b, at + 38), u32(b, at + 42), -1));
            at += 46 + nameLength + extra + comment;
        }
        return out;
    }

    /** The local headers, found through the central directory. */
    static List<Header> localHeaders(byte[] zip) {
        ByteBuffer b = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        List<Header> out = new ArrayList<>();
        for (Header c : centralHeaders(zip)) {
            int at = (int) c.offset;
            assertThat(b.getInt(at)).as(c.name).isEqualTo(0x04034b50);
            int nameLength = u16(b, at + 26);
            int extra = u16(b, at + 28);
            String name = new String(zip, at + 30, nameLength, StandardCharsets.UTF_8);
            out.add(new Header(name, u16(b, at + 4), -1, u16(b, at + 6), u16(b, at + 8), u16(b, at + 10), u16(b, at + 12),
                    u32(b, at + 14), c.compressedSize, u32(b, at + 22), extra, 0, 0, 0, at, at + 30 + nameLength + extra));
        }
        return out;
    }

    private static String inflate(byte[] zip, Header local) {
        Inflater inflater = new Inflater(true);
        try {
            inflater.setInput(zip, local.dataAt, (int) local.compressedSize);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buf = new byte[8192];
            while (!inflater.finished()) {
                int n = inflater.inflate(buf);
                if (n == 0 && inflater.needsInput()) {
                    throw new AssertionError(local.name + ": the deflate stream does not end");
                }
                out.write(buf, 0, n);
            }
            assertThat(inflater.getRemaining()).as(local.name + ": bytes after the deflate stream's end").isZero();
            return out.toString(StandardCharsets.UTF_8);
        } catch (java.util.zip.DataFormatException e) {
            throw new AssertionError(local.name + ": not a deflate stream", e);
        } finally {
            inflater.end();
        }
    }

    private static byte[] raw(ZipFile zip, ZipArchiveEntry e) throws IOException {
        try (InputStream in = zip.getRawInputStream(e)) {
            return in.readAllBytes();
        }
    }

    /** Raw deflate at the workbook's level, in one go. */
    private static byte[] deflate(String text) {
        Deflater deflater = new Deflater(DataRows.LEVEL, true);
        try {
            deflater.setInput(utf8(text));
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buf = new byte[8192];
            while (!deflater.finished()) {
                out.write(buf, 0, deflater.deflate(buf));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    private static int u16(ByteBuffer b, int at) {
        return Short.toUnsignedInt(b.getShort(at));
    }

    private static long u32(ByteBuffer b, int at) {
        return Integer.toUnsignedLong(b.getInt(at));
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static long crc(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return crc.getValue();
    }

    private static String crcOf(String s) {
        return String.format(Locale.ROOT, "%08x", crc(utf8(s)));
    }

    static String hex(int v) {
        return String.format(Locale.ROOT, "%04x", v);
    }
}
