package dev.capexbrief.render.model;

/**
 * A fact of the edition printed under the title: "AS OF", "DATA CUT-OFF", "COMPANIES COVERED", ...
 * {@code masthead}: the PDF's masthead already says it (the ISO week and the as-of date), so page one
 * leaves it out of the facts row; the workbook, which has no masthead, lists it.
 */
public record Fact(String label, String value, boolean masthead) {
    public Fact(String label, String value) {
        this(label, value, false);
    }
}
