package dev.capexbrief.render.text;

import java.awt.Color;
import java.util.List;

/**
 * The look of a briefing: firm name, page size and one colour per company slot, shared by every
 * PDF chart and the workbook. Loaded from {@code theme.yaml} in the template set.
 */
public record Theme(String firmName, String pageSize, List<Color> palette, Color accent) {

    /** The built-in look, used when a template set has no theme file. */
    public static Theme defaults() {
        return new Theme("capexbrief Research", "A4", List.of(
                new Color(0x1F, 0x4E, 0x79),   // deep blue
                new Color(0xE0, 0x7A, 0x1F),   // orange
                new Color(0x2E, 0x8B, 0x57),   // green
                new Color(0x8E, 0x44, 0xAD),   // purple
                new Color(0xC0, 0x39, 0x2B),   // red
                new Color(0x16, 0xA0, 0x85),   // teal
                new Color(0x7F, 0x8C, 0x8D),   // grey
                new Color(0xB7, 0x95, 0x0B),   // ochre
                new Color(0x34, 0x49, 0x5E)),  // slate
                new Color(0x0B, 0x2E, 0x4F));
    }

    /** The colour of a company's slot (see {@code CompanyProfile.colorIndex()}), cycling when slots run out. */
    public Color companyColor(int index) {
        return palette.get(Math.floorMod(index, palette.size()));
    }
}
