package dev.capexbrief.render.excel;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;

/** Absolute, sheet-qualified references for cross-sheet formulas, defined names and chart series. */
final class Refs {
    private Refs() {
    }

    /** {@code Guidance!$E$5}, or {@code 'Sources & Methodology'!$B$3} when the name needs quotes. */
    static String cell(String sheet, int r, int c) {
        return new CellReference(sheet, r, c, true, true).formatAsString();
    }

    /** {@code Guidance!$E$5:$E$8}. */
    static String area(String sheet, int r1, int c1, int r2, int c2) {
        return new AreaReference(new CellReference(sheet, r1, c1, true, true),
                new CellReference(sheet, r2, c2, true, true), SpreadsheetVersion.EXCEL2007).formatAsString();
    }

    /** The quoted sheet prefix for a hyperlink target, e.g. {@code 'Sources & Methodology'!A7}. */
    static String linkTarget(String sheet, int r, int c) {
        return new CellReference(sheet, r, c, false, false).formatAsString();
    }
}
