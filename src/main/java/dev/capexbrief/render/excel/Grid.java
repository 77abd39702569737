package dev.capexbrief.render.excel;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFHyperlink;
import org.apache.poi.xssf.usermodel.XSSFSheet;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Writes cells on one analysis sheet and remembers how wide each column's content is, so widths
 * come from the content rather than from font metrics (which differ between machines and would
 * make the file differ too). Text is always written as text: nothing from the dataset can become
 * a formula. The cells go to a compact {@link SheetCells} store, streamed into the sheet when the
 * workbook is written; the POI sheet keeps what is not a cell (widths, merges, links, charts).
 */
final class Grid {
    private static final int MAX_COLUMNS = org.apache.poi.ss.SpreadsheetVersion.EXCEL2007.getMaxColumns();
    private static final int NUMBER_CHARS = 10;
    /** Proportional text fits this many more characters than a column's width in digit widths. */
    static final double PROPORTIONAL = 1.3;
    /** Longest web address shown in full; longer ones are shortened in the middle. */
    static final int LINK_CHARS = 100;

    private final XSSFSheet sheet;
    private final Styles styles;
    private final SheetCells cells;
    private final int[] widths = new int[MAX_COLUMNS];
    /** Wrapped cells, sized once the column widths are known: [row, column, text length]. */
    private final java.util.List<int[]> wrapped = new java.util.ArrayList<>();
    /** Merged paragraphs, sized the same way: [row, first column, last column, text length, font points]. */
    private final java.util.List<int[]> paragraphs = new java.util.ArrayList<>();

    Grid(XSSFSheet sheet, Styles styles) {
        this.sheet = sheet;
        this.styles = styles;
        this.cells = styles.cells(sheet);
    }

    XSSFSheet sheet() {
        return sheet;
    }

    Styles styles() {
        return styles;
    }

    /** Text, or nothing for null. Text an Excel user would read as a formula gets a quote prefix. */
    void text(int r, int c, String text, XSSFCellStyle style) {
        String safe = label(r, c, text, style);
        if (safe == null) {
            return;
        }
        boolean wraps = style != null && style.getWrapText();
        fit(c, wraps ? Math.min(safe.length(), 40) : safe.length());
        if (wraps) {
            wrapped.add(new int[]{r, c, safe.length()});
        }
    }

    /**
     * Text that runs on over the empty cells to its right (a title, a heading), so it leaves its
     * column's width alone; returns the text as written, or null for none.
     */
    String label(int r, int c, String text, XSSFCellStyle style) {
        cell(r, c, style);
        if (text == null || text.isEmpty()) {
            return null;
        }
        String safe = Text.clean(text);
        cells.text(r, c, safe);
        if (Text.looksLikeFormula(safe)) {
            cells.style(r, c, styles.quoted(style).getIndex() & 0xFFFF);
        }
        return safe;
    }

    /** A header cell; headers over numbers are right-aligned. */
    void header(int r, int c, String text, boolean numeric) {
        cell(r, c, numeric ? styles.headerRight() : styles.header());
        cells.text(r, c, text);
        fit(c, Math.min(text.length(), 16));
    }

    /** A number in its display style; blank (but styled) when absent. */
    void number(int r, int c, BigDecimal value, XSSFCellStyle style) {
        cell(r, c, style);
        if (value != null) {
            cells.number(r, c, value.doubleValue());
            fit(c, NUMBER_CHARS);
        }
    }

    /**
     * A live formula with its cached result, taken from the briefing: viewers that do not
     * recalculate (mail previews, phones) show the briefing's number, and a test proves Excel's
     * and LibreOffice's recalculation agree with it.
     */
    void formula(int r, int c, String formula, BigDecimal cached, XSSFCellStyle style) {
        formula(r, c, formula, cached.doubleValue(), style);
    }

    /** A formula whose cached result is computed here as a spreadsheet computes it, in doubles (chart geometry). */
    void formula(int r, int c, String formula, double cached, XSSFCellStyle style) {
        cell(r, c, style);
        cells.formula(r, c, formula, cached);
        fit(c, NUMBER_CHARS);
    }

    void date(int r, int c, LocalDate date, XSSFCellStyle style) {
        cell(r, c, style);
        if (date != null) {
            cells.number(r, c, DateUtil.getExcelDate(date));
            fit(c, 11);
        }
    }

    /** A hyperlink to a web page; anything that is not http(s) stays plain text. */
    void link(int r, int c, String text, String url) {
        boolean web = Text.isWebLink(url);
        text(r, c, web ? Text.shortUrl(text, LINK_CHARS) : text, web ? styles.link() : styles.wrap());
        if (web) {
            hyperlink(r, c, HyperlinkType.URL, url.strip());
        }
    }

    /**
     * A web address written out in full and linked, running on over the empty cells to its right
     * (it leaves its column's width alone); anything that is not http(s) stays plain text.
     */
    void addressInFull(int r, int c, String url) {
        boolean web = Text.isWebLink(url);
        label(r, c, url, web ? styles.link() : styles.text());
        if (web) {
            hyperlink(r, c, HyperlinkType.URL, url.strip());
        }
    }

    /** A link to a cell elsewhere in the workbook, e.g. {@code 'Sources & Methodology'!A20}. */
    void internalLink(int r, int c, String text, String target) {
        text(r, c, text, styles.link());
        cells.internalLink(a1(r, c), target);
    }

    private void hyperlink(int r, int c, HyperlinkType type, String address) {
        XSSFHyperlink link = sheet.getWorkbook().getCreationHelper().createHyperlink(type);
        link.setAddress(address);
        link.setCellReference(a1(r, c));
        sheet.addHyperlink(link);
    }

    /**
     * A paragraph of wrapped text across columns {@code c1..c2}, in a row made tall enough for it
     * once the column widths are known (neither Excel nor LibreOffice sizes merged rows by themselves).
     */
    void paragraph(int r, int c1, int c2, String text, XSSFCellStyle style) {
        cell(r, c1, style);
        String safe = Text.clean(text);
        cells.text(r, c1, safe);
        if (Text.looksLikeFormula(safe)) {
            cells.style(r, c1, styles.quoted(style).getIndex() & 0xFFFF);
        }
        if (c2 > c1) {
            // unchecked: each paragraph merges its own row; the checked call is quadratic in merged regions
            sheet.addMergedRegionUnsafe(new org.apache.poi.ss.util.CellRangeAddress(r, r, c1, c2));
        }
        paragraphs.add(new int[]{r, c1, c2, safe.length(), style.getFont().getFontHeightInPoints()});
    }

    /** Makes a column at least this many characters wide. */
    void fit(int c, int chars) {
        if (c < MAX_COLUMNS) {
            widths[c] = Math.max(widths[c], chars);
        }
    }

    /**
     * Sets every used column's width from its content, between 6 and {@code maxChars} characters,
     * then makes rows with wrapped text tall enough (LibreOffice keeps the default height otherwise).
     */
    void applyWidths(int maxChars) {
        for (int c = 0; c < MAX_COLUMNS; c++) {
            if (widths[c] > 0) {
                sheet.setColumnWidth(c, Math.min(maxChars, Math.max(6, widths[c] + 3)) * 256);
            }
        }
        fitWrappedRows();
    }

    /** Row heights for wrapped cells and paragraphs under the columns' current widths. */
    void fitWrappedRows() {
        for (int[] w : wrapped) {
            int chars = Math.max(4, sheet.getColumnWidth(w[1]) / 256 - 2);
            grow(w[0], (int) Math.ceil(w[2] / (chars * PROPORTIONAL)), 15f);
        }
        for (int[] p : paragraphs) {
            int chars = 0;
            for (int c = p[1]; c <= p[2]; c++) {
                chars += sheet.getColumnWidth(c) / 256;
            }
            grow(p[0], (int) Math.ceil(p[3] / (Math.max(10, chars - 2) * PROPORTIONAL)), Math.max(12f, p[4] * 1.4f));
        }
    }

    private void grow(int r, int lines, float lineHeight) {
        if (lines > 1) {
            Row row = row(r);
            row.setHeightInPoints(Math.min(409f, Math.max(row.getHeightInPoints(), lines * lineHeight)));
        }
    }

    /** A row's height, as the sheet writers set it. */
    Row row(int r) {
        return new Row(cells.row(r), sheet.getDefaultRowHeightInPoints());
    }

    /** The height of one row: the sheet's default until set. */
    static final class Row {
        private final SheetCells.Line line;
        private final float defaultHeight;

        Row(SheetCells.Line line, float defaultHeight) {
            this.line = line;
            this.defaultHeight = defaultHeight;
        }

        float getHeightInPoints() {
            return Float.isNaN(line.height()) ? defaultHeight : line.height();
        }

        void setHeightInPoints(float points) {
            line.height(points);
        }
    }

    private void cell(int r, int c, CellStyle style) {
        cells.touch(r, c, style == null ? -1 : style.getIndex() & 0xFFFF);
    }

    /** The A1 address of a cell on this sheet, for formulas on the same sheet. */
    static String a1(int r, int c) {
        return new org.apache.poi.ss.util.CellReference(r, c).formatAsString();
    }
}
