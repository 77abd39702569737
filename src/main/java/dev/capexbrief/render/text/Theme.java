package dev.capexbrief.render.text;

import java.awt.Color;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The look of a briefing: firm name, page size, the company colours (shared by every PDF chart
 * and the workbook; {@link CompanyColors} applies them to one briefing), the document colours,
 * the fonts and the logo. Loaded from {@code theme.yaml} in the template set.
 *
 * @param firmName the publisher printed in the masthead, the footer and the PDF metadata
 * @param pageSize {@code A4} or {@code Letter}
 * @param palette  the colours a company without its own colour is given one from, by its id
 * @param companyColors each listed company's own colour, by company id, in the theme's order (the
 *                 order gives each its marker shape); the same in every briefing
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
public record Theme(String firmName, String pageSize, List<Color> palette, Map<String, Color> companyColors,
                    Color accent, Color ink, Color muted, Color rule, Color shade, ThemeFonts fonts, String logo,
                    int topCompanies) {

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
        // a copy that keeps the theme's order: a company's marker shape follows its place in the list
        companyColors = Collections.unmodifiableMap(new LinkedHashMap<>(companyColors));
        companyColors.forEach((id, color) -> {
            Objects.requireNonNull(id, "company id");
            Objects.requireNonNull(color, id);
        });
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
        Map<String, Color> companies = new LinkedHashMap<>();
        // Okabe-Ito colours, then darker and lighter ones where more are needed: every pair stays
        // apart for deuteranopes and protanopes, and a pair sharing a marker shape (AMZN and TSM,
        // MSFT and BIDU, GOOGL and NBIS) is far apart in grey (CompanyColorsTest checks both)
        companies.put("AMZN", new Color(0xE69F00));      // orange
        companies.put("MSFT", new Color(0x1F4E79));      // deep blue
        companies.put("GOOGL", new Color(0x009E73));     // bluish green
        companies.put("META", new Color(0x0072B2));      // blue
        companies.put("ORCL", new Color(0xD55E00));      // vermilion
        companies.put("AAPL", new Color(0x000000));      // black
        companies.put("BABA", new Color(0x954200));      // rust
        companies.put("0700.HK", new Color(0x56B4E9));   // sky blue
        companies.put("CRWV", new Color(0xCC79A7));      // reddish purple
        companies.put("NVDA", new Color(0x30776B));      // dark teal
        companies.put("TSM", new Color(0x703841));       // wine
        companies.put("BIDU", new Color(0xE3ABB4));      // pink
        companies.put("NBIS", new Color(0x661100));      // maroon
        // the pool for everyone else: the same tested colours, so a briefing of up to 13 companies
        // keeps to them whoever is in it
        return new Theme("capexbrief Research", "A4", List.copyOf(companies.values()), companies,
                new Color(0x0B, 0x2E, 0x4F),
                new Color(0x1A, 0x1A, 0x1A),
                new Color(0x5F, 0x6B, 0x7A),
                new Color(0xC8, 0xCD, 0xD4),
                new Color(0xEE, 0xF2, 0xF6),
                ThemeFonts.bundled(),
                "",
                DEFAULT_TOP_COMPANIES);
    }

    /** True for US Letter, false for A4. */
    public boolean letter() {
        return "Letter".equalsIgnoreCase(pageSize);
    }
}
