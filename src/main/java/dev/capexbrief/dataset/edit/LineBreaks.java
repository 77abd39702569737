package dev.capexbrief.dataset.edit;

/**
 * Which byte sequences end a line, as the dataset readers count lines: CR LF, LF or CR in CSV, and
 * in YAML also NEL, LS and PS (U+0085, U+2028, U+2029), which SnakeYAML counts as line breaks too.
 * An edit addresses lines by the numbers the readers print, so it must count them the same way.
 */
enum LineBreaks {
    CSV, YAML;

    /** Longest break, in UTF-8 bytes: what {@link #length} may look at. */
    static final int MAX_BYTES = 3;

    /** The length of the line break at {@code buf[i]} (0 when there is none there); looks at most up to {@code limit}. */
    int length(byte[] buf, int i, int limit) {
        int b = buf[i] & 0xFF;
        if (b == '\n') {
            return 1;
        }
        if (b == '\r') {
            return i + 1 < limit && buf[i + 1] == '\n' ? 2 : 1;
        }
        if (this == YAML) {
            if (b == 0xC2 && i + 1 < limit && (buf[i + 1] & 0xFF) == 0x85) {
                return 2;
            }
            if (b == 0xE2 && i + 2 < limit && (buf[i + 1] & 0xFF) == 0x80
                    && ((buf[i + 2] & 0xFF) == 0xA8 || (buf[i + 2] & 0xFF) == 0xA9)) {
                return 3;
            }
        }
        return 0;
    }

    /** True when the byte may start a break, so the caller must have {@link #MAX_BYTES} bytes at hand. */
    boolean mayStart(byte b) {
        return b == '\n' || b == '\r' || (this == YAML && (b == (byte) 0xC2 || b == (byte) 0xE2));
    }
}
