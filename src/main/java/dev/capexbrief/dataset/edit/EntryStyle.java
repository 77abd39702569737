package dev.capexbrief.dataset.edit;

/**
 * How a YAML list's entries are written, so that a new one looks like its neighbours: one flow
 * mapping a line ({@code   - {company: META, ...}}) or a block mapping with one field a line, at
 * the same indentation.
 *
 * @param flow   a flow mapping on one line
 * @param dash   the column of the {@code -}
 * @param fields the column the first field starts at
 */
record EntryStyle(boolean flow, int dash, int fields) {
    static final EntryStyle DEFAULT = new EntryStyle(true, 2, 4);

    static EntryStyle of(boolean flow, int dash, int fields) {
        return fields > dash ? new EntryStyle(flow, dash, fields) : new EntryStyle(flow, dash, dash + 2);
    }

    /** What comes before the first field: {@code "  - "}. */
    String prefix() {
        return " ".repeat(dash) + "-" + " ".repeat(fields - dash - 1);
    }

    /** The indentation of a block mapping's further fields. */
    String indent() {
        return " ".repeat(fields);
    }
}
