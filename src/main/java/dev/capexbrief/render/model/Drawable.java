package dev.capexbrief.render.model;

/**
 * Whether an exhibit is worth a chart: a comparison needs at least two companies (bars, or lines
 * over time) and a line at least two points in time. A single bar or a single line point says
 * no more than its title, so it is written as a sentence instead.
 */
final class Drawable {
    private Drawable() {
    }

    static boolean enough(Exhibit e) {
        if (e.kind() == ChartKind.RANGE_BARS || e.kind() == ChartKind.COMPANY_BARS) {
            return filledCategories(e) >= 2;
        }
        long lines = e.series().stream().filter(s -> s.values().stream().anyMatch(v -> v != null)).map(Series::key)
                .distinct().count();
        return lines >= 2 && filledCategories(e) >= 2;
    }

    /** Categories where some series has a value. */
    private static long filledCategories(Exhibit e) {
        long n = 0;
        for (int i = 0; i < e.categories().size(); i++) {
            final int at = i;
            if (e.series().stream().anyMatch(s -> at < s.values().size() && s.values().get(at) != null)) {
                n++;
            }
        }
        return n;
    }

    /** The exhibit's finding as a sentence, with the note that says what it measures. */
    static String sentence(Exhibit e) {
        String title = e.title().endsWith(".") ? e.title() : e.title() + ".";
        return title.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + title.substring(1);
    }
}
