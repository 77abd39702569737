package dev.capexbrief.render.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import dev.capexbrief.render.model.Cell;

import java.awt.Color;
import java.util.function.Function;

/**
 * How each kind of table cell is set: a company with its colour swatch, bold name and grey second
 * line; an amount or a ratio as labelled (bold in a headline column or a total row) over its grey
 * note; words bold when strong, and a column of accounts (what was reported) in the small grey type
 * of a note; source numbers and blanks muted.
 */
final class CellPhrases {
    /** The swatch printed before a company's name. */
    static final String SWATCH = "\u25A0 ";
    /** Words longer than this are an account rather than a value: their column is set as notes. */
    static final int NOTE_LENGTH = 80;

    private final Styles styles;
    private final Function<String, Color> colors;

    /** @param colors each company's colour by id, null for none */
    CellPhrases(Styles styles, Function<String, Color> colors) {
        this.styles = styles;
        this.colors = colors;
    }

    /** The cell's phrase; {@code strong} for a headline column or a total row, {@code note} for a column of accounts. */
    Phrase of(Cell cell, boolean strong, boolean note) {
        if (cell instanceof Cell.Company c) {
            Phrase p = new Phrase("", styles.cell());
            Color swatch = colors.apply(c.id());
            if (swatch != null) {
                p.add(new Chunk(SWATCH, styles.colored(styles.cellBold(), swatch)));
            }
            return withSub(p, c.name(), styles.cellBold(), c.sub());
        }
        if (cell instanceof Cell.Sources || cell instanceof Cell.Blank || note && cell instanceof Cell.Text) {
            return new Phrase(Composer.cellChunk(cell.text(), styles.cellMuted()));
        }
        boolean bold = strong || cell instanceof Cell.Text t && t.strong();
        return withSub(new Phrase("", styles.cell()), cell.text(), font(bold), cell.sub());
    }

    /** The font of a cell's main line. */
    Font font(boolean bold) {
        return bold ? styles.cellBold() : styles.cell();
    }

    private Phrase withSub(Phrase p, String main, Font font, String sub) {
        qualified(p, main, font);
        if (!sub.isEmpty()) {
            p.add(new Chunk("\n", styles.cellMuted()));
            qualified(p, sub, styles.cellMuted());
        }
        return p;
    }

    /** Text whose qualifier in brackets ("~$50B (FY ends May)") sets the qualifier on a line of its own. */
    private void qualified(Phrase p, String text, Font font) {
        String[] parts = split(text);
        p.add(Composer.cellChunk(parts[0], font));
        if (parts.length > 1) {
            p.add(new Chunk("\n", styles.cellMuted()));
            p.add(Composer.cellChunk(parts[1], styles.cellMuted()));
        }
    }

    /**
     * A figure and its closing qualifier in brackets, as two parts ("~$175B", "(calendar 2026)¶"), so
     * a narrow column breaks between them rather than inside the qualifier; else the text alone.
     */
    static String[] split(String text) {
        java.util.regex.Matcher m = QUALIFIER.matcher(text);
        return m.matches() ? new String[]{m.group(1), m.group(2)} : new String[]{text};
    }

    private static final java.util.regex.Pattern QUALIFIER =
            java.util.regex.Pattern.compile("(.*\\d\\S*) (\\([^()]+\\)\\S*)");
}
