package dev.capexbrief.render.excel;

import dev.capexbrief.analysis.MoneyFormat;
import dev.capexbrief.render.model.Mark;
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
import java.util.Set;

/**
 * Every cell style the workbook uses, created once per workbook (Excel caps a workbook at 64,000
 * styles, and one style per cell would also make the file heavy). Money is shown in billions of
 * the report currency with one decimal, as the briefing writes it, and a number's evidence marks
 * are part of its number format ({@code "$"#,##0.0"B†"}): the cell stays a number and shows the mark.
 */
final class Styles {
    private static final Color GREY_TEXT = new Color(0x59, 0x59, 0x59);
    private static final Color LIGHT_FILL = new Color(0xF2, 0xF2, 0xF2);

    private final XSSFWorkbook book;
    private final Color accent;
    private final String unit;
    private final String money;
    private final Map<String, XSSFCellStyle> cache = new LinkedHashMap<>();
    private final Map<XSSFSheet, SheetCells> cells = new java.util.IdentityHashMap<>();

    /** @param unit the model's unit of amounts, "$B" or "RMB B": the prefix, then "B" */
    Styles(XSSFWorkbook book, Color accent, String unit) {
        this.book = book;
        this.accent = accent;
        this.unit = unit;
        this.money = MoneyFormat.spreadsheetFormat(1, unit, "", false);
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

    /** A section's intro under its heading: the subtitle's look, wrapped. */
    XSSFCellStyle intro() {
        return style("intro", s -> {
            s.setFont(font(false, 10, GREY_TEXT, true));
            s.setWrapText(true);
            s.setVerticalAlignment(VerticalAlignment.TOP);
        });
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

    /** A notice the reader must see first (the data is old): bold, in the accent colour, wrapped. */
    XSSFCellStyle notice() {
        return style("notice", s -> {
            s.setFont(font(true, 11, accent, false));
            s.setVerticalAlignment(VerticalAlignment.TOP);
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

    /**
     * An amount with its marks' symbols after it ("$91.4B†", "$732B", "$41B"), shown with the decimals
     * its figure was given (the model cell's, as the PDF prints it), one style per distinct set; a
     * change is always signed; a total row's cell is bold on a light fill.
     */
    XSSFCellStyle money(int decimals, Set<Mark> marks, boolean signed, boolean total) {
        return money(decimals, marks, signed, total, "");
    }

    /** As {@link #money(int, Set, boolean, boolean)}, with a bound's words before it ("at most +$25B"). */
    XSSFCellStyle money(int decimals, Set<Mark> marks, boolean signed, boolean total, String bound) {
        String symbols = Mark.symbols(marks);
        String format = MoneyFormat.spreadsheetFormat(decimals, unit, symbols, signed);
        if (!bound.isEmpty()) {
            String words = "\"" + bound + "\"";
            format = String.join(";", java.util.Arrays.stream(format.split(";")).map(f -> words + f).toList());
        }
        String name = "money#" + decimals + "#" + symbols + (signed ? "#signed" : "")
                + (bound.isEmpty() ? "" : "#" + bound.strip()) + (total ? "#total" : "");
        return number(name, format, total);
    }

    /**
     * A ratio as a percentage with its marks' symbols after it ("+41.0%§"); growth and share-price moves
     * signed; a growth that is a bound with its words before it ("at most +138.1%"), so the cell stays a
     * number and reads as the PDF prints it.
     */
    XSSFCellStyle percent(Set<Mark> marks, boolean signed, boolean total, String bound) {
        String symbols = Mark.symbols(marks);
        String format = "0.0%" + (symbols.isEmpty() ? "" : "\"" + symbols + "\"");
        String words = bound.isEmpty() ? "" : "\"" + bound + "\"";
        return number("percent" + (symbols.isEmpty() ? "" : "#" + symbols) + (signed ? "#signed" : "")
                        + (bound.isEmpty() ? "" : "#" + bound.strip()) + (total ? "#total" : ""),
                signed ? words + "+" + format + ";" + words + "-" + format + ";" + words + format : words + format, total);
    }

    /** A ratio as a multiple with its marks' symbols after it ("6.3×§"). */
    XSSFCellStyle multiple(Set<Mark> marks, boolean total) {
        String symbols = Mark.symbols(marks);
        return number("multiple" + (symbols.isEmpty() ? "" : "#" + symbols) + (total ? "#total" : ""),
                "0.0\"\u00d7" + symbols + "\"", total);
    }

    /** A day in a table: a total row keeps its fill. */
    XSSFCellStyle day(boolean total) {
        return total ? total("dateTotal", "yyyy-mm-dd") : date();
    }

    /** A plain number as entered (an FX rate). */
    XSSFCellStyle plain(boolean total) {
        return total ? total("generalTotal", "General") : general();
    }

    XSSFCellStyle date() {
        return numeric("date", "yyyy-mm-dd", false);
    }

    /** Dataset numbers as entered: every decimal the source gave, nothing added. */
    XSSFCellStyle general() {
        return numeric("general", "General", false);
    }

    /** Exchange rates: up to six decimals. */
    XSSFCellStyle rate() {
        return numeric("rate", "0.0000##", false);
    }

    /** A total row's text: bold on a light fill. */
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

    /** The same look aligned right, for words and blanks in a column of numbers. */
    XSSFCellStyle right(XSSFCellStyle base) {
        return style("right#" + base.getIndex(), s -> {
            s.cloneStyleFrom(base);
            s.setAlignment(HorizontalAlignment.RIGHT);
            s.setIndention((short) 0);
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

    private XSSFCellStyle number(String name, String format, boolean total) {
        return total ? total(name, format) : numeric(name, format, false);
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
