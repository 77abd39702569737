package dev.capexbrief.dataset;

/**
 * How much a reader accepts before it refuses a file, so that a hostile or broken file is reported
 * quickly and with bounded memory instead of exhausting the heap. The README's "Input safety"
 * section states the defaults; tests pass smaller ones.
 *
 * @param maxLineChars  longest physical line (CSV) and longest single value (CSV or YAML)
 * @param maxInputBytes largest file, in bytes
 * @param maxRows       most data rows (CSV records, YAML entries)
 * @param maxProblems   reading stops after this many problems: the first ones are what needs fixing
 */
record ReadLimits(int maxLineChars, long maxInputBytes, int maxRows, int maxProblems) {
    static final ReadLimits DEFAULT = new ReadLimits(1_000_000, 512L * 1024 * 1024, 2_000_000, 1_000);

    ReadLimits {
        if (maxLineChars < 1 || maxInputBytes < 1 || maxRows < 1 || maxProblems < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    /** The byte limit as people say it, e.g. "512 MiB". */
    String inputSize() {
        long mib = maxInputBytes / (1024 * 1024);
        return mib > 0 && mib * 1024 * 1024 == maxInputBytes ? mib + " MiB" : maxInputBytes + " bytes";
    }
}
