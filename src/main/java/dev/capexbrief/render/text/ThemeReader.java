package dev.capexbrief.render.text;

import java.awt.Color;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Reads {@code theme.yaml}. Every key is optional (a missing one keeps the built-in value); every
 * problem is reported at once with its line, e.g. {@code theme.yaml:9: palette[2]: 'blu' is not a colour}.
 */
final class ThemeReader {
    private static final Pattern HEX = Pattern.compile("#?([0-9a-fA-F]{6})");
    private static final Pattern PALETTE = Pattern.compile("palette\\[\\d+]");
    private static final String COMPANY_COLORS = "company_colors";
    private static final String EXAMPLE = "write one line per company under it, e.g. AMZN: \"#E69F00\"";
    private static final Set<String> KEYS = Set.of("firm_name", "page_size", "logo", "top_companies",
            "colors.accent", "colors.ink", "colors.muted", "colors.rule", "colors.shade",
            "fonts.regular", "fonts.bold", "fonts.condensed", "fonts.condensed_bold", "fonts.body_size");

    private final String file;
    private final Predicate<String> inTemplateSet;
    private final List<String> problems = new ArrayList<>();
    /** A font or logo file the theme names but the template set lacks, if any. */
    private String missing;
    private YamlFields.Document document;
    private Map<String, YamlFields.Field> fields;

    /**
     * @param file          the name used in messages, e.g. {@code templates/theme.yaml}
     * @param inTemplateSet whether a file named in the theme (logo, fonts) exists in the template set
     */
    ThemeReader(String file, Predicate<String> inTemplateSet) {
        this.file = file;
        this.inTemplateSet = inTemplateSet;
    }

    Theme read(String yaml) {
        document = YamlFields.read(yaml, file);
        fields = document.values();
        for (Map.Entry<String, YamlFields.Field> e : fields.entrySet()) {
            String key = e.getKey();
            if (!KEYS.contains(key) && !PALETTE.matcher(key).matches() && !inCompanyColors(key)) {
                problem(e.getValue(), key, "unknown setting; the settings are firm_name, page_size, logo, "
                        + "top_companies, company_colors (company id: colour), palette (a list of colours), "
                        + "colors.{accent, ink, muted, rule, shade} and "
                        + "fonts.{regular, bold, condensed, condensed_bold, body_size}");
            }
        }
        Theme base = Theme.defaults();
        String firm = text("firm_name", base.firmName());
        if (firm.isBlank()) {
            problems.add(file + ": firm_name is empty");
        }
        String page = pageSize(base.pageSize());
        List<Color> palette = palette(base.palette());
        Map<String, Color> companyColors = companyColors(base.companyColors());
        Theme theme = new Theme(firm, page, palette, companyColors,
                color("colors.accent", base.accent()), color("colors.ink", base.ink()),
                color("colors.muted", base.muted()), color("colors.rule", base.rule()),
                color("colors.shade", base.shade()), fonts(base.fonts()), file("logo", "", ".png", ".jpg", ".jpeg"),
                topCompanies(base.topCompanies()));
        if (!problems.isEmpty()) {
            // a named file that is not there is an I/O failure (exit 3), not a usage error
            throw missing == null ? new TemplateProblemException(String.join("\n", problems))
                    : new TemplateProblemException(String.join("\n", problems), new java.nio.file.NoSuchFileException(missing));
        }
        return theme;
    }

    private String text(String key, String fallback) {
        YamlFields.Field f = fields.get(key);
        return f == null ? fallback : f.text();
    }

    private String pageSize(String fallback) {
        YamlFields.Field f = fields.get("page_size");
        if (f == null) {
            return fallback;
        }
        for (String size : Theme.PAGE_SIZES) {
            if (size.equalsIgnoreCase(f.text())) {
                return size;
            }
        }
        problem(f, "page_size", "'" + f.text() + "' is not a page size; write A4 or Letter");
        return fallback;
    }

    private int topCompanies(int fallback) {
        YamlFields.Field f = fields.get("top_companies");
        if (f == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(f.text().strip());
            if (n >= 1 && n <= Theme.MAX_TOP_COMPANIES) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below with the accepted range
        }
        problem(f, "top_companies", "'" + f.text() + "' is not a whole number from 1 to " + Theme.MAX_TOP_COMPANIES
                + ", e.g. 12");
        return fallback;
    }

    private List<Color> palette(List<Color> fallback) {
        List<Color> colors = new ArrayList<>();
        for (int i = 0; fields.containsKey("palette[" + i + "]"); i++) {
            colors.add(color("palette[" + i + "]", Color.GRAY));
        }
        return colors.isEmpty() ? fallback : colors;
    }

    private static boolean inCompanyColors(String path) {
        return path.equals(COMPANY_COLORS) || path.startsWith(COMPANY_COLORS + ".")
                || path.startsWith(COMPANY_COLORS + "[");
    }

    /**
     * {@code company_colors}: company id to colour, in the file's order. Not given keeps the
     * built-in map; given with nothing under it means no company has its own colour.
     */
    private Map<String, Color> companyColors(Map<String, Color> fallback) {
        YamlFields.Container map = document.containers().get(COMPANY_COLORS);
        YamlFields.Field scalar = fields.get(COMPANY_COLORS);
        if (map == null) {
            if (scalar != null && !scalar.text().isEmpty()) {
                problem(scalar.line(), COMPANY_COLORS, "'" + scalar.text() + "' is not company id: colour lines; "
                        + EXAMPLE);
            }
            return scalar == null ? fallback : Map.of();
        }
        if (map.list()) {
            problem(map.line(), COMPANY_COLORS, "is a list, not company id: colour lines; " + EXAMPLE + " (no '- ')");
            return fallback;
        }
        repeatedOrNested();
        Map<String, Color> colors = new LinkedHashMap<>();
        Map<Color, String> owners = new HashMap<>();
        fields.forEach((path, f) -> {
            if (!f.parent().equals(COMPANY_COLORS)) {
                return;
            }
            String id = path.substring(COMPANY_COLORS.length() + 1);
            Color color = color(path, null);
            if (id.isBlank()) {
                problem(f, path, "the company id is empty; write the id the dataset uses, e.g. AMZN");
            } else if (color != null && owners.putIfAbsent(color, id) != null) {
                problem(f, path, "'" + f.text() + "' is already " + owners.get(color) + "'s colour; give each "
                        + "company its own so the charts tell them apart");
            } else if (color != null) {
                colors.put(id, color);
            }
        });
        return colors;
    }

    /** An id given twice, or given a list or a map instead of one colour. */
    private void repeatedOrNested() {
        for (YamlFields.Repeat r : document.repeats()) {
            if (r.parent().equals(COMPANY_COLORS)) {
                problem(r.line(), r.path(), "given twice (also on line " + r.firstLine() + "); keep one");
            }
        }
        document.containers().forEach((path, c) -> {
            if (c.parent().equals(COMPANY_COLORS)) {
                problem(c.line(), path, "give the company one colour, e.g. AMZN: \"#E69F00\"");
            }
        });
    }

    private Color color(String key, Color fallback) {
        YamlFields.Field f = fields.get(key);
        if (f == null) {
            return fallback;
        }
        var m = HEX.matcher(f.text());
        if (!m.matches()) {
            problem(f, key, "'" + f.text() + "' is not a colour; write it as \"#RRGGBB\", e.g. \"#1F4E79\"");
            return fallback;
        }
        return new Color(Integer.parseInt(m.group(1), 16));
    }

    private ThemeFonts fonts(ThemeFonts fallback) {
        float size = fallback.bodySize();
        YamlFields.Field f = fields.get("fonts.body_size");
        if (f != null) {
            try {
                size = Float.parseFloat(f.text());
                if (size < 6 || size > 14) {
                    problem(f, "fonts.body_size", f.text() + " is outside 6-14 points");
                    size = fallback.bodySize();
                }
            } catch (NumberFormatException e) {
                problem(f, "fonts.body_size", "'" + f.text() + "' is not a number of points, e.g. 9.5");
            }
        }
        return new ThemeFonts(font("fonts.regular", fallback.regular()), font("fonts.bold", fallback.bold()),
                font("fonts.condensed", fallback.condensed()), font("fonts.condensed_bold", fallback.condensedBold()),
                size);
    }

    private String font(String key, String fallback) {
        YamlFields.Field f = fields.get(key);
        if (f != null && ThemeFonts.BUNDLED.equalsIgnoreCase(f.text())) {
            return ThemeFonts.BUNDLED;
        }
        return file(key, fallback, ".ttf");
    }

    /** A file named in the theme: relative, inside the template set, with one of the extensions. */
    private String file(String key, String fallback, String... extensions) {
        YamlFields.Field f = fields.get(key);
        if (f == null || f.text().isEmpty()) {
            return fallback;
        }
        String name = f.text();
        if (name.startsWith("/") || name.contains("\\") || name.contains("..") || name.contains(":")) {
            problem(f, key, "'" + name + "' must be a file inside the template folder, e.g. logo.png");
            return fallback;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (java.util.Arrays.stream(extensions).noneMatch(lower::endsWith)) {
            problem(f, key, "'" + name + "' must end with " + String.join(" or ", extensions));
            return fallback;
        }
        if (!inTemplateSet.test(name)) {
            problem(f, key, "'" + name + "' is not in the template folder");
            missing = name;
            return fallback;
        }
        return name;
    }

    private void problem(YamlFields.Field f, String key, String message) {
        problem(f.line(), key, message);
    }

    private void problem(int line, String key, String message) {
        problems.add(file + ":" + line + ": " + key + ": " + message);
    }
}
