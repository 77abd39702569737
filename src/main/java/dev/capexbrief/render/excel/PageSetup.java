package dev.capexbrief.render.excel;

import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * The same page furniture on every sheet: landscape, one page wide, title in the header and page
 * numbers in the footer, the table header repeated on every printed page, and panes frozen below
 * the header and right of the first column.
 */
final class PageSetup {
    private final String title;
    private final String asOf;

    PageSetup(String title, String asOf) {
        this.title = escape(title);
        this.asOf = escape(asOf);
    }

    /**
     * @param frozenRows rows kept in view when scrolling (title and the main table's header), with
     *                   the first column; 0 for none
     * @param titleRow   the 0-based row printed at the top of every page, or -1 when the sheet holds
     *                   tables with different columns (a repeated header would sit over the wrong one)
     */
    void apply(Sheet sheet, int frozenRows, int titleRow) {
        PrintSetup print = sheet.getPrintSetup();
        print.setLandscape(true);
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        sheet.setMargin(PageMargin.LEFT, 0.4);
        sheet.setMargin(PageMargin.RIGHT, 0.4);
        sheet.setMargin(PageMargin.TOP, 0.6);
        sheet.setMargin(PageMargin.BOTTOM, 0.6);
        sheet.getHeader().setLeft("&B" + title);
        sheet.getHeader().setRight(escape(sheet.getSheetName()));
        sheet.getFooter().setLeft(asOf);
        sheet.getFooter().setRight("Page &P of &N");
        if (frozenRows > 0) {
            sheet.createFreezePane(1, frozenRows);
        }
        if (titleRow >= 0) {
            sheet.setRepeatingRows(CellRangeAddress.valueOf((titleRow + 1) + ":" + (titleRow + 1)));
        }
    }

    /** '&' starts a code in Excel headers and footers; a literal one is written twice. */
    private static String escape(String s) {
        return s.replace("&", "&&");
    }
}
