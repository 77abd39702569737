package dev.capexbrief.render.text;

import java.util.Objects;

/**
 * The four TrueType faces a briefing uses, each a file in the template folder or {@link #BUNDLED}
 * for the DejaVu Sans family shipped with capexbrief, and the body text size in points.
 */
public record ThemeFonts(String regular, String bold, String condensed, String condensedBold, float bodySize) {

    /** The marker for the font shipped in the jar. */
    public static final String BUNDLED = "bundled";

    public ThemeFonts {
        Objects.requireNonNull(regular);
        Objects.requireNonNull(bold);
        Objects.requireNonNull(condensed);
        Objects.requireNonNull(condensedBold);
        if (bodySize < 6 || bodySize > 14) {
            throw new IllegalArgumentException("body_size must be between 6 and 14 points, not " + bodySize);
        }
    }

    /** DejaVu Sans, Sans Bold, Sans Condensed and Sans Condensed Bold at 9.5 pt. */
    public static ThemeFonts bundled() {
        return new ThemeFonts(BUNDLED, BUNDLED, BUNDLED, BUNDLED, 9.5f);
    }
}
