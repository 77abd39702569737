package dev.capexbrief.render.pdf;

import com.lowagie.text.pdf.DefaultSplitCharacter;
import com.lowagie.text.pdf.PdfChunk;

/**
 * Where a line of briefing text may break: at spaces as usual, but never inside a number or a
 * date ("-8%", "2025-02-07", "$60–65B"), so a figure is never split across two lines. A hyphen
 * between letters ("like-for-like") still breaks.
 */
final class TextBreaks extends DefaultSplitCharacter {
    static final TextBreaks INSTANCE = new TextBreaks();

    @Override
    public boolean isSplitCharacter(int start, int current, int end, char[] cc, PdfChunk[] ck) {
        char c = getCurrentCharacter(current, cc, ck);
        if (c == '-' || c == '\u2010' || c == '\u2013') {
            char before = current > start ? getCurrentCharacter(current - 1, cc, ck) : ' ';
            char after = current + 1 < end ? getCurrentCharacter(current + 1, cc, ck) : ' ';
            return Character.isLetter(before) && Character.isLetter(after);
        }
        return super.isSplitCharacter(start, current, end, cc, ck);
    }
}
