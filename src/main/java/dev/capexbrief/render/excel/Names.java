package dev.capexbrief.render.excel;

import org.apache.poi.xssf.usermodel.XSSFName;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Workbook-level defined names for the ranges an analyst refers to (GroupTotal, Guidance_Midpoints, ...). */
final class Names {
    private final XSSFWorkbook book;

    Names(XSSFWorkbook book) {
        this.book = book;
    }

    void define(String name, String reference, String comment) {
        XSSFName n = book.createName();
        n.setNameName(name);
        n.setRefersToFormula(reference);
        n.setComment(comment);
    }
}
