package dev.capexbrief.delivery;

import java.nio.file.Path;

/**
 * Where a briefing's files go: {@code ROOT/2025-W06/capex-briefing-2025-W06.pdf} by default. The
 * file-name pattern may use {@code {week}} and {@code {date}} (any other placeholder is refused); names
 * never leave the output root.
 */
public record OutputLayout(Path root, String pattern) {
    public static final String DEFAULT_PATTERN = "capex-briefing-{week}";

    /**
     * In UTF-8 bytes, as file systems count (255 a name): with the week or date, a changed file's
     * {@code .changed-<stamp>} and the extension in, a longer pattern could pass this check and fail
     * only at write time.
     */
    private static final int MAX_PATTERN = 120;
    private static final java.util.List<String> PLACEHOLDERS = java.util.List.of("{week}", "{date}");
    private static final java.util.regex.Pattern PLACEHOLDER = java.util.regex.Pattern.compile("\\{[^{}]*}");

    public OutputLayout {
        // "--out a/../b" means b, whether or not a exists (the kernel would insist on a)
        root = root.toAbsolutePath().normalize();
        if (pattern == null || pattern.isBlank()) {
            pattern = DEFAULT_PATTERN;
        }
        if (pattern.contains("/") || pattern.contains("\\") || pattern.contains("..")) {
            throw new IllegalArgumentException("file-name pattern '" + pattern
                    + "' must be a plain file name (no '/', '\\' or '..'); use {week} and {date}");
        }
        refuseUnknownPlaceholders(pattern);
        if (pattern.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_PATTERN || pattern.chars().anyMatch(c -> c < ' ' || c == 0x7F || c == ':')) {
            throw new IllegalArgumentException("file-name pattern must be a plain file name of at most " + MAX_PATTERN
                    + " bytes in UTF-8 (an accented letter takes 2, a Chinese character 3), without control characters"
                    + " or ':'; use {week} and {date}");
        }
    }

    /**
     * {@code brief-{weeks}} would write a file literally named that, every week over the last one:
     * a brace is only ever part of {@code {week}} or {@code {date}}.
     */
    private static void refuseUnknownPlaceholders(String pattern) {
        java.util.regex.Matcher m = PLACEHOLDER.matcher(pattern);
        while (m.find()) {
            if (!PLACEHOLDERS.contains(m.group())) {
                throw new IllegalArgumentException("file-name pattern " + OneLine.quote(pattern) + " has an unknown placeholder "
                        + OneLine.escape(m.group()) + "; the known ones are " + String.join(" and ", PLACEHOLDERS));
            }
        }
        String rest = PLACEHOLDER.matcher(pattern).replaceAll("");
        if (rest.contains("{") || rest.contains("}")) {
            throw new IllegalArgumentException("file-name pattern " + OneLine.quote(pattern) + " has a '"
                    + (rest.contains("{") ? "{" : "}") + "' that is not part of a placeholder; the known ones are "
                    + String.join(" and ", PLACEHOLDERS));
        }
    }

    public Path folder(String isoWeek) {
        return root.resolve(isoWeek);
    }

    public Path pdf(String isoWeek, java.time.LocalDate asOf) {
        return folder(isoWeek).resolve(baseName(isoWeek, asOf) + ".pdf");
    }

    public Path xlsx(String isoWeek, java.time.LocalDate asOf) {
        return folder(isoWeek).resolve(baseName(isoWeek, asOf) + ".xlsx");
    }

    /** The manifest beside the PDF and the workbook ({@link Manifest}). */
    public Path manifest(String isoWeek, java.time.LocalDate asOf) {
        return folder(isoWeek).resolve(baseName(isoWeek, asOf) + ".json");
    }

    /** True when the file name depends on the as-of date, not only the week. */
    public boolean namesDates() {
        return pattern.contains("{date}");
    }

    private String baseName(String isoWeek, java.time.LocalDate asOf) {
        return pattern.replace("{week}", isoWeek).replace("{date}", asOf.toString());
    }
}
