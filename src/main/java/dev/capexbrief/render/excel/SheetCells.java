package dev.capexbrief.render.excel;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The cells of one analysis sheet, held compactly (a few dozen bytes a cell rather than POI's
 * XML-bean cells of several hundred), and streamed into the sheet's XML when the workbook is
 * written. With 20,000 companies the Guidance, History and Quarterly sheets hold over a million
 * cells: as XML beans they would need more memory than the whole briefing may use.
 *
 * <p>Cells can be written in any order and rewritten (a style first, a value later), as with a
 * spreadsheet; they come out sorted by row and column.
 */
final class SheetCells implements SheetBody {
    private static final byte BLANK = 0;
    private static final byte TEXT = 1;
    private static final byte NUMBER = 2;
    private static final byte FORMULA = 3;

    private Line[] rows = new Line[32];
    private int lastRow = -1;
    private int lastColumn = -1;
    /** Links to places in the workbook, as {@code <hyperlink>} elements (they need no relationship part). */
    private final StringBuilder links = new StringBuilder();
    /** The rows as sheet XML once {@link #freeze} has written them out; the cells are then dropped. */
    private Path frozen;
    private String frozenDimension;

    /** One row: its custom height and its cells, by column. */
    static final class Line {
        private float height = Float.NaN;
        private int size;
        private short[] columns = new short[4];
        private byte[] kinds = new byte[4];
        private int[] styles = new int[4];
        private double[] numbers = new double[4];
        private String[] texts = new String[4];

        float height() {
            return height;
        }

        /** A custom height in points, as Excel stores it (twentieths of a point); negative resets it. */
        void height(float points) {
            height = points < 0 ? Float.NaN : (short) (points * 20) / 20f;
        }

        private int slot(int c) {
            int i = size > 0 && columns[size - 1] < c ? -(size + 1) : Arrays.binarySearch(columns, 0, size, (short) c);
            if (i >= 0) {
                return i;
            }
            i = -(i + 1);
            if (size == columns.length) {
                int n = size + (size >> 1) + 1;
                columns = Arrays.copyOf(columns, n);
                kinds = Arrays.copyOf(kinds, n);
                styles = Arrays.copyOf(styles, n);
                numbers = Arrays.copyOf(numbers, n);
                texts = Arrays.copyOf(texts, n);
            }
            System.arraycopy(columns, i, columns, i + 1, size - i);
            System.arraycopy(kinds, i, kinds, i + 1, size - i);
            System.arraycopy(styles, i, styles, i + 1, size - i);
            System.arraycopy(numbers, i, numbers, i + 1, size - i);
            System.arraycopy(texts, i, texts, i + 1, size - i);
            columns[i] = (short) c;
            kinds[i] = BLANK;
            styles[i] = 0;
            numbers[i] = 0;
            texts[i] = null;
            size++;
            return i;
        }
    }

    /** The row, created when absent. */
    Line row(int r) {
        if (frozen != null) {
            throw new IllegalStateException("the sheet's rows are already written out");
        }
        if (r >= rows.length) {
            rows = Arrays.copyOf(rows, Math.max(r + 1, rows.length * 2));
        }
        Line line = rows[r];
        if (line == null) {
            line = new Line();
            rows[r] = line;
            lastRow = Math.max(lastRow, r);
        }
        return line;
    }

    /** Makes the cell exist, giving it {@code style} when that is not negative; its value is kept. */
    void touch(int r, int c, int style) {
        Line line = row(r);
        int i = line.slot(c);
        if (style >= 0) {
            line.styles[i] = style;
        }
        lastColumn = Math.max(lastColumn, c);
    }

    void style(int r, int c, int style) {
        touch(r, c, style);
    }

    void text(int r, int c, String text) {
        set(r, c, TEXT, 0, text);
    }

    void number(int r, int c, double value) {
        set(r, c, NUMBER, value, null);
    }

    void formula(int r, int c, String formula, double cached) {
        set(r, c, FORMULA, cached, formula);
    }

    private void set(int r, int c, byte kind, double number, String text) {
        Line line = row(r);
        int i = line.slot(c);
        line.kinds[i] = kind;
        line.numbers[i] = number;
        line.texts[i] = text;
        lastColumn = Math.max(lastColumn, c);
    }

    /** A link from cell {@code ref} to a place in the workbook, e.g. {@code 'Sources & Methodology'!A20}. */
    void internalLink(String ref, String location) {
        links.append("<hyperlink ref=\"").append(ref).append("\" location=\"").append(attribute(location)).append("\"/>");
    }

    @Override
    public String hyperlinks() {
        return links.toString();
    }

    /**
     * Writes the finished sheet's rows to a temporary file and lets go of the cells, so a workbook
     * holds one large sheet's cells at a time. Strings go to {@code strings} now.
     */
    void freeze(SharedStrings strings) throws IOException {
        if (frozen != null) {
            return;
        }
        Path file = dev.capexbrief.dataset.ScratchFiles.create("sheet-", ".xml");
        try (OutputStream out = Files.newOutputStream(file)) {
            SheetXml xml = new SheetXml(out, strings);
            writeRows(xml);
            xml.flush();
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        frozenDimension = dimension();
        frozen = file;
        rows = new Line[0];
        lastRow = -1;
    }

    @Override
    public void close() throws IOException {
        if (frozen != null) {
            Files.deleteIfExists(frozen);
        }
    }

    @Override
    public String dimension() {
        if (frozenDimension != null) {
            return frozenDimension;
        }
        if (lastRow < 0) {
            return "A1";
        }
        int first = 0;
        while (rows[first] == null) {
            first++;
        }
        int minColumn = Integer.MAX_VALUE;
        for (int r = first; r <= lastRow; r++) {
            if (rows[r] != null && rows[r].size > 0) {
                minColumn = Math.min(minColumn, rows[r].columns[0]);
            }
        }
        if (minColumn == Integer.MAX_VALUE) {
            minColumn = 0;
        }
        return SheetXml.columnName(minColumn) + (first + 1) + ":" + SheetXml.columnName(Math.max(0, lastColumn))
                + (lastRow + 1);
    }

    @Override
    public void write(SheetXml xml) throws IOException {
        if (frozen != null) {
            try (InputStream in = Files.newInputStream(frozen)) {
                xml.copy(in);
            }
            return;
        }
        writeRows(xml);
    }

    private void writeRows(SheetXml xml) throws IOException {
        for (int r = 0; r <= lastRow; r++) {
            Line line = rows[r];
            if (line == null) {
                continue;
            }
            xml.startRow(r, line.height);
            for (int i = 0; i < line.size; i++) {
                int c = line.columns[i];
                int style = line.styles[i];
                switch (line.kinds[i]) {
                    case TEXT -> xml.text(c, line.texts[i], style);
                    case NUMBER -> xml.number(c, line.numbers[i], style);
                    case FORMULA -> xml.formula(c, line.texts[i], line.numbers[i], style);
                    default -> xml.blank(c, style);
                }
            }
            xml.endRow();
        }
    }

    private static String attribute(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
