package dev.capexbrief.delivery.mail;

import jakarta.mail.internet.InternetAddress;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code send-log.csv} in the output root: one row per briefing file and recipient that a server
 * accepted, with the Message-ID and the time. It is what stops a second send. A send reads it once
 * ({@link #read()}, under the {@link SendLock}) and looks every recipient up in memory; rows are
 * appended under a file lock and forced to disk one by one, so a crash loses at most the row being
 * written, and such a torn last row is ignored when read and cut off before the next row is added.
 * A log re-saved by a spreadsheet keeps working ({@link SendLogReader}), and rows added to it
 * follow its separator, column order and line ends. Failed recipients are never written.
 */
final class SendLog {
    static final String FILE_NAME = "send-log.csv";

    /**
     * One delivered message.
     *
     * @param briefing the briefing file, relative to the output root when inside it ({@code 2025-W06/x.pdf})
     */
    record Entry(Instant sentAt, String briefing, String recipient, String messageId) {
    }

    /** The deliveries of a log, looked up by briefing file and recipient. */
    static final class Index {
        private final Map<String, Entry> latest = new HashMap<>();

        private Index(List<Entry> entries) {
            for (Entry e : entries) {
                latest.put(key(e.briefing(), e.recipient()), e);
            }
        }

        /** The latest delivery of this briefing (as {@link SendLog#key} names it) to this recipient (any case). */
        Optional<Entry> find(String briefing, String recipient) {
            return Optional.ofNullable(latest.get(key(briefing, recipient.toLowerCase(Locale.ROOT))));
        }

        private static String key(String briefing, String recipient) {
            return briefing + '\n' + recipient;
        }
    }

    private final Path root;
    private final Path file;
    private SendLogReader.Contents read;

    SendLog(Path outputRoot) {
        this.root = outputRoot.toAbsolutePath().normalize();
        this.file = root.resolve(FILE_NAME);
    }

    Path file() {
        return file;
    }

    /** How the log names a briefing file: relative to the output root with '/', else its absolute path. */
    String key(Path briefingFile) {
        Path p = briefingFile.toAbsolutePath().normalize();
        return p.startsWith(root) ? root.relativize(p).toString().replace('\\', '/') : p.toString();
    }

    /**
     * Reads the whole log once. A row that cannot be read fails with its file and line rather than
     * being skipped, since it may be the record that stops a second delivery.
     */
    Index read() throws IOException {
        read = SendLogReader.read(file);
        return new Index(read.entries());
    }

    /** The latest delivery of this briefing file to this recipient, if any (reads the log). */
    Optional<Entry> find(Path briefingFile, InternetAddress recipient) throws IOException {
        return read().find(key(briefingFile), Envelope.key(recipient));
    }

    /** Every complete row, oldest first. */
    List<Entry> entries() throws IOException {
        return SendLogReader.read(file).entries();
    }

    /** Appends a delivery and forces it to disk before returning. */
    Entry record(Path briefingFile, InternetAddress recipient, String messageId, Instant at) throws IOException {
        Entry e = new Entry(at, key(briefingFile), Envelope.key(recipient), messageId);
        Files.createDirectories(root);
        if (read == null) {
            read();
        }
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.READ)) {
            FileLock lock = ch.lock();
            try {
                append(ch, e, read.layout());
            } finally {
                lock.release();
            }
        }
        return e;
    }

    private static void append(FileChannel ch, Entry e, SendLogReader.Layout layout) throws IOException {
        long size = ch.size();
        StringBuilder row = new StringBuilder();
        if (size == 0) {
            row.append(Csv.row(layout.delimiter(), SendLogReader.COLUMNS)).append('\n');
            layout = SendLogReader.Layout.CANONICAL;
        } else if (!endsWithLineEnd(ch, size, layout.charset())) {
            long start = afterLastLineEnd(ch, size);
            if (layout.charset() == StandardCharsets.UTF_8
                    && SendLogReader.torn(readFrom(ch, start, size), layout.delimiter())) {
                // a row cut short by a killed run: the reader ignores it, and a row after it would make it a middle row
                ch.truncate(start);
                size = start;
            } else {
                row.append(layout.lineEnd());
            }
        }
        List<String> fields = new ArrayList<>();
        for (String column : layout.columns()) {
            fields.add(switch (column) {
                case "sent_at" -> e.sentAt().toString();
                case "briefing" -> e.briefing();
                case "recipient" -> e.recipient();
                case "message_id" -> e.messageId();
                default -> "";
            });
        }
        row.append(Csv.row(layout.delimiter(), fields)).append(layout.lineEnd());
        ByteBuffer bytes = ByteBuffer.wrap(row.toString().getBytes(layout.charset()));
        long pos = size;
        while (bytes.hasRemaining()) {
            pos += ch.write(bytes, pos);
        }
        ch.force(true);
    }

    private static boolean endsWithLineEnd(FileChannel ch, long size, Charset charset) throws IOException {
        int width = charset == StandardCharsets.UTF_8 ? 1 : 2;
        if (size < width) {
            return false;
        }
        ByteBuffer last = ByteBuffer.allocate(width);
        ch.read(last, size - width);
        String c = new String(last.array(), charset);
        return c.equals("\n") || c.equals("\r");
    }

    private static String readFrom(FileChannel ch, long start, long end) throws IOException {
        ByteBuffer tail = ByteBuffer.allocate((int) Math.min(end - start, 1 << 20));
        while (tail.hasRemaining() && ch.read(tail, start + tail.position()) > 0) {
            // read the last line
        }
        return SendLogReader.decode(java.util.Arrays.copyOf(tail.array(), tail.position()));
    }

    /** Where the last row starts: just after the last line end, or the start of the file. */
    private static long afterLastLineEnd(FileChannel ch, long size) throws IOException {
        ByteBuffer chunk = ByteBuffer.allocate(8192);
        for (long end = size; end > 0; ) {
            long start = Math.max(0, end - chunk.capacity());
            chunk.clear().limit((int) (end - start));
            while (chunk.hasRemaining() && ch.read(chunk, start + chunk.position()) > 0) {
                // read the whole chunk
            }
            for (int i = chunk.position() - 1; i >= 0; i--) {
                if (chunk.get(i) == '\n' || chunk.get(i) == '\r') {
                    return start + i + 1;
                }
            }
            end = start;
        }
        return 0;
    }

    /** Writes rows as RFC 4180: quotes around fields holding the separator, a quote or a line break. */
    static final class Csv {
        private Csv() {
        }

        static String row(char delimiter, List<String> fields) {
            List<String> out = new ArrayList<>();
            for (String f : fields) {
                boolean quote = f.chars().anyMatch(c -> c == delimiter || c == '"' || c == '\r' || c == '\n');
                out.add(quote ? '"' + f.replace("\"", "\"\"") + '"' : f);
            }
            return String.join(String.valueOf(delimiter), out);
        }
    }
}
