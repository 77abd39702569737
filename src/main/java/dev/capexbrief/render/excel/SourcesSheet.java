package dev.capexbrief.render.excel;

import dev.capexbrief.analysis.Briefing;
import dev.capexbrief.analysis.CompanyProfile;
import dev.capexbrief.analysis.SourceRef;
import dev.capexbrief.dataset.Dataset;
import dev.capexbrief.dataset.FxRate;
import dev.capexbrief.dataset.Problem;
import dev.capexbrief.dataset.XlsxDatasetReader;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;

import java.util.List;

/**
 * Sources & Methodology: the briefing's notes (bases, fiscal calendars, how totals count ranges
 * and floors), the companies' calendars and colours, the FX table (which capexbrief reads back
 * when the workbook is its input), and every numbered source, linked when it is a web address.
 */
final class SourcesSheet {
    static final String NAME = XlsxDatasetReader.SOURCES_SHEET;
    private static final int[] WIDTHS = {9, 18, 14, 16, 64, 28};
    private static final int NOTE_CHARS = 140;
    private static final int SOURCE_CHARS = 122;

    private final Context ctx;
    private final Grid grid;
    private final Styles s;

    SourcesSheet(Context ctx, XSSFSheet sheet) {
        this.ctx = ctx;
        this.s = ctx.styles();
        this.grid = new Grid(sheet, s);
    }

    /** Writes the sheet and records in the context's source index where each source is listed. */
    void write(Dataset dataset, List<String> dataSheets) {
        for (int c = 0; c < WIDTHS.length; c++) {
            grid.sheet().setColumnWidth(c, WIDTHS[c] * 256);
        }
        Briefing b = ctx.briefing();
        grid.text(0, 0, "Sources & methodology", s.title());
        grid.text(1, 0, "How the numbers in this workbook are built, and where each figure comes from.", s.subtitle());
        int r = methodology(3, b.footnotes());
        r = companies(r + 1, b.companies());
        r = fx(r + 1, dataset.fxRates(), b.fxRates());
        r = sources(r + 1, b.sources());
        data(r + 1, dataset, dataSheets, b.warnings());
    }

    private int methodology(int r, List<String> footnotes) {
        grid.text(r, 0, "Methodology", s.section());
        int row = r + 1;
        for (int i = 0; i < footnotes.size(); i++) {
            grid.text(row, 0, (i + 1) + ".", s.text());
            grid.paragraph(row, 1, 5, footnotes.get(i), s.wrap(), NOTE_CHARS);
            row++;
        }
        return row;
    }

    private int companies(int r, List<CompanyProfile> profiles) {
        grid.text(r, 0, "Companies: fiscal calendars, capex bases and chart colours", s.section());
        String[] titles = {"Id", "Company", "FY ends", "Colour", "Headline capex basis", "Basis metric"};
        for (int c = 0; c < titles.length; c++) {
            grid.header(r + 1, c, titles[c], false);
        }
        int row = r + 2;
        for (CompanyProfile p : profiles) {
            grid.text(row, 0, p.id(), s.text());
            grid.text(row, 1, p.name(), s.bold());
            grid.text(row, 2, p.company().fiscalYearEndName(), s.text());
            grid.text(row, 3, null, s.swatch(ctx.colorOf(p)));
            grid.text(row, 4, p.basisLabel().isEmpty() ? "(no capex figures)" : p.basisLabel(), s.text());
            grid.text(row, 5, p.basis(), s.text());
            row++;
        }
        return row;
    }

    /** The dataset's FX table as an Excel table whose headers are the dataset's field names. */
    private int fx(int r, List<FxRate> rates, List<FxRate> used) {
        grid.text(r, 0, "FX rates (US dollars per unit; read back when this workbook is used as input)", s.section());
        if (rates.isEmpty()) {
            grid.text(r + 1, 0, "Every figure is in US dollars: no conversion.", s.note());
            return r + 2;
        }
        // the reader finds columns by name; "used_in_briefing" is for the analyst and ignored on input
        List<String> columns = List.of("currency", "usd_per_unit", "as_of", "used_in_briefing", "source");
        for (int c = 0; c < columns.size(); c++) {
            grid.header(r + 1, c, columns.get(c), c == 1);
        }
        int row = r + 2;
        for (FxRate rate : rates) {
            grid.text(row, 0, rate.currency(), s.text());
            grid.number(row, 1, rate.usdPerUnit(), s.rate());
            grid.date(row, 2, rate.asOf(), s.date());
            grid.text(row, 3, used.contains(rate) ? "yes" : "no", s.text());
            grid.link(row, 4, rate.source(), rate.source());
            row++;
        }
        XSSFTable table = grid.sheet().createTable(new AreaReference(new CellReference(r + 1, 0),
                new CellReference(row - 1, columns.size() - 1), SpreadsheetVersion.EXCEL2007));
        table.setName("FxRates");
        table.setDisplayName("FxRates");
        table.setStyleName("TableStyleLight9");
        for (int c = 0; c < columns.size(); c++) {
            table.getCTTable().getTableColumns().getTableColumnArray(c).setName(columns.get(c));
        }
        return row;
    }

    private int sources(int r, List<SourceRef> refs) {
        grid.text(r, 0, "Sources (cited as [n] on the other sheets)", s.section());
        grid.header(r + 1, 0, "#", false);
        grid.header(r + 1, 1, "Cited for", false);
        grid.header(r + 1, 2, "Source", false);
        grid.sheet().addMergedRegionUnsafe(new CellRangeAddress(r + 1, r + 1, 2, 5));
        int row = r + 2;
        for (SourceRef ref : refs) {
            grid.text(row, 0, "[" + ref.number() + "]", s.text());
            grid.text(row, 1, String.join(", ", ref.companies()), s.wrap());
            grid.link(row, 2, ref.text(), ref.url() ? ref.text() : null);
            grid.sheet().addMergedRegionUnsafe(new CellRangeAddress(row, row, 2, 5));
            int lines = Math.max(ref.url() ? 1 : Text.lines(ref.text(), (int) (SOURCE_CHARS * Grid.PROPORTIONAL)),
                    Text.lines(String.join(", ", ref.companies()), (int) ((WIDTHS[1] - 2) * Grid.PROPORTIONAL)));
            if (lines > 1) {
                grid.row(row).setHeightInPoints(Math.min(409f, lines * 15f));
            }
            ctx.sources().listedAt(ref.number(), Refs.linkTarget(NAME, row, 0));
            row++;
        }
        return row;
    }

    private void data(int r, Dataset dataset, List<String> dataSheets, List<Problem> warnings) {
        grid.text(r, 0, "Data", s.section());
        int row = r + 1;
        String where = dataSheets.size() == 1 ? "the " + dataSheets.get(0) + " sheet"
                : "the sheets " + String.join(", ", dataSheets) + " (Excel holds at most 1,048,576 rows a sheet)";
        row = note(row, "Every input row of " + Text.fileName(dataset.name()) + " (" + dataset.figures().size() + " figures) is on "
                + where + ", with the dataset's own column names, so the workbook can be edited and used as"
                + " capexbrief input: capexbrief brief --data this-file.xlsx.");
        for (Problem p : warnings) {
            row = note(row, "Warning: " + p);
        }
    }

    private int note(int row, String text) {
        grid.paragraph(row, 0, 5, text, s.note(), NOTE_CHARS);
        return row + 1;
    }
}
