package dev.capexbrief.delivery.mail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A file attached to the briefing email, read once so that the bytes sent are the bytes checked.
 *
 * @param file        where it was read from
 * @param contentType its MIME type, from the extension
 */
public record Attachment(Path file, String contentType, byte[] bytes) {
    static final String PDF = "application/pdf";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final long MB = 1024L * 1024L;

    public String fileName() {
        return file.getFileName().toString();
    }

    public long size() {
        return bytes.length;
    }

    /** The default limit: 10 MB. */
    public static long defaultLimit() {
        return 10 * MB;
    }

    /** A limit in MB (of 1,048,576 bytes) from {@code email.max_attachment_mb}; null gives the default. */
    public static long limit(Double mb) {
        if (mb == null) {
            return defaultLimit();
        }
        if (!(mb > 0)) {
            throw new IllegalArgumentException("email.max_attachment_mb must be above 0, not " + mb);
        }
        return (long) Math.floor(mb * MB);
    }

    /**
     * Reads the files, refusing a missing file and a total above {@code limitBytes} before anything
     * is read into memory.
     */
    public static List<Attachment> read(List<Path> files, long limitBytes) throws IOException {
        long total = 0;
        for (Path f : files) {
            if (!Files.isRegularFile(f)) {
                throw new NoSuchFileException(f.toString(), null, "not a file");
            }
            total += Files.size(f);
        }
        if (total > limitBytes) {
            throw new MailDeliveryException("attachments total " + megabytes(total) + " (" + names(files)
                    + "), over the " + megabytes(limitBytes) + " limit; leave out --attach-workbook or raise "
                    + "email.max_attachment_mb in capexbrief.yaml if your mail server accepts more");
        }
        List<Attachment> out = new ArrayList<>();
        for (Path f : files) {
            out.add(new Attachment(f, contentType(f), Files.readAllBytes(f)));
        }
        return out;
    }

    static String contentType(Path f) {
        String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".pdf") ? PDF : n.endsWith(".xlsx") ? XLSX : "application/octet-stream";
    }

    /** "1.2 MB", "0.3 MB", "12 KB" for small files. */
    public static String megabytes(long bytes) {
        if (bytes < MB / 10) {
            return Math.max(1, Math.round(bytes / 1024.0)) + " KB";
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (double) MB);
    }

    private static String names(List<Path> files) {
        return String.join(", ", files.stream().map(p -> p.getFileName().toString()).toList());
    }
}
