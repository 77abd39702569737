package dev.capexbrief.render.excel;

import dev.capexbrief.analysis.Briefing;
import dev.capexbrief.dataset.Dataset;
import dev.capexbrief.render.text.Theme;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the analyst workbook for a briefing: Summary, Guidance, History, Quarterly, Changes,
 * Data and Sources &amp; Methodology, with native charts and live formulas whose cached results are
 * the briefing's numbers. The analysis sheets are built in memory (they are small); the Data
 * sheet streams, so a million-row dataset does not hold the sheet in memory. Same briefing and
 * dataset, same bytes.
 */
public final class WorkbookWriter {
    /** Rows SXSSF keeps in memory while streaming the Data sheet. */
    private static final int ROW_WINDOW = 200;
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
        Path temp = Files.createTempFile("capexbrief-", ".xlsx");
        try {
            try (OutputStream file = Files.newOutputStream(temp)) {
                build(briefing, dataset, file);
            }
            FixedTimeZip.copy(temp, out, briefing.asOf());
        } finally {
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

    private void build(Briefing b, Dataset dataset, OutputStream out) throws IOException {
        XSSFWorkbook book = new XSSFWorkbook();
        // the formulas are generated, and a test recalculates every one; parsing each on the way in is
        // the slowest part of a large Guidance sheet
        book.setCellFormulaValidation(false);
        // wrapped while still empty: SXSSF streams only the sheets created through it (Data), and copies
        // the analysis sheets, made on the XSSF workbook itself, as they are instead of re-parsing them
        try (SXSSFWorkbook streaming = new SXSSFWorkbook(book, ROW_WINDOW)) {
            Styles styles = new Styles(book, theme.accent(), b.currency());
            PageSetup page = new PageSetup(theme.firmName() + " \u00b7 Hyperscaler capex briefing " + b.isoWeek(),
                    "As of " + b.asOf());
            DataSheets data = new DataSheets(rowsPerDataSheet);
            analysis(book, styles, page, b, dataset, data.names(dataset.figures().size()));
            data.write(streaming, dataset, styles, page, DATA_POSITION);
            streaming.setActiveSheet(0);
            streaming.write(out);
        }
    }

    private void analysis(XSSFWorkbook book, Styles styles, PageSetup page, Briefing b, Dataset dataset,
                          List<String> dataSheets) {
        Context ctx = new Context(b, theme, styles, new SourceIndex(b.sources()), new NativeCharts(styles.moneyFormat()));
        Names names = new Names(book);
        XSSFSheet summary = book.createSheet(SummarySheet.NAME);
        XSSFSheet guidance = book.createSheet(GuidanceSheet.NAME);
        XSSFSheet history = book.createSheet(HistorySheet.NAME);
        XSSFSheet quarterly = book.createSheet(QuarterlySheet.NAME);
        XSSFSheet changes = book.createSheet(ChangesSheet.NAME);
        XSSFSheet sources = book.createSheet(SourcesSheet.NAME);
        // sources first: the other sheets cite "[n]" and link to where each source is listed
        new SourcesSheet(ctx, sources).write(dataset, dataSheets);
        GuidanceCells cells = new GuidanceSheet(ctx, guidance).write(names);
        new HistorySheet(ctx, history).write(names);
        new QuarterlySheet(ctx, quarterly).write(cells, names);
        List<String> changeCells = new ChangesSheet(ctx, changes).write();
        new SummarySheet(ctx, summary).write(cells, changeCells, dataset.figures().size(), dataSheets, names);
        pages(page, summary, guidance, history, quarterly, changes, sources);
        DocumentProperties.apply(book, b, theme);
    }
}
