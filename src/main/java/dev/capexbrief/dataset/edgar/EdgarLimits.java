package dev.capexbrief.dataset.edgar;

/**
 * How much an import accepts before it refuses a payload, so that a hostile or broken download is
 * reported quickly and in bounded memory. The defaults are far above what the SEC serves (its
 * largest companyfacts payloads are tens of MB, seven levels deep, compressing about 15:1); tests
 * pass smaller ones.
 *
 * @param maxPayloadBytes largest payload (one JSON file, or one archive entry once inflated), in bytes
 * @param maxNestingDepth deepest nesting of JSON objects and arrays
 * @param maxStringChars  longest JSON string (labels and descriptions are a few thousand characters)
 * @param maxFacts        most facts kept for the mapped concepts of one payload
 * @param maxZipRatio     most bytes an archive entry may inflate to per compressed byte
 */
public record EdgarLimits(long maxPayloadBytes, int maxNestingDepth, int maxStringChars, int maxFacts, int maxZipRatio) {
    /** 256 MiB, 20 levels, 100,000 characters, 200,000 facts, 200:1. */
    public static final EdgarLimits DEFAULT = new EdgarLimits(256L * 1024 * 1024, 20, 100_000, 200_000, 200);

    public EdgarLimits {
        if (maxPayloadBytes < 1 || maxNestingDepth < 1 || maxStringChars < 1 || maxFacts < 1 || maxZipRatio < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    /** The byte limit as people say it, e.g. "256 MiB". */
    String payloadSize() {
        long mib = maxPayloadBytes / (1024 * 1024);
        return mib > 0 && mib * 1024 * 1024 == maxPayloadBytes ? mib + " MiB" : maxPayloadBytes + " bytes";
    }
}
