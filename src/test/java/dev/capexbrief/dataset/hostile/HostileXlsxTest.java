package dev.capexbrief.dataset.hostile;

import dev.capexbrief.dataset.Dataset;
import dev.capexbrief.dataset.DatasetReader;
import dev.capexbrief.dataset.InvalidDatasetException;
import dev.capexbrief.dataset.Problem;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Hostile .xlsx files, read the way the CLI reads them ({@link DatasetReader#read(Path)}): a zip
 * bomb, XML external entities, entity expansion, links to other workbooks, files that are not
 * workbooks at all. Each must be refused with one problem naming the file, and leak nothing.
 * The workbooks are built from a small valid one by editing its zip entries.
 */
class HostileXlsxTest {
    private static byte[] valid;

    @TempDir
    Path dir;

    @BeforeAll
    static void workbook() throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet data = book.createSheet("Data");
            String[] header = HostileInput.HEADER.strip().split(",");
            XSSFRow h = data.createRow(0);
            for (int i = 0; i < header.length; i++) {
                h.createCell(i).setCellValue(header[i]);
            }
            String[] cells = HostileInput.GOOD_ROW.strip().split(",", -1);
            cells[1] = "=HYPERLINK(\"http://evil.example\",\"click\")";
            XSSFRow r = data.createRow(1);
            for (int i = 0; i < cells.length; i++) {
                if (!cells[i].isEmpty()) {
                    r.createCell(i).setCellValue(cells[i]);
                }
            }
            book.write(out);
            valid = out.toByteArray();
        }
    }

    /** The zip entries of {@code xlsx}, in order. */
    static Map<String, byte[]> entries(byte[] xlsx) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                entries.put(e.getName(), zip.readAllBytes());
            }
        }
        return entries;
    }

    static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /** The valid workbook with one entry's text edited. */
    static byte[] edited(String entry, UnaryOperator<String> edit) throws IOException {
        Map<String, byte[]> entries = entries(valid);
        String xml = new String(entries.get(entry), StandardCharsets.UTF_8);
        entries.put(entry, edit.apply(xml).getBytes(StandardCharsets.UTF_8));
        return zip(entries);
    }

    Path file(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    static List<String> problems(Path file) {
        InvalidDatasetException e = catchThrowableOfType(InvalidDatasetException.class, () -> new DatasetReader().read(file));
        assertThat(e).as("refused").isNotNull();
        return e.problems().stream().map(Problem::toString).map(p -> p.replace(file.toString(), "{file}")).toList();
    }

    @Test
    void theValidWorkbookIsReadWithItsTextVerbatim() throws Exception {
        Dataset d = new DatasetReader().read(file("valid.xlsx", valid));
        assertThat(d.figures()).singleElement().satisfies(f -> {
            assertThat(f.company().name()).isEqualTo("=HYPERLINK(\"http://evil.example\",\"click\")");
            assertThat(f.amount().central()).isEqualByComparingTo("75");
        });
    }

    @Test
    @Timeout(20)
    void aZipBombIsRefused() throws IOException {
        // 50 MB of spaces inside the sheet compress to ~50 kB: a ratio POI's zip-bomb guard refuses
        byte[] bomb = edited("xl/worksheets/sheet1.xml", xml -> xml.replace("</worksheet>", " ".repeat(50 << 20) + "</worksheet>"));
        assertThat(bomb.length).isLessThan(1 << 20);
        assertThat(problems(file("bomb.xlsx", bomb))).singleElement().asString()
                .startsWith("{file}: is not a readable .xlsx workbook (").containsIgnoringCase("zip bomb");
    }

    @Test
    void anExternalEntityIsNeverResolved() throws IOException {
        byte[] xxe = edited("xl/sharedStrings.xml", xml -> xml.replaceFirst("<sst ",
                "<!DOCTYPE sst [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><sst ").replace(">company<", ">&xxe;<"));
        List<String> problems = problems(file("xxe.xlsx", xxe));
        assertThat(problems).singleElement().asString().startsWith("{file}: ").doesNotContain("root:");
    }

    @Test
    void anExternalEntityInASheetIsNeverResolved() throws IOException {
        byte[] xxe = edited("xl/worksheets/sheet1.xml", xml -> xml.replaceFirst("<worksheet ",
                "<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><worksheet "));
        assertThat(problems(file("xxe-sheet.xlsx", xxe))).singleElement().asString().startsWith("{file}: ").doesNotContain("root:");
    }

    @Test
    @Timeout(10)
    void entityExpansionIsRefused() throws IOException {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE sst [<!ENTITY a \"lollollollollollollollollollol\">");
        for (char c = 'b'; c <= 'j'; c++) {
            dtd.append("<!ENTITY ").append(c).append(" \"").append(("&" + (char) (c - 1) + ";").repeat(10)).append("\">");
        }
        dtd.append("]>");
        byte[] laughs = edited("xl/sharedStrings.xml", xml -> xml.replaceFirst("<sst ", dtd + "<sst ").replace(">company<", ">&j;<"));
        assertThat(problems(file("laughs.xlsx", laughs))).singleElement().asString().startsWith("{file}: ");
    }

    @Test
    void aLinkToAnotherWorkbookIsRefused() throws IOException {
        Map<String, byte[]> entries = entries(valid);
        String types = new String(entries.get("[Content_Types].xml"), StandardCharsets.UTF_8);
        entries.put("[Content_Types].xml", types.replace("</Types>", "<Override PartName=\"/xl/externalLinks/externalLink1.xml\""
                + " ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml\"/></Types>")
                .getBytes(StandardCharsets.UTF_8));
        entries.put("xl/externalLinks/externalLink1.xml", ("<externalLink xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                + "<externalBook/></externalLink>").getBytes(StandardCharsets.UTF_8));
        assertThat(problems(file("linked.xlsx", zip(entries)))).singleElement().asString()
                .isEqualTo("{file}: contains links to other workbooks; capexbrief reads only self-contained workbooks:"
                        + " save a copy without them (for links: Data > Edit Links > Break Link)");
    }

    @Test
    void filesThatAreNotWorkbooksAreRefused() throws IOException {
        assertThat(problems(file("csv.xlsx", (HostileInput.HEADER + HostileInput.GOOD_ROW).getBytes(StandardCharsets.UTF_8))))
                .containsExactly("{file}: is not an .xlsx workbook; save it as Excel Workbook (.xlsx)");
        assertThat(problems(file("empty.xlsx", new byte[0])))
                .containsExactly("{file}: is not an .xlsx workbook; save it as Excel Workbook (.xlsx)");
        byte[] truncated = java.util.Arrays.copyOf(valid, valid.length / 2);
        assertThat(problems(file("truncated.xlsx", truncated))).singleElement().asString().startsWith("{file}: ");
    }
}
