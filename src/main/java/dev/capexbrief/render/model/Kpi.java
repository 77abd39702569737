package dev.capexbrief.render.model;

import java.util.EnumSet;
import java.util.Set;

/**
 * A headline figure of page one and the workbook's Summary: a label ("FY2026 group plan"; the PDF sets it in capitals), the
 * value cell (a link to the table cell it comes from, where there is one) and the line under it,
 * with the marks whose symbols that line prints beside the figures it gives ("$200B§, 28% of total").
 */
public record Kpi(String id, String label, Cell value, String sub, Set<Mark> subMarks) {
    public Kpi {
        subMarks = Set.copyOf(subMarks);
    }

    public Kpi(String id, String label, Cell value, String sub) {
        this(id, label, value, sub, Set.of());
    }

    /** The marks whose symbols the value and the line under it print. */
    public Set<Mark> printedMarks() {
        Set<Mark> out = EnumSet.noneOf(Mark.class);
        out.addAll(value.printedMarks());
        out.addAll(subMarks);
        return out;
    }
}
