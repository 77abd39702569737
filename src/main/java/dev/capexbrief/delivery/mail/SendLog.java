package dev.capexbrief.delivery.mail;

import jakarta.mail.internet.InternetAddress;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code send-log.csv} in the output root: one row per briefing file and recipient that a server
 * accepted, with the Message-ID and the time. It is what stops a second send. Rows are appended
 * under a file lock and forced to disk one by one, so a crash loses at most the row being written,
 * and a torn last row is ignored when read. Failed recipients are never written.
 */
final class SendLog {
    static final String FILE_NAME = "send-log.csv";
    private static final String HEADER = "sent_at,briefing,recipient,message_id";

    /**
     * One delivered message.
     *
     * @param briefing the briefing file, relative to the output root when inside it ({@code 2025-W06/x.pdf})
     */
    record Entry(Instant sentAt, String briefing, String recipient, String messageId) {
    }

    private final Path root;
    private final Path file;

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

    /** The latest delivery of this briefing file to this recipient, if any. */
    Optional<Entry> find(Path briefingFile, InternetAddress recipient) throws IOException {
        String briefing = key(briefingFile);
        String who = Envelope.key(recipient);
        Entry found = null;
        for (Entry e : entries()) {
            if (e.briefing().equals(briefing) && e.recipient().equalsIgnoreCase(who)) {
                found = e;
            }
        }
        return Optional.ofNullable(found);
    }

    /** Every complete row, oldest first. */
    List<Entry> entries() throws IOException {
        if (!Files.exists(file)) {
            return List.of();
        }
        List<Entry> out = new ArrayList<>();
        String text = Files.readString(file, StandardCharsets.UTF_8);
        int end = text.lastIndexOf('\n');
        for (String line : (end < 0 ? "" : text.substring(0, end)).split("\n")) {
            List<String> f = Csv.fields(line.strip());
            if (f.size() != 4 || line.startsWith(HEADER)) {
                continue;
            }
            try {
                out.add(new Entry(Instant.parse(f.get(0)), f.get(1), f.get(2), f.get(3)));
            } catch (DateTimeParseException e) {
                // a row edited by hand into something else is not a delivery
            }
        }
        return out;
    }

    /** Appends a delivery and forces it to disk before returning. */
    Entry record(Path briefingFile, InternetAddress recipient, String messageId, Instant at) throws IOException {
        Entry e = new Entry(at, key(briefingFile), Envelope.key(recipient), messageId);
        Files.createDirectories(root);
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.READ)) {
            FileLock lock = ch.lock();
            try {
                append(ch, e);
            } finally {
                lock.release();
            }
        }
        return e;
    }

    private static void append(FileChannel ch, Entry e) throws IOException {
        long size = ch.size();
        StringBuilder row = new StringBuilder();
        if (size == 0) {
            row.append(HEADER).append('\n');
        } else if (!endsWithNewline(ch, size)) {
            row.append('\n');
        }
        row.append(Csv.row(e.sentAt().toString(), e.briefing(), e.recipient(), e.messageId())).append('\n');
        ByteBuffer bytes = ByteBuffer.wrap(row.toString().getBytes(StandardCharsets.UTF_8));
        long pos = size;
        while (bytes.hasRemaining()) {
            pos += ch.write(bytes, pos);
        }
        ch.force(true);
    }

    private static boolean endsWithNewline(FileChannel ch, long size) throws IOException {
        ByteBuffer last = ByteBuffer.allocate(1);
        ch.read(last, size - 1);
        return last.get(0) == '\n';
    }

    /** The RFC 4180 subset the log needs: quotes around fields with a comma, quote or line break. */
    static final class Csv {
        private Csv() {
        }

        static String row(String... fields) {
            List<String> out = new ArrayList<>();
            for (String f : fields) {
                boolean quote = f.isEmpty() || f.chars().anyMatch(c -> c == ',' || c == '"' || c == '\r' || c == '\n');
                out.add(quote ? '"' + f.replace("\"", "\"\"") + '"' : f);
            }
            return String.join(",", out);
        }

        static List<String> fields(String line) {
            List<String> out = new ArrayList<>();
            StringBuilder cur = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = !quoted;
                } else if (c == ',' && !quoted) {
                    out.add(cur.toString());
                    cur.setLength(0);
                } else {
                    cur.append(c);
                }
            }
            out.add(cur.toString());
            return out;
        }
    }
}
