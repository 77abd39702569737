package dev.capexbrief.dataset;

import dev.capexbrief.analysis.AnalysisOptions;
import dev.capexbrief.analysis.Analyzer;
import dev.capexbrief.analysis.Briefing;
import dev.capexbrief.render.excel.WorkbookWriter;
import dev.capexbrief.render.model.CompanyStyle;
import dev.capexbrief.render.model.ModelBuilder;
import dev.capexbrief.render.text.TemplateSet;
import dev.capexbrief.render.text.Theme;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class XlsxDatasetReaderTest {
    private static final Dataset BUNDLED = new DatasetReader().readBundled();

    @TempDir
    Path dir;

    @Test
    void theWorkbookReadsBackAsTheDatasetItWasWrittenFrom() throws Exception {
        byte[] xlsx = workbook(BUNDLED, LocalDate.of(2026, 2, 5));
        Path file = dir.resolve("briefing.xlsx");
        Files.write(file, xlsx);
        Dataset back = new DatasetReader().read(file);
        assertThat(back.figures()).hasSameSizeAs(BUNDLED.figures());
        for (int i = 0; i < BUNDLED.figures().size(); i++) {
            Figure a = BUNDLED.figures().get(i);
            Figure b = back.figures().get(i);
            assertThat(same(a, b)).as("figure %d: %s vs %s", i, a, b).isTrue();
        }
        assertThat(back.fxRates()).isEqualTo(BUNDLED.fxRates());
        assertThat(back.companies().keySet()).containsAll(
                BUNDLED.figures().stream().map(f -> f.company().id()).distinct().toList());
        Briefing original = analyze(BUNDLED);
        Briefing again = analyze(back);
        assertThat(again.total()).isEqualTo(original.total());
        assertThat(again.guidance().stream().map(g -> g.label()).toList())
                .isEqualTo(original.guidance().stream().map(g -> g.label()).toList());
    }

    @Test
    void filingReferencesCiksAndConfidenceRoundTrip() throws Exception {
        Dataset d = new YamlDatasetReader().read(new ByteArrayInputStream("""
                companies:
                  - {id: GOOGL, name: Alphabet, cik: 1652044}
                  - {id: AMZN, name: Amazon}
                figures:
                  - {company: GOOGL, metric: capex_purchases_ppe, kind: actual, period: FY2025Q1, value: 17.197, announced: 2025-04-25, source: "https://www.sec.gov/Archives/edgar/data/1652044/000165204425000043/0001652044-25-000043-index.htm", tag: PaymentsToAcquirePropertyPlantAndEquipment, form: 10-Q, accession: 0001652044-25-000043, confidence: reported}
                  - {company: GOOGL, metric: capex, kind: guidance, period: FY2025, value: 75, announced: 2025-02-04, confidence: single-source}
                  - {company: AMZN, metric: capex, kind: guidance, period: FY2025, value: 100, qualifier: at_least, announced: 2025-02-06}
                """.getBytes(java.nio.charset.StandardCharsets.UTF_8)), "imported.yaml");
        Path file = Files.write(dir.resolve("imported.xlsx"), workbook(d, LocalDate.of(2025, 4, 30)));
        Dataset back = new DatasetReader().read(file);
        assertThat(back.figures()).hasSameSizeAs(d.figures());
        for (int i = 0; i < d.figures().size(); i++) {
            assertThat(same(d.figures().get(i), back.figures().get(i))).as("figure %d: %s vs %s", i, d.figures().get(i),
                    back.figures().get(i)).isTrue();
        }
        assertThat(back.companies().get("GOOGL").cik()).isEqualTo(1652044L);
        assertThat(back.companies().get("AMZN").hasCik()).isFalse();
    }

    @Test
    void aBadRowIsReportedWithSheetRowAndColumn() throws Exception {
        byte[] xlsx = handMade(sheet -> {
            row(sheet, 1, "MSFT", "capex", "guidance", "FY2025", null, "65", "60", "2025-01-03");
            row(sheet, 2, "META", "capex", "guidance", "FY20X5", "60", null, null, "2025-01-03");
        });
        assertThatThrownBy(() -> new XlsxDatasetReader().read(new ByteArrayInputStream(xlsx), "edited.xlsx"))
                .isInstanceOfSatisfying(InvalidDatasetException.class, e -> assertThat(e.problems())
                        .extracting(Problem::toString)
                        .contains("edited.xlsx:2: high: high (60) is below low (65)")
                        .anySatisfy(p -> assertThat(p).startsWith("edited.xlsx:3: period: 'FY20X5'")));
    }

    @Test
    void numbersAndDatesTypedInExcelAreReadAsExcelShowsThem() throws Exception {
        byte[] xlsx = handMade(sheet -> {
            XSSFRow row = row(sheet, 1, "AMZN", "capex", "guidance", "FY2025", null, null, null, null);
            row.createCell(4).setCellValue(77.659999999999997);
            row.createCell(7).setCellValue(LocalDate.of(2025, 2, 6));
        });
        Dataset d = new XlsxDatasetReader().read(new ByteArrayInputStream(xlsx), "typed.xlsx");
        Figure f = d.figures().get(0);
        assertThat(f.amount().central()).isEqualByComparingTo(new BigDecimal("77.66"));
        assertThat(f.announced()).isEqualTo(LocalDate.of(2025, 2, 6));
    }

    @Test
    void aPercentageIsReadAsTheAnalystSawItAndRefusedWhereTheUnitIsNotPercent() throws Exception {
        byte[] xlsx = handMade(sheet -> {
            sheet.getRow(0).createCell(8).setCellValue("unit");
            XSSFCellStyle whole = sheet.getWorkbook().createCellStyle();
            whole.setDataFormat(sheet.getWorkbook().createDataFormat().getFormat("0%"));
            XSSFCellStyle signed = sheet.getWorkbook().createCellStyle();
            signed.setDataFormat(sheet.getWorkbook().createDataFormat().getFormat("+0.0%;-0.0%"));
            XSSFRow a = row(sheet, 1, "META", "share_price_move", "actual", "FY2025Q4", null, null, null, "2026-01-30", "%");
            a.createCell(4).setCellValue(-0.04);
            a.getCell(4).setCellStyle(whole);
            XSSFRow b = row(sheet, 2, "AMZN", "share_price_move", "actual", "FY2025Q4", null, null, null, "2026-02-06", "%");
            b.createCell(4).setCellValue(-0.07);
            b.getCell(4).setCellStyle(signed);
        });
        Dataset d = new XlsxDatasetReader().read(new ByteArrayInputStream(xlsx), "moves.xlsx");
        assertThat(d.figures()).extracting(f -> f.amount().central().toPlainString()).containsExactly("-4", "-7");

        byte[] wrong = handMade(sheet -> {
            sheet.getRow(0).createCell(8).setCellValue("unit");
            XSSFCellStyle percent = sheet.getWorkbook().createCellStyle();
            percent.setDataFormat((short) 9); // Excel's built-in 0%
            XSSFRow row = row(sheet, 1, "AMZN", "capex", "guidance", "FY2026", null, null, null, "2026-02-06", "B");
            row.createCell(4).setCellValue(0.5);
            row.getCell(4).setCellStyle(percent);
        });
        assertThatThrownBy(() -> new XlsxDatasetReader().read(new ByteArrayInputStream(wrong), "plans.xlsx"))
                .isInstanceOfSatisfying(InvalidDatasetException.class, e -> assertThat(e.problems())
                        .extracting(Problem::toString)
                        .containsExactly("plans.xlsx:2: value: shows 50% (a percentage format; the cell holds 0.5) but the"
                                + " unit is 'B'; give the amount in a number format, or the unit % for a percentage metric"));
    }

    @Test
    void aQuotedOrBracketedPercentSignIsNotAPercentageFormat() {
        assertThat(PercentStyles.isPercent("0%")).isTrue();
        assertThat(PercentStyles.isPercent("[Red]-0.0%;0.0%")).isTrue();
        assertThat(PercentStyles.isPercent("0.0\"%\"")).isFalse();
        assertThat(PercentStyles.isPercent("0.0\\%")).isFalse();
        assertThat(PercentStyles.isPercent("[$%-409]0.0")).isFalse();
        assertThat(PercentStyles.isPercent("#,##0.0")).isFalse();
    }

    @Test
    void anErrorValueIsReportedNotRead() throws Exception {
        byte[] xlsx = handMade(sheet -> {
            XSSFRow row = row(sheet, 1, "AMZN", "capex", "guidance", "FY2025", null, null, null, "2025-02-06");
            row.createCell(4).setCellErrorValue(FormulaError.REF);
        });
        assertThatThrownBy(() -> new XlsxDatasetReader().read(new ByteArrayInputStream(xlsx), "err.xlsx"))
                .isInstanceOfSatisfying(InvalidDatasetException.class, e -> assertThat(e.problems())
                        .extracting(Problem::toString)
                        .contains("err.xlsx:2: value: holds the error value #REF!; replace it with a value"));
    }

    @Test
    void aWorkbookWithoutADataSheetOrNotAWorkbookAtAllIsRefused() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            book.createSheet("Sheet1").createRow(0).createCell(0).setCellValue("company");
            book.write(out);
        }
        assertThat(problems(out.toByteArray(), "other.xlsx")).singleElement().asString()
                .startsWith("other.xlsx: has no sheet named Data");
        assertThat(problems("company,metric\n".getBytes(), "renamed.xlsx")).singleElement().asString()
                .startsWith("renamed.xlsx: is not");
    }

    @Test
    void aWorkbookLinkedToAnotherWorkbookIsRefused() throws Exception {
        byte[] xlsx = handMade(sheet -> {
            row(sheet, 1, "AMZN", "capex", "guidance", "FY2025", "100", null, null, "2025-02-06");
            XSSFWorkbook other = new XSSFWorkbook();
            other.createSheet("Prices");
            sheet.getWorkbook().linkExternalWorkbook("prices.xlsx", other);
        });
        assertThat(problems(xlsx, "linked.xlsx")).singleElement().asString()
                .startsWith("linked.xlsx: contains links to other workbooks");
    }

    @Test
    void aZipBombIsRefusedByPoisLimits() throws Exception {
        byte[] xlsx = handMade(sheet -> row(sheet, 1, "AMZN", "capex", "guidance", "FY2025", "100", null, null,
                "2025-02-06"));
        // 10 MB of spaces compress to almost nothing: far below POI's minimum inflate ratio
        byte[] bomb = replaceEntry(xlsx, "xl/worksheets/sheet1.xml",
                xml -> xml.replace("</worksheet>", " ".repeat(10_000_000) + "</worksheet>"));
        assertThat(problems(bomb, "bomb.xlsx")).singleElement().asString()
                .startsWith("bomb.xlsx: is not a readable .xlsx workbook").containsIgnoringCase("zip bomb");
    }

    @Test
    void aSheetWithADoctypeIsRefusedNotExpanded() throws Exception {
        byte[] xlsx = handMade(sheet -> row(sheet, 1, "AMZN", "capex", "guidance", "FY2025", "100", null, null,
                "2025-02-06"));
        byte[] xxe = replaceEntry(xlsx, "xl/worksheets/sheet1.xml", xml -> xml.replaceFirst("<worksheet",
                "<!DOCTYPE worksheet [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><worksheet"));
        assertThat(problems(xxe, "xxe.xlsx")).singleElement().asString().startsWith("xxe.xlsx: is damaged");
    }

    /** The same package with one entry's text changed. */
    private static byte[] replaceEntry(byte[] xlsx, String name, java.util.function.UnaryOperator<String> change)
            throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (var in = new java.util.zip.ZipInputStream(new ByteArrayInputStream(xlsx));
             var zip = new java.util.zip.ZipOutputStream(out)) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] data = in.readAllBytes();
                if (e.getName().equals(name)) {
                    data = change.apply(new String(data, java.nio.charset.StandardCharsets.UTF_8))
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
                zip.write(data);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static List<Problem> problems(byte[] xlsx, String name) {
        try {
            new XlsxDatasetReader().read(new ByteArrayInputStream(xlsx), name);
        } catch (InvalidDatasetException e) {
            return e.problems();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        throw new AssertionError("read without problems");
    }

    private static boolean same(Figure a, Figure b) {
        return a.company().id().equals(b.company().id()) && a.company().name().equals(b.company().name())
                && a.company().fiscalYearEnd() == b.company().fiscalYearEnd() && a.metric().equals(b.metric())
                && a.kind() == b.kind() && a.period().equals(b.period())
                && a.amount().getClass() == b.amount().getClass() && a.amount().qualifier() == b.amount().qualifier()
                && cmp(a.amount().low(), b.amount().low()) && cmp(a.amount().high(), b.amount().high())
                && a.currency().equals(b.currency()) && a.unit() == b.unit() && a.announced().equals(b.announced())
                && a.announcedStated() == b.announcedStated() && a.source().equals(b.source())
                && a.note().equals(b.note()) && a.company().cik() == b.company().cik() && a.tag().equals(b.tag())
                && a.form().equals(b.form()) && a.accession().equals(b.accession()) && a.confidence() == b.confidence();
    }

    private static boolean cmp(BigDecimal x, BigDecimal y) {
        return Objects.equals(x, y) || (x != null && y != null && x.compareTo(y) == 0);
    }

    private static Briefing analyze(Dataset d) {
        return new Analyzer().analyze(d, new AnalysisOptions(LocalDate.of(2026, 2, 5), "USD", null));
    }

    private static byte[] workbook(Dataset d, LocalDate asOf) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TemplateSet t = TemplateSet.load(null);
        new WorkbookWriter(t.theme()).write(new ModelBuilder(t, b -> CompanyStyle.of(t.theme(), b))
                .build(new Analyzer().analyze(d, new AnalysisOptions(asOf, "USD", null))), d, out);
        return out.toByteArray();
    }

    /** A workbook an analyst might have typed: a Data sheet with a header and the given rows. */
    private static byte[] handMade(java.util.function.Consumer<XSSFSheet> rows) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = book.createSheet("Data");
            row(sheet, 0, "company", "metric", "kind", "period", "value", "low", "high", "announced");
            rows.accept(sheet);
            book.write(out);
            return out.toByteArray();
        }
    }

    private static XSSFRow row(XSSFSheet sheet, int r, String... values) {
        XSSFRow row = sheet.createRow(r);
        for (int c = 0; c < values.length; c++) {
            if (values[c] != null) {
                row.createCell(c).setCellValue(values[c]);
            }
        }
        return row;
    }
}
