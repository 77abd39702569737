package dev.capexbrief.dataset;

import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;

import java.util.BitSet;
import java.util.function.IntPredicate;

/**
 * Which cell styles of a workbook show numbers as percentages ({@code 0%}, {@code 0.0%}, a custom
 * {@code +0.0%;-0.0%}): an analyst who types -4% into a value cell sees -4% while the file holds
 * -0.04, and the dataset must read what the analyst saw.
 */
final class PercentStyles {
    private PercentStyles() {
    }

    static IntPredicate of(XSSFReader reader) {
        StylesTable styles;
        try {
            styles = reader.getStylesTable();
        } catch (Exception e) {
            return i -> false; // no styles part: every number is shown as stored
        }
        if (styles == null) {
            return i -> false;
        }
        BitSet percent = new BitSet();
        for (int i = 0; i < styles.getNumCellStyles(); i++) {
            long id = styles.getCellXfAt(i).getNumFmtId();
            String format = id < 0 || id > Short.MAX_VALUE ? null : styles.getNumberFormatAt((short) id);
            if (format == null && id >= 0 && id < BuiltinFormats.FIRST_USER_DEFINED_FORMAT_INDEX) {
                format = BuiltinFormats.getBuiltinFormat((int) id);
            }
            if (format != null && isPercent(format)) {
                percent.set(i);
            }
        }
        return percent::get;
    }

    /** Whether a number format multiplies by 100: a {@code %} outside quoted text, escapes and [brackets]. */
    static boolean isPercent(String format) {
        boolean quoted = false;
        int bracket = 0;
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (quoted) {
                quoted = c != '"';
            } else if (c == '"') {
                quoted = true;
            } else if (c == '\\' || c == '_' || c == '*') {
                i++; // the next character is shown (\ ), padded (_) or repeated (*), never a %
            } else if (c == '[') {
                bracket++;
            } else if (c == ']' && bracket > 0) {
                bracket--;
            } else if (c == '%' && bracket == 0) {
                return true;
            }
        }
        return false;
    }
}
