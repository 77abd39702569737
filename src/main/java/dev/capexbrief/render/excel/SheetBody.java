package dev.capexbrief.render.excel;

import java.io.IOException;

/** The rows of a sheet, streamed into its {@code <sheetData>} when the workbook package is written. */
interface SheetBody extends AutoCloseable {
    /** The used range, e.g. "A1:O1020001". */
    String dimension();

    /** Writes the rows in order. */
    void write(SheetXml xml) throws IOException;

    /** {@code <hyperlink>} elements to add to the sheet's own, or "". */
    default String hyperlinks() {
        return "";
    }

    /** Removes any temporary file behind the rows. */
    @Override
    default void close() throws IOException {
    }
}
