package dev.capexbrief.delivery;

import dev.capexbrief.dataset.Dataset;
import dev.capexbrief.dataset.DatasetReader;
import dev.capexbrief.render.model.BriefingModel;
import dev.capexbrief.render.model.Cell;
import dev.capexbrief.render.model.Column;
import dev.capexbrief.render.model.Exhibit;
import dev.capexbrief.render.model.Row;
import dev.capexbrief.render.model.Series;
import dev.capexbrief.render.model.Table;
import dev.capexbrief.render.text.TemplateSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.awt.Color;
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
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The PDF and the workbook draw one model. For several briefings (the bundled dataset, the bench's
 * small.csv, a next-tier dataset, one with a capex-intensity exhibit, one with cash coverage) this walks the model and checks every table cell and every
 * exhibit series against both renderings read back the way a user's tools read them: the PDF's
 * text with PDFBox, the workbook's cells, formulas and native charts with POI. A failure names the
 * path of the first difference, e.g. {@code History/history/AMZN/FY2024: pdf "$77.7B" missing}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ModelAgreementTest {
    @TempDir
    static Path dir;
    final Map<String, Written> briefings = new LinkedHashMap<>();

    record Written(String name, BriefingModel model, String pdfText, XSSFWorkbook workbook) {
    }

    @BeforeAll
    void write() throws Exception {
        TemplateSet templates = TemplateSet.load(null);
        DatasetReader reader = new DatasetReader();
        add("bundled", reader.loadBundled(), LocalDate.of(2026, 2, 5), templates);
        Path small = Path.of("../shared/bench/data/small.csv");
        if (Files.isRegularFile(small)) {
            add("small.csv", reader.load(small), LocalDate.of(2025, 2, 9), templates);
        }
        add("next-tier", reader.load(resource("next-tier.yaml")), LocalDate.of(2026, 2, 5), templates);
        add("intensity", reader.load(resource("intensity.yaml")), LocalDate.of(2025, 2, 9), templates);
        // cash coverage over quarters, twelve months and years, group rows, negative free cash flow
        add("cash-coverage", reader.load(resource("cash-coverage.yaml")), LocalDate.of(2026, 8, 15), templates);
        // a single-source quarter and revision: marked numbers and "from → to" words in both files
        add("single-source", reader.load(resource("single-source.yaml")), LocalDate.of(2026, 7, 31), templates);
        Path trimmed = Path.of("../shared/data/companyfacts/trimmed");
        if (Files.isDirectory(trimmed)) {
            // the bundled dataset brought up to date from the SEC payloads: restatements, revenue, cash flow
            Path yaml = dir.resolve("hyperscalers+edgar.yaml");
            try (InputStream in = DatasetReader.class.getResourceAsStream(DatasetReader.BUNDLED_RESOURCE)) {
                Files.write(yaml, in.readAllBytes());
            }
            var imported = dev.capexbrief.cli.CapexBrief.run("import", "edgar", trimmed.toString(), "--into",
                    yaml.toString());
            assertThat(imported).as("import edgar exit code").isZero();
            add("bundled+edgar", reader.load(yaml), LocalDate.of(2026, 8, 1), templates);
        }
    }

    private static Path resource(String name) throws IOException {
        try (InputStream in = ModelAgreementTest.class.getResourceAsStream("/datasets/" + name)) {
            return Files.write(dir.resolve(name), in.readAllBytes());
        }
    }

    private void add(String name, DatasetReader.Loaded data, LocalDate asOf, TemplateSet templates) throws IOException {
        BriefingJob job = new BriefingJob(data, templates, new OutputLayout(dir.resolve(name), null), "USD");
        BriefingJob.Result r = job.run(asOf, false);
        String text;
        try (PDDocument doc = Loader.loadPDF(r.pdf().toFile())) {
            text = normal(new PDFTextStripper().getText(doc));
        }
        briefings.put(name, new Written(name, r.model(), text, new XSSFWorkbook(Files.newInputStream(r.xlsx()))));
    }

    Stream<String> names() {
        return briefings.keySet().stream();
    }

    @ParameterizedTest
    @MethodSource("names")
    void everyTableCellTheModelShowsIsInThePdfAndTheWorkbook(String name) {
        Written w = briefings.get(name);
        List<String> diffs = new ArrayList<>();
        for (var section : w.model().sections()) {
            for (Table t : section.tables()) {
                String path = section.id() + "/" + t.id();
                if (!t.detail()) {
                    pdfRows(w.pdfText(), t, path, diffs);
                }
                if (t.id().equals("fx-rates")) {
                    fxRates(w.workbook(), t, path, diffs);
                } else {
                    workbookRows(w.workbook(), t, path, diffs);
                }
            }
        }
        assertThat(diffs).as(name + ": " + diffs.size() + " difference(s), first: "
                + (diffs.isEmpty() ? "" : diffs.get(0))).isEmpty();
    }

    /**
     * The workbook's FX rates are the dataset's FX table (the Excel table FxRates, under the field
     * names its reader reads back): each rate the model lists is there, marked as used.
     */
    private static void fxRates(XSSFWorkbook book, Table t, String path, List<String> diffs) {
        var table = book.getTable("FxRates");
        if (table == null) {
            diffs.add(path + ": workbook has no FxRates table");
            return;
        }
        XSSFSheet sheet = table.getXSSFSheet();
        for (Row row : t.rows()) {
            String currency = row.cell(t.column("currency")).text();
            double rate = ((Cell.Number) row.cell(t.column("rate"))).value().doubleValue();
            boolean found = false;
            for (int r = table.getStartRowIndex() + 1; r <= table.getEndRowIndex(); r++) {
                var cells = sheet.getRow(r);
                found |= cells.getCell(table.getStartColIndex()).getStringCellValue().equals(currency)
                        && cells.getCell(table.getStartColIndex() + 1).getNumericCellValue() == rate
                        && cells.getCell(table.getStartColIndex() + 3).getStringCellValue().equals("yes");
            }
            if (!found) {
                diffs.add(path + "/" + row.key() + ": workbook FxRates has no used rate " + currency + " " + rate);
            }
        }
    }

    /** Each shown row's cells, in column order, somewhere after the previous row's first cell. */
    private static void pdfRows(String pdf, Table t, String path, List<String> diffs) {
        for (Row r : t.shortRendering()) {
            int from = 0;
            for (int c = 0; c < t.columns().size(); c++) {
                Column col = t.columns().get(c);
                String text = normal(r.cell(c).text());
                if (col.detail() || text.isEmpty()) {
                    continue;
                }
                int at = pdf.indexOf(text, from);
                if (at < 0) {
                    diffs.add(path + "/" + r.key() + "/" + col.id() + ": pdf \"" + text + "\" missing"
                            + (pdf.contains(text) ? " after the row's earlier cells" : ""));
                    break;
                }
                from = at + text.length();
            }
        }
    }

    /**
     * The table's header row on some sheet, then every row but the remainder, cell by cell; a
     * cell's second line, where the workbook gives it a column of its own (a blank header right of
     * the cell's), holds the model's {@code sub}.
     */
    private static void workbookRows(XSSFWorkbook book, Table t, String path, List<String> diffs) {
        if (t.rows().isEmpty()) {
            return;
        }
        Located at = locate(book, t);
        if (at == null) {
            diffs.add(path + ": workbook has no header row " + t.columns().stream().map(Column::header).toList());
            return;
        }
        int r = at.row;
        for (Row row : t.rows()) {
            if (row.kind() == Row.Kind.REMAINDER) {
                continue;
            }
            r++;
            var sheetRow = at.sheet.getRow(r);
            for (int c = 0; c < t.columns().size(); c++) {
                int col = at.columns.get(c);
                var cell = sheetRow == null ? null : sheetRow.getCell(col);
                String where = path + "/" + row.key() + "/" + t.columns().get(c).id();
                String problem = compare(row.cell(c), cell);
                if (problem != null) {
                    diffs.add(where + ": " + problem);
                }
                String sub = row.cell(c).sub();
                if (!sub.isEmpty() && at.subColumns.contains(col + 1)) {
                    var next = sheetRow == null ? null : sheetRow.getCell(col + 1);
                    String got = next == null || next.getCellType() != CellType.STRING ? "" : next.getStringCellValue();
                    if (!got.equals(sub)) {
                        diffs.add(where + " (second line): pdf \"" + sub + "\" workbook \"" + got + "\"");
                    }
                }
            }
        }
    }

    /** Where a table's header row is, and the sheet column of each model column. */
    private record Located(XSSFSheet sheet, int row, List<Integer> columns, java.util.Set<Integer> subColumns) {
    }

    private static Located locate(XSSFWorkbook book, Table t) {
        List<String> headers = t.columns().stream().map(Column::header).toList();
        for (int s = 0; s < book.getNumberOfSheets(); s++) {
            XSSFSheet sheet = book.getSheetAt(s);
            if (sheet.getSheetName().startsWith("Data")) {
                continue;
            }
            for (var row : sheet) {
                for (var cell : row) {
                    if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(headers.get(0))) {
                        Located at = matches(sheet, row, cell.getColumnIndex(), headers);
                        if (at != null) {
                            return at;
                        }
                    }
                }
            }
        }
        return null;
    }

    /** The headers in order from {@code first}, with only blank-headed columns (second lines) between them. */
    private static Located matches(XSSFSheet sheet, org.apache.poi.ss.usermodel.Row row, int first, List<String> headers) {
        List<Integer> columns = new ArrayList<>();
        java.util.Set<Integer> subs = new java.util.HashSet<>();
        int c = first;
        for (String h : headers) {
            while (header(row, c).isEmpty() && c > first && c < first + 3 * headers.size()) {
                subs.add(c);
                c++;
            }
            if (!header(row, c).equals(h)) {
                return null;
            }
            columns.add(c++);
        }
        while (header(row, c).isEmpty() && c < first + 3 * headers.size() && row.getCell(c) != null) {
            subs.add(c++);
        }
        return new Located(sheet, row.getRowNum(), columns, subs);
    }

    private static String header(org.apache.poi.ss.usermodel.Row row, int c) {
        var cell = row.getCell(c);
        return cell == null || cell.getCellType() != CellType.STRING ? "" : cell.getStringCellValue();
    }

    /** Null when the workbook cell shows the model cell: the number behind a money or percent cell, else the text. */
    private static String compare(Cell model, org.apache.poi.ss.usermodel.Cell cell) {
        if (model instanceof Cell.Money m) {
            return number(cell, m.value().doubleValue(), m.derivation() != null, m.text());
        }
        if (model instanceof Cell.Percent p) {
            return number(cell, p.ratio().doubleValue(), p.derivation() != null, p.text());
        }
        if (model instanceof Cell.Multiple x) {
            return number(cell, x.ratio().doubleValue(), x.derivation() != null, x.text());
        }
        if (model instanceof Cell.Number n) {
            return number(cell, n.value().doubleValue(), false, n.text());
        }
        if (model instanceof Cell.Day d) {
            if (cell == null || cell.getCellType() != CellType.NUMERIC || !DateUtil.isCellDateFormatted(cell)) {
                return "workbook " + describe(cell) + ", model date " + d.date();
            }
            LocalDate got = cell.getLocalDateTimeCellValue().toLocalDate();
            return got.equals(d.date()) ? null : "workbook " + got + ", model " + d.date();
        }
        String want = model.text();
        String got = cell == null || cell.getCellType() == CellType.BLANK ? "" : cell.getCellType() == CellType.STRING
                ? cell.getStringCellValue() : describe(cell);
        return got.equals(want) || want.isEmpty() && got.isEmpty() ? null
                : "pdf \"" + want + "\" workbook \"" + got + "\"";
    }

    private static String number(org.apache.poi.ss.usermodel.Cell cell, double want, boolean formula, String label) {
        if (cell == null) {
            return "pdf \"" + label + "\" workbook empty";
        }
        boolean isFormula = cell.getCellType() == CellType.FORMULA;
        CellType type = isFormula ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type != CellType.NUMERIC) {
            return "pdf \"" + label + "\" workbook " + describe(cell);
        }
        double got = cell.getNumericCellValue();
        if (Math.abs(got - want) > 1e-9 * Math.max(1, Math.abs(want))) {
            return "pdf \"" + label + "\" workbook " + got;
        }
        if (formula != isFormula) {
            return "pdf \"" + label + "\" is " + (formula ? "derived" : "an input") + " but the workbook cell is "
                    + (isFormula ? "a formula" : "a value");
        }
        return null;
    }

    private static String describe(org.apache.poi.ss.usermodel.Cell cell) {
        return cell == null ? "empty" : cell.getCellType() + " " + cell;
    }

    @ParameterizedTest
    @MethodSource("names")
    void everyExhibitIsInThePdfAndIsANativeChartWithTheSameSeries(String name) {
        Written w = briefings.get(name);
        Map<String, XSSFChart> charts = charts(w.workbook());
        List<String> diffs = new ArrayList<>();
        for (Exhibit e : w.model().exhibits()) {
            String path = "Exhibit " + e.number();
            if (!w.pdfText().contains(normal(e.numberedTitle()))) {
                diffs.add(path + ": pdf has no title \"" + e.numberedTitle() + "\"");
            }
            XSSFChart chart = charts.get(e.numberedTitle());
            if (chart == null) {
                diffs.add(path + ": workbook has no chart titled \"" + e.numberedTitle() + "\" among " + charts.keySet());
                continue;
            }
            List<ChartSeriesXml> drawn = ChartSeriesXml.of(chart);
            List<Series> model = e.series();
            List<String> names = drawn.stream().map(ChartSeriesXml::name).toList();
            for (Series s : model) {
                int i = names.indexOf(s.name());
                if (i < 0) {
                    diffs.add(path + "/" + s.key() + ": workbook chart has no series \"" + s.name() + "\" in " + names);
                    continue;
                }
                ChartSeriesXml x = drawn.get(i);
                for (int k = 0; k < s.values().size(); k++) {
                    Double want = s.values().get(k);
                    Double got = x.values().get(k);
                    if (want == null ? got != null : got == null || Math.abs(got - want) > 1e-9 * Math.max(1, want)) {
                        diffs.add(path + "/" + s.name() + "/" + e.categories().get(k).label() + ": model " + want
                                + " workbook " + got);
                    }
                }
                Color want = s.pointColors().isEmpty() ? s.color() : s.pointColors().get(0);
                if (x.color() != null && !x.color().equals(want)) {
                    diffs.add(path + "/" + s.name() + ": workbook colour " + x.color() + ", model " + want);
                }
            }
            List<String> order = model.stream().map(Series::name).filter(names::contains).toList();
            if (!names.stream().filter(order::contains).toList().equals(order)) {
                diffs.add(path + ": workbook series order " + names + ", model " + order);
            }
        }
        assertThat(diffs).as(name + ": first difference: " + (diffs.isEmpty() ? "" : diffs.get(0))).isEmpty();
    }

    @Test
    void aRatioExhibitIsDrawnInBothFilesFromItsDefinitionAndTemplateAlone() {
        Written w = briefings.get("intensity");
        Exhibit cover = w.model().exhibits().stream().filter(e -> e.id().equals("capex-to-ocf")).findFirst()
                .orElseThrow();
        // Cirrus: 8 / 6.4 = 125% of its operating cash flow; Acme: 40 / 60 = 66.7%
        assertThat(cover.title()).isEqualTo("Cash cover: capex outruns operating cash flow at Cirrus (125.0%)");
        assertThat(cover.series().get(0).values()).containsExactly(1.25, new java.math.BigDecimal("40").divide(new java.math.BigDecimal("60"), java.math.MathContext.DECIMAL64).doubleValue());
        assertThat(w.pdfText()).contains(cover.numberedTitle(), "125.0%", "66.7%");
        assertThat(charts(w.workbook())).containsKey(cover.numberedTitle());
    }

    @Test
    void eachCompanyHasOneColourInBothFilesAndAcrossBriefings() {
        Map<String, Color> colours = new HashMap<>();
        List<String> diffs = new ArrayList<>();
        for (Written w : briefings.values()) {
            for (Exhibit e : w.model().exhibits()) {
                for (Series s : e.series()) {
                    if (!s.pointColors().isEmpty()) {
                        continue;
                    }
                    Color before = colours.putIfAbsent(s.key(), s.color());
                    if (before != null && !before.equals(s.color())) {
                        diffs.add(w.name() + "/Exhibit " + e.number() + "/" + s.key() + ": " + s.color() + ", elsewhere "
                                + before);
                    }
                }
            }
        }
        assertThat(colours).containsKeys("AMZN", "ORCL");
        assertThat(diffs).isEmpty();
    }

    private static Map<String, XSSFChart> charts(XSSFWorkbook book) {
        Map<String, XSSFChart> out = new LinkedHashMap<>();
        for (int s = 0; s < book.getNumberOfSheets(); s++) {
            XSSFDrawing drawing = book.getSheetAt(s).getDrawingPatriarch();
            if (drawing != null) {
                for (XSSFChart c : drawing.getCharts()) {
                    out.put(c.getTitleText() == null ? "" : c.getTitleText().getString(), c);
                }
            }
        }
        return out;
    }

    static String normal(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }
}
