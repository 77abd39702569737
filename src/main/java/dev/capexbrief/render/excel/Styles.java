package dev.capexbrief.render.excel;

import dev.capexbrief.analysis.MoneyFormat;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.awt.Color;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every cell style the workbook uses, created once per workbook (Excel caps a workbook at 64,000
 * styles, and one style per cell would also make the file heavy). Money is shown in billions of
 * the report currency with one decimal, as the briefing writes it.
 */
final class Styles {
    private static final Color GREY_TEXT = new Color(0x59, 0x59, 0x59);
    private static final Color LIGHT_FILL = new Color(0xF2, 0xF2, 0xF2);

    private final XSSFWorkbook book;
    private final Color accent;
    private final String money;
    private final Map<String, XSSFCellStyle> cache = new LinkedHashMap<>();
    private final Map<XSSFSheet, SheetCells> cells = new java.util.IdentityHashMap<>();

    Styles(XSSFWorkbook book, Color accent, String currency) {
        this.book = book;
        this.accent = accent;
        this.money = "\"" + MoneyFormat.prefix(currency) + "\"#,##0.0\"B\"";
    }

    /**
     * The cells of an analysis sheet: every {@link Grid} on the sheet writes to the same compact
     * store, which is streamed into the sheet when the workbook is written.
     */
    SheetCells cells(XSSFSheet sheet) {
        return cells.computeIfAbsent(sheet, s -> new SheetCells());
    }

    /** The Excel number format for money in billions, e.g. {@code "$"#,##0.0"B"}. */
    String moneyFormat() {
        return money;
    }

    XSSFCellStyle title() {
        return style("title", s -> s.setFont(font(true, 14, accent, false)));
    }

    XSSFCellStyle subtitle() {
        return style("subtitle", s -> s.setFont(font(false, 10, GREY_TEXT, true)));
    }

    XSSFCellStyle section() {
        return style("section", s -> {
            s.setFont(font(true, 12, accent, false));
            s.setBorderBottom(BorderStyle.THIN);
            s.setBottomBorderColor(color(accent));
        });
    }

    XSSFCellStyle header() {
        return style("header", s -> {
            s.setFont(font(true, 10, Color.WHITE, false));
            fill(s, accent);
            s.setWrapText(true);
            s.setVerticalAlignment(VerticalAlignment.CENTER);
            indent(s);
        });
    }

    /** A header over a numeric column: right-aligned like the numbers beneath it. */
    XSSFCellStyle headerRight() {
        return style("headerRight", s -> {
            s.cloneStyleFrom(header());
            s.setAlignment(HorizontalAlignment.RIGHT);
            s.setIndention((short) 0);
        });
    }

    XSSFCellStyle text() {
        return style("text", s -> {
            s.setVerticalAlignment(VerticalAlignment.TOP);
            indent(s);
        });
    }

    XSSFCellStyle bold() {
        return style("bold", s -> {
            s.setVerticalAlignment(VerticalAlignment.TOP);
            indent(s);
            s.setFont(font(true, 11, null, false));
        });
    }

    XSSFCellStyle wrap() {
        return style("wrap", s -> {
            s.setVerticalAlignment(VerticalAlignment.TOP);
            indent(s);
            s.setWrapText(true);
        });
    }

    XSSFCellStyle note() {
        return style("note", s -> {
            s.setFont(font(false, 9, GREY_TEXT, true));
            s.setVerticalAlignment(VerticalAlignment.TOP);
            s.setWrapText(true);
            indent(s);
        });
    }

    XSSFCellStyle link() {
        return style("link", s -> {
            XSSFFont f = font(false, 11, new Color(0x05, 0x63, 0xC1), false);
            f.setUnderline(XSSFFont.U_SINGLE);
            s.setFont(f);
            s.setVerticalAlignment(VerticalAlignment.TOP);
            indent(s);
        });
    }

    XSSFCellStyle money() {
        return numeric("money", money, false);
    }

    XSSFCellStyle moneyTotal() {
        return total("moneyTotal", money);
    }

    /** A value derived from reported components (e.g. purchases minus proceeds), flagged with '*'. */
    XSSFCellStyle moneyDerived() {
        return numeric("moneyDerived", money.substring(0, money.length() - 1) + "*\"", false);
    }

    /** A year summed from its four reported quarters (no annual figure), flagged with 'q'. */
    XSSFCellStyle moneyFromQuarters() {
        return numeric("moneyFromQuarters", money.substring(0, money.length() - 1) + " q\"", false);
    }

    /** A change in money: always signed. */
    XSSFCellStyle moneyChange() {
        String unsigned = money;
        return numeric("moneyChange", "+" + unsigned + ";-" + unsigned + ";" + unsigned, false);
    }

    XSSFCellStyle percent() {
        return numeric("percent", "0.0%", false);
    }

    XSSFCellStyle percentChange() {
        return numeric("percentChange", "+0.0%;-0.0%;0.0%", false);
    }

    XSSFCellStyle percentChangeTotal() {
        return total("percentChangeTotal", "+0.0%;-0.0%;0.0%");
    }

    /** A share-price move already in percent (the dataset's unit), e.g. -4.2 shown as -4.2%. */
    XSSFCellStyle percentPoints() {
        return numeric("percentPoints", "+0.0\"%\";-0.0\"%\";0.0\"%\"", false);
    }

    XSSFCellStyle date() {
        return numeric("date", "yyyy-mm-dd", false);
    }

    XSSFCellStyle dateBold() {
        return numeric("dateBold", "yyyy-mm-dd", true);
    }

    XSSFCellStyle integer() {
        return numeric("integer", "0", false);
    }

    /** Dataset numbers as entered: every decimal the source gave, nothing added. */
    XSSFCellStyle general() {
        return numeric("general", "General", false);
    }

    /** Exchange rates: up to six decimals. */
    XSSFCellStyle rate() {
        return numeric("rate", "0.0000##", false);
    }

    XSSFCellStyle totalLabel() {
        return style("totalLabel", s -> {
            s.cloneStyleFrom(total("totalBase", "General"));
            indent(s);
        });
    }

    /** Chart helper columns: small grey numbers, visibly not part of the analysis. */
    XSSFCellStyle helper() {
        return style("helper", s -> {
            s.setDataFormat(book.createDataFormat().getFormat("0.0"));
            s.setFont(font(false, 8, GREY_TEXT, true));
        });
    }

    /** A swatch filled with a company's chart colour. */
    XSSFCellStyle swatch(Color color) {
        return style("swatch#" + Integer.toHexString(color.getRGB()), s -> fill(s, color));
    }

    /**
     * The same look with Excel's quote prefix: dataset text that starts with = + - @ stays text
     * even when an analyst edits the cell and presses Enter.
     */
    XSSFCellStyle quoted(XSSFCellStyle base) {
        return style("quoted#" + base.getIndex(), s -> {
            s.cloneStyleFrom(base);
            s.setQuotePrefixed(true);
        });
    }

    XSSFColor color(Color c) {
        // ARGB: the schema wants four bytes (three would still open, but does not validate)
        return new XSSFColor(new byte[]{(byte) 0xFF, (byte) c.getRed(), (byte) c.getGreen(), (byte) c.getBlue()});
    }

    /** Text starts one step in from the cell edge, clear of a right-aligned number to its left. */
    private static void indent(XSSFCellStyle s) {
        s.setAlignment(HorizontalAlignment.LEFT);
        s.setIndention((short) 1);
    }

    private XSSFCellStyle numeric(String name, String format, boolean boldFont) {
        return style(name, s -> {
            s.setDataFormat(book.createDataFormat().getFormat(format));
            s.setVerticalAlignment(VerticalAlignment.TOP);
            if (boldFont) {
                s.setFont(font(true, 11, null, false));
            }
        });
    }

    private XSSFCellStyle total(String name, String format) {
        return style(name, s -> {
            s.setDataFormat(book.createDataFormat().getFormat(format));
            s.setFont(font(true, 11, null, false));
            s.setBorderTop(BorderStyle.THIN);
            s.setTopBorderColor(IndexedColors.GREY_50_PERCENT.getIndex());
            fill(s, LIGHT_FILL);
        });
    }

    private XSSFCellStyle style(String name, java.util.function.Consumer<XSSFCellStyle> init) {
        XSSFCellStyle s = cache.get(name);
        if (s == null) {
            s = book.createCellStyle();
            init.accept(s);
            cache.put(name, s);
        }
        return s;
    }

    private void fill(CellStyle s, Color c) {
        ((XSSFCellStyle) s).setFillForegroundColor(color(c));
        s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }

    private XSSFFont font(boolean bold, int points, Color c, boolean italic) {
        XSSFFont f = book.createFont();
        f.setFontName("Calibri");
        f.setBold(bold);
        f.setItalic(italic);
        f.setFontHeightInPoints((short) points);
        if (c != null) {
            f.setColor(color(c));
        }
        return f;
    }
}
