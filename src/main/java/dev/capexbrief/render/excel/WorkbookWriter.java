package dev.capexbrief.render.excel;

import dev.capexbrief.analysis.Briefing;
import dev.capexbrief.dataset.Dataset;
import dev.capexbrief.render.text.CompanyColors;
import dev.capexbrief.render.text.Theme;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the analyst workbook for a briefing: Summary, Guidance, History, Quarterly, Changes,
 * Data and Sources &amp; Methodology, with native charts and live formulas whose cached results are
 * the briefing's numbers. POI lays out the package (styles, sheets' settings, charts, tables,
 * names); every sheet's cells are held compactly ({@link SheetCells}) or, for the Data sheet, read
 * straight from the dataset, and streamed into the package as it is written, so a million-row
 * dataset needs no cell objects at all. Same briefing and dataset, same bytes.
 */
public final class WorkbookWriter {
    private static final int DATA_POSITION = 5;

    private final Theme theme;
    private final int rowsPerDataSheet;

    public WorkbookWriter(Theme theme) {
        this(theme, DataSheets.EXCEL_DATA_ROWS);
    }

    /** For tests: a small sheet size shows the "Data (2)" continuation without a million rows. */
    WorkbookWriter(Theme theme, int rowsPerDataSheet) {
        this.theme = theme;
        this.rowsPerDataSheet = rowsPerDataSheet;
    }

    public void write(Briefing briefing, Dataset dataset, OutputStream out) throws IOException {
        try (DataRows rows = renderData(dataset)) {
            write(briefing, dataset, () -> rows, out);
        }
    }

    /** Data rows that may still be rendering elsewhere: asked for only when the package is written. */
    @FunctionalInterface
    public interface Rendering {
        DataRows get() throws IOException;
    }

    /**
     * Renders the Data sheets' rows of {@code dataset} ahead of any workbook: they depend on the
     * dataset alone, so this can run while the briefing is analysed, and serve every briefing of
     * the dataset. The caller closes them.
     */
    public DataRows renderData(Dataset dataset) throws IOException {
        return DataRows.render(dataset, rowsPerDataSheet);
    }

    /**
     * Writes the workbook with Data rows rendered ahead by {@link #renderData} for the same dataset;
     * everything else is built before {@code data} is asked for, so the rows can still be rendering.
     */
    public void write(Briefing briefing, Dataset dataset, Rendering data, OutputStream out) throws IOException {
        Path temp = Files.createTempFile("capexbrief-", ".xlsx");
        Map<String, SheetBody> rows = new LinkedHashMap<>();
        try {
            List<XSSFSheet> dataSheets;
            try (OutputStream file = Files.newOutputStream(temp)) {
                dataSheets = build(briefing, dataset, file, rows);
            }
            DataRows rendered = data.get();
            if (rendered.sheets() != dataSheets.size()) {
                throw new IllegalArgumentException("the Data rows were rendered for another dataset");
            }
            for (int k = 0; k < dataSheets.size(); k++) {
                rows.put(part(dataSheets.get(k)), rendered.sheet(k));
            }
            FixedTimeZip.copy(temp, out, briefing.asOf(), rows, rendered.strings());
        } finally {
            for (SheetBody body : rows.values()) {
                if (!(body instanceof DataRows.Sheet)) {
                    body.close();
                }
            }
            Files.deleteIfExists(temp);
        }
    }

    private static void pages(PageSetup page, XSSFSheet summary, XSSFSheet guidance, XSSFSheet history,
                              XSSFSheet quarterly, XSSFSheet changes, XSSFSheet sources) {
        int header = SummarySheet.HEADER_ROW;
        page.apply(summary, header + 1, header);
        page.apply(guidance, header + 1, -1);
        page.apply(history, header + 1, header);
        // several tables with different columns: keep the title in view, repeat no header
        page.apply(quarterly, header, -1);
        page.apply(changes, header, -1);
        page.apply(sources, 0, -1);
    }

    /**
     * POI writes the package with every sheet's rows left out; returns the rows to stream into
     * each sheet's part, by entry name.
     */
    /** POI writes the package with every sheet's rows left out; returns the Data sheets, in order. */
    private List<XSSFSheet> build(Briefing b, Dataset dataset, OutputStream out, Map<String, SheetBody> byPart)
            throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Styles styles = new Styles(book, theme.accent(), b.currency());
            DataSheets.createStyles(styles);
            DataSheets data = new DataSheets(rowsPerDataSheet);
            PageSetup page = new PageSetup(theme.firmName() + " \u00b7 Hyperscaler capex briefing " + b.isoWeek(),
                    "As of " + b.asOf());
            Map<XSSFSheet, SheetBody> bodies = new LinkedHashMap<>();
            try {
                analysis(book, styles, page, b, dataset, data.names(dataset.figures().size()), bodies);
            } finally {
                bodies.forEach((sheet, body) -> byPart.put(part(sheet), body));
            }
            List<XSSFSheet> dataSheets = data.write(book, dataset.figures().size(), page, DATA_POSITION);
            book.setActiveSheet(0);
            if (book.getSharedStringSource().getUniqueCount() != 0) {
                throw new IllegalStateException("a cell was written through POI; sheet cells go through Grid or SheetXml");
            }
            book.write(out);
            return dataSheets;
        }
    }

    /** The sheet's entry in the package, e.g. "xl/worksheets/sheet6.xml". */
    private static String part(XSSFSheet sheet) {
        return sheet.getPackagePart().getPartName().getName().substring(1);
    }

    /**
     * A finished sheet's cells go to disk, so one large sheet at a time is in memory. Its strings
     * are written inline: the shared table belongs to the Data rows, which may still be rendering.
     */
    private static void freeze(Styles styles, XSSFSheet sheet, Map<XSSFSheet, SheetBody> bodies) throws IOException {
        SheetCells cells = styles.cells(sheet);
        bodies.put(sheet, cells);
        cells.freeze(null);
    }

    private void analysis(XSSFWorkbook book, Styles styles, PageSetup page, Briefing b, Dataset dataset,
                          List<String> dataSheets, Map<XSSFSheet, SheetBody> bodies)
            throws IOException {
        Context ctx = new Context(b, theme, CompanyColors.of(theme, b), styles, new SourceIndex(b.sources()),
                new NativeCharts(styles.moneyFormat()));
        Names names = new Names(book);
        XSSFSheet summary = book.createSheet(SummarySheet.NAME);
        XSSFSheet guidance = book.createSheet(GuidanceSheet.NAME);
        XSSFSheet history = book.createSheet(HistorySheet.NAME);
        XSSFSheet quarterly = book.createSheet(QuarterlySheet.NAME);
        XSSFSheet changes = book.createSheet(ChangesSheet.NAME);
        XSSFSheet sources = book.createSheet(SourcesSheet.NAME);
        // sources first: the other sheets cite "[n]" and link to where each source is listed
        new SourcesSheet(ctx, sources).write(dataset, dataSheets);
        freeze(styles, sources, bodies);
        GuidanceCells cells = new GuidanceSheet(ctx, guidance).write(names);
        freeze(styles, guidance, bodies);
        new HistorySheet(ctx, history).write(names);
        freeze(styles, history, bodies);
        new QuarterlySheet(ctx, quarterly).write(cells, names);
        freeze(styles, quarterly, bodies);
        List<String> changeCells = new ChangesSheet(ctx, changes).write();
        freeze(styles, changes, bodies);
        new SummarySheet(ctx, summary).write(cells, changeCells, dataset.figures().size(), dataSheets, names);
        freeze(styles, summary, bodies);
        pages(page, summary, guidance, history, quarterly, changes, sources);
        DocumentProperties.apply(book, b, theme);
    }
}
