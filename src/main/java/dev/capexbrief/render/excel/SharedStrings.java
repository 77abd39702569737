package dev.capexbrief.render.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The workbook's shared strings table, filled as the sheets stream: each distinct text is stored
 * once and cells refer to it by number, which keeps a million-row Data sheet small and quick to
 * compress and to open. The table has a cap, so memory stays bounded whatever the data: past it,
 * new texts are written inline in their cells (the same content, only stored differently).
 */
final class SharedStrings {
    /** Distinct texts kept in the table; a dataset of repeated ids, periods and sources stays far below. */
    static final int MAX_UNIQUE = 300_000;

    private final Map<String, Integer> index = new HashMap<>();
    private final List<String> items = new ArrayList<>();
    private final int maxUnique;
    private long count;

    SharedStrings() {
        this(MAX_UNIQUE);
    }

    SharedStrings(int maxUnique) {
        this.maxUnique = maxUnique;
    }

    /** The text's number in the table, adding it; -1 when the table is full and the text is new. */
    int index(String text) {
        Integer i = index.get(text);
        if (i == null) {
            if (items.size() >= maxUnique) {
                return -1;
            }
            i = items.size();
            index.put(text, i);
            items.add(text);
        }
        count++;
        return i;
    }

    /** Writes {@code xl/sharedStrings.xml}. */
    void write(OutputStream out) throws IOException {
        SheetXml xml = new SheetXml(out, null);
        xml.ascii("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"" + count
                + "\" uniqueCount=\"" + items.size() + "\">");
        for (String s : items) {
            xml.ascii(SheetXml.preserve(s) ? "<si><t xml:space=\"preserve\">" : "<si><t>");
            xml.escaped(s);
            xml.ascii("</t></si>");
        }
        xml.ascii("</sst>");
        xml.flush();
    }
}
