package dev.capexbrief.render.excel;

import dev.capexbrief.dataset.Dataset;
import dev.capexbrief.render.model.BriefingModel;
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
 * Writes the analyst workbook for a briefing model: Summary, Guidance, History, Quarterly, Cash (where
 * the data has cash-flow lines), Changes, Data and Sources &amp; Methodology, each analysis sheet drawn from the model's sections (its
 * headings, tables and exhibits, as native charts), computing nothing: a derived cell is a live
 * formula whose cached result is the model's number. POI lays out the package (styles, sheets' settings, charts, tables,
 * names); every sheet's cells are held compactly ({@link SheetCells}) or, for the Data sheet, read
 * straight from the dataset, and streamed into the package as it is written, so a million-row
 * dataset needs no cell objects at all. Same briefing and dataset, same bytes.
 */
public final class WorkbookWriter {
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

    public void write(BriefingModel model, Dataset dataset, OutputStream out) throws IOException {
        try (DataRows rows = renderData(dataset)) {
            write(model, dataset, () -> rows, out);
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
    public void write(BriefingModel model, Dataset dataset, Rendering data, OutputStream out) throws IOException {
        Path temp = dev.capexbrief.dataset.ScratchFiles.create("workbook-", ".xlsx");
        Map<String, SheetBody> rows = new LinkedHashMap<>();
        try {
            List<XSSFSheet> dataSheets;
            try (OutputStream file = Files.newOutputStream(temp)) {
                dataSheets = build(model, dataset, file, rows);
            }
            DataRows rendered = data.get();
            if (rendered.sheets() != dataSheets.size()) {
                throw new IllegalArgumentException("the Data rows were rendered for another dataset");
            }
            for (int k = 0; k < dataSheets.size(); k++) {
                rows.put(part(dataSheets.get(k)), rendered.sheet(k));
            }
            FixedTimeZip.copy(temp, out, model.asOf(), rows, rendered.strings());
        } finally {
            for (SheetBody body : rows.values()) {
                if (!(body instanceof DataRows.Sheet)) {
                    body.close();
                }
            }
            Files.deleteIfExists(temp);
        }
    }

    /** POI writes the package with every sheet's rows left out (they stream in later); returns the Data sheets, in order. */
    private List<XSSFSheet> build(BriefingModel model, Dataset dataset, OutputStream out, Map<String, SheetBody> byPart)
            throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Styles styles = new Styles(book, theme.accent(), model.unit());
            DataSheets.createStyles(styles);
            DataSheets data = new DataSheets(rowsPerDataSheet);
            PageSetup page = new PageSetup(model.firm() + " \u00b7 " + model.title(), "As of " + model.asOf());
            Map<XSSFSheet, SheetBody> bodies = new LinkedHashMap<>();
            int sheets;
            try {
                sheets = analysis(book, styles, page, model, dataset, data.names(dataset.figures().size()), bodies);
            } finally {
                bodies.forEach((sheet, body) -> byPart.put(part(sheet), body));
            }
            // the Data sheets go before the last analysis sheet, Sources & Methodology
            List<XSSFSheet> dataSheets = data.write(book, dataset.figures().size(), page, sheets - 1);
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
     * Lays every sheet out before writing any, so a formula finds its cell on a sheet written later;
     * then writes them one by one. A finished sheet's cells go to disk, so one large sheet at a time
     * is in memory; its strings are written inline (the shared table belongs to the Data rows, which
     * may still be rendering). Returns how many sheets it made.
     */
    private int analysis(XSSFWorkbook book, Styles styles, PageSetup page, BriefingModel model, Dataset dataset,
                          List<String> dataSheets, Map<XSSFSheet, SheetBody> bodies) throws IOException {
        Sheets sheets = new Sheets(model);
        List<SheetPlan> plans = sheets.plans(dataset, dataSheets);
        Addresses addresses = new Addresses();
        List<XSSFSheet> created = new java.util.ArrayList<>();
        for (SheetPlan plan : plans) {
            created.add(book.createSheet(plan.name()));
            plan.place(addresses);
        }
        new DefinedNames(book, addresses).define(sheets.asOfCell());
        NativeCharts charts = new NativeCharts(styles.moneyFormat());
        for (int i = 0; i < plans.size(); i++) {
            SheetPlan plan = plans.get(i);
            XSSFSheet sheet = created.get(i);
            plan.write(new Canvas(new Grid(sheet, styles), plan.name(), styles, addresses, charts, plan.width()));
            SheetCells cells = styles.cells(sheet);
            bodies.put(sheet, cells);
            cells.freeze(null);
            plan.pageSetup(page, sheet);
        }
        DocumentProperties.apply(book, model, dataset.name());
        return plans.size();
    }
}
