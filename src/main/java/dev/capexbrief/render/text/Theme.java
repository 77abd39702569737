package dev.capexbrief.render.text;

import java.awt.Color;
import java.util.List;
import java.util.Objects;

/**
 * The look of a briefing: firm name, page size, one colour per company slot (shared by every PDF
 * chart and the workbook), the document colours, the fonts and the logo. Loaded from
 * {@code theme.yaml} in the template set.
 *
 * @param firmName the publisher printed in the masthead, the footer and the PDF metadata
 * @param pageSize {@code A4} or {@code Letter}
 * @param palette  company colours; a company's slot is {@code CompanyProfile.colorIndex()}
 * @param accent   headings, rules and the masthead band
 * @param ink      body text
 * @param muted    secondary text: captions, units, sources, furniture
 * @param rule     hairlines and gridlines
 * @param shade    table header and headline-figure backgrounds
 * @param fonts    the TrueType files for text and tables
 * @param logo     file name of the logo image in the template set, or empty for none
 * @param topCompanies how many companies a per-company table or chart shows in detail; the rest
 *                 are summarised in one line (a briefing on 2,000 companies still reads as a note)
 */
public record Theme(String firmName, String pageSize, List<Color> palette, Color accent, Color ink, Color muted,
                    Color rule, Color shade, ThemeFonts fonts, String logo, int topCompanies) {

    /** Page sizes a theme may ask for. */
    public static final List<String> PAGE_SIZES = List.of("A4", "Letter");
    /** Companies shown in detail unless the theme says otherwise. */
    public static final int DEFAULT_TOP_COMPANIES = 12;
    /** The most a theme may ask for: beyond this a table stops fitting a short note. */
    public static final int MAX_TOP_COMPANIES = 50;

    public Theme {
        Objects.requireNonNull(firmName);
        Objects.requireNonNull(pageSize);
        palette = List.copyOf(palette);
        if (palette.isEmpty()) {
            throw new IllegalArgumentException("a theme needs at least one palette colour");
        }
        Objects.requireNonNull(accent);
        Objects.requireNonNull(ink);
        Objects.requireNonNull(muted);
        Objects.requireNonNull(rule);
        Objects.requireNonNull(shade);
        Objects.requireNonNull(fonts);
        logo = logo == null ? "" : logo;
        if (topCompanies < 1 || topCompanies > MAX_TOP_COMPANIES) {
            throw new IllegalArgumentException("top_companies must be between 1 and " + MAX_TOP_COMPANIES
                    + ", not " + topCompanies);
        }
    }

    /** The built-in look, used when a template set has no theme file. */
    public static Theme defaults() {
        return new Theme("capexbrief Research", "A4", List.of(
                new Color(0x1F, 0x4E, 0x79),   // deep blue
                new Color(0xE6, 0x9F, 0x00),   // orange
                new Color(0x56, 0xB4, 0xE9),   // sky blue
                new Color(0x00, 0x9E, 0x73),   // bluish green
                new Color(0xCC, 0x79, 0xA7),   // reddish purple
                new Color(0xD5, 0x5E, 0x00),   // vermilion
                new Color(0x00, 0x72, 0xB2),   // blue
                new Color(0x99, 0x99, 0x99),   // grey
                new Color(0x8C, 0x6D, 0x31)),  // brown
                new Color(0x0B, 0x2E, 0x4F),
                new Color(0x1A, 0x1A, 0x1A),
                new Color(0x5F, 0x6B, 0x7A),
                new Color(0xC8, 0xCD, 0xD4),
                new Color(0xEE, 0xF2, 0xF6),
                ThemeFonts.bundled(),
                "",
                DEFAULT_TOP_COMPANIES);
    }

    /** The colour of a company's slot (see {@code CompanyProfile.colorIndex()}), cycling when slots run out. */
    public Color companyColor(int index) {
        return palette.get(Math.floorMod(index, palette.size()));
    }

    /** True for US Letter, false for A4. */
    public boolean letter() {
        return "Letter".equalsIgnoreCase(pageSize);
    }
}
