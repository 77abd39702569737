package dev.capexbrief.dataset.edit;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What an edit must match in a text file: whether it starts with a UTF-8 byte order mark, the line
 * ending it uses (the first one in the file; LF for a file without any), and whether its last line
 * ends with a line break.
 */
record FileFacts(boolean bom, String lineEnding, boolean endsWithBreak) {
    static final FileFacts NEW = new FileFacts(false, "\n", true);

    static FileFacts of(Path file, LineBreaks breaks) throws IOException {
        boolean bom;
        String ending = "\n";
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            in.mark(3);
            bom = in.read() == 0xEF && in.read() == 0xBB && in.read() == 0xBF;
            if (!bom) {
                in.reset();
            }
            for (int b = in.read(); b >= 0; b = in.read()) {
                if (b == '\n') {
                    break;
                }
                if (b == '\r') {
                    ending = in.read() == '\n' ? "\r\n" : "\r";
                    break;
                }
            }
        }
        return new FileFacts(bom, ending, endsWithBreak(file, breaks));
    }

    private static boolean endsWithBreak(Path file, LineBreaks breaks) throws IOException {
        try (SeekableByteChannel ch = Files.newByteChannel(file)) {
            long size = ch.size();
            if (size == 0) {
                return true;
            }
            int n = (int) Math.min(LineBreaks.MAX_BYTES, size);
            ByteBuffer tail = ByteBuffer.allocate(n);
            ch.position(size - n);
            while (tail.hasRemaining() && ch.read(tail) >= 0) {
                // read the last bytes
            }
            byte[] b = tail.array();
            for (int i = 0; i < n; i++) {
                int len = breaks.length(b, i, n);
                if (len > 0 && i + len == n) {
                    return true;
                }
            }
            return false;
        }
    }
}
