package dev.capexbrief.dataset;

import org.apache.poi.xssf.model.SharedStrings;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntPredicate;

/**
 * Streams one worksheet (SAX) and hands over each row's cells as text with their kind, never
 * building the sheet in memory. Numbers come as the raw stored text, so nothing is lost to
 * display formats, but a number shown as a percentage says so ({@code -4%} is stored as -0.04);
 * formula cells give their cached result (one saved without it says so).
 */
final class XlsxSheetHandler extends DefaultHandler {
    /**
     * What a cell held. {@code UNCALCULATED} is a formula saved without its result (written by a
     * program that does not calculate, e.g. a script with a spreadsheet library): its text is the formula.
     * {@code PERCENT} is a number in a percentage format: its text is the stored fraction.
     */
    enum Kind { TEXT, NUMBER, PERCENT, BOOLEAN, ERROR, UNCALCULATED }

    /** One cell's value as stored. */
    record Cell(String text, Kind kind) {
    }

    /** Receives the rows in sheet order; {@code number} is the 1-based Excel row number. */
    interface Rows {
        void row(long number, Map<Integer, Cell> cells);
    }

    /** Longest cell text kept; the row parser rejects anything near this long anyway. */
    private static final int MAX_CHARS = 100_000;
    /** Longest formula text kept for a message. */
    private static final int MAX_FORMULA_CHARS = 200;

    private final SharedStrings strings;
    private final IntPredicate percentStyle;
    private final Rows rows;
    private final StringBuilder text = new StringBuilder();
    private final StringBuilder formula = new StringBuilder();
    private Map<Integer, Cell> cells = new TreeMap<>();
    private long rowNumber;
    private int column;
    private String type;
    private int style;
    private boolean inValue;
    private boolean inFormula;
    private boolean hasFormula;
    private boolean hasValue;
    private boolean inInlineText;
    private boolean inPhonetic;

    /** @param percentStyle whether a cell style (the {@code s} index) shows numbers as percentages */
    XlsxSheetHandler(SharedStrings strings, IntPredicate percentStyle, Rows rows) {
        this.strings = strings;
        this.percentStyle = percentStyle;
        this.rows = rows;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
        switch (localName) {
            case "row" -> {
                String r = atts.getValue("r");
                rowNumber = r == null ? rowNumber + 1 : Long.parseLong(r);
                cells = new TreeMap<>();
                column = -1;
            }
            case "c" -> {
                String ref = atts.getValue("r");
                column = ref == null ? column + 1 : column(ref);
                type = atts.getValue("t");
                style = styleIndex(atts.getValue("s"));
                text.setLength(0);
                formula.setLength(0);
                hasFormula = false;
                hasValue = false;
            }
            case "v" -> {
                inValue = true;
                hasValue = true;
            }
            case "f" -> {
                inFormula = true;
                hasFormula = true;
            }
            case "t" -> inInlineText = !inPhonetic;
            case "rPh" -> inPhonetic = true;
            default -> {
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if ((inValue || inInlineText) && text.length() < MAX_CHARS) {
            text.append(ch, start, Math.min(length, MAX_CHARS - text.length()));
        } else if (inFormula && formula.length() < MAX_FORMULA_CHARS) {
            formula.append(ch, start, Math.min(length, MAX_FORMULA_CHARS - formula.length()));
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        switch (localName) {
            case "v" -> inValue = false;
            case "f" -> inFormula = false;
            case "t" -> inInlineText = false;
            case "rPh" -> inPhonetic = false;
            case "c" -> cell();
            case "row" -> rows.row(rowNumber, cells);
            default -> {
            }
        }
    }

    private void cell() {
        String raw = text.toString();
        if (hasFormula && !hasValue) {
            if (column >= 0) {
                cells.put(column, new Cell(formula.toString().strip(), Kind.UNCALCULATED));
            }
            return;
        }
        if (raw.isEmpty() && !"inlineStr".equals(type)) {
            return;
        }
        Cell cell;
        if (type == null || type.equals("n")) {
            cell = new Cell(raw.strip(), style > 0 && percentStyle.test(style) ? Kind.PERCENT : Kind.NUMBER);
        } else if (type.equals("s")) {
            cell = shared(raw.strip());
        } else if (type.equals("b")) {
            cell = new Cell(raw.strip().equals("1") ? "TRUE" : "FALSE", Kind.BOOLEAN);
        } else if (type.equals("e")) {
            cell = new Cell(raw.strip(), Kind.ERROR);
        } else {
            cell = new Cell(raw, Kind.TEXT); // inlineStr, str (a formula's text result), d (an ISO date)
        }
        if (column >= 0) {
            cells.put(column, cell);
        }
    }

    private static int styleIndex(String s) {
        if (s == null || s.isEmpty() || s.length() > 9) {
            return 0;
        }
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** The 0-based column of an A1 reference ("C12" → 2), read from its letters. */
    private static int column(String ref) {
        int col = 0;
        int i = 0;
        while (i < ref.length() && col < 1 << 20) {
            int letter = (ref.charAt(i) | 0x20) - 'a';
            if (letter < 0 || letter > 25) {
                break;
            }
            col = col * 26 + letter + 1;
            i++;
        }
        return col - 1;
    }

    /** A shared string by index; a broken index reads as an error value, reported with its row. */
    private Cell shared(String index) {
        try {
            return new Cell(strings.getItemAt(Integer.parseInt(index)).getString(), Kind.TEXT);
        } catch (RuntimeException e) {
            return new Cell("#REF! (missing shared string " + index + ")", Kind.ERROR);
        }
    }
}
