package dev.capexbrief.render.text;

import java.awt.Color;
import java.util.ArrayList;
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
    private static final Set<String> KEYS = Set.of("firm_name", "page_size", "logo", "top_companies",
            "colors.accent", "colors.ink", "colors.muted", "colors.rule", "colors.shade",
            "fonts.regular", "fonts.bold", "fonts.condensed", "fonts.condensed_bold", "fonts.body_size");

    private final String file;
    private final Predicate<String> inTemplateSet;
    private final List<String> problems = new ArrayList<>();
    /** A font or logo file the theme names but the template set lacks, if any. */
    private String missing;
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
        fields = YamlFields.read(yaml, file);
        for (Map.Entry<String, YamlFields.Field> e : fields.entrySet()) {
            if (!KEYS.contains(e.getKey()) && !PALETTE.matcher(e.getKey()).matches()) {
                problem(e.getValue(), e.getKey(), "unknown setting; the settings are firm_name, page_size, logo, "
                        + "top_companies, palette (a list of colours), colors.{accent, ink, muted, rule, shade} and "
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
        Theme theme = new Theme(firm, page, palette,
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
        problems.add(file + ":" + f.line() + ": " + key + ": " + message);
    }
}
