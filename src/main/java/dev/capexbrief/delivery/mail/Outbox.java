package dev.capexbrief.delivery.mail;

import dev.capexbrief.delivery.AtomicFile;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * {@code OUTROOT/outbox/}: where messages go when no SMTP server is configured, one {@code .eml} file
 * per recipient, marked as a draft so a mail client opens it ready to send. Files are written
 * atomically; writing the same briefing again replaces its files rather than adding copies.
 * Every recipient has a file of their own: an address that is not a plain file name
 * ({@code a$b@example.com}) or too long for one gets a short hash of the exact address, and every
 * name of a send is settled and checked before the first file is written.
 */
final class Outbox {
    static final String FOLDER = "outbox";
    /**
     * The longest file name, in UTF-8 bytes. File systems allow 255; the temporary file written
     * beside it ({@code .NAME.RANDOM.part}) needs about 20 more.
     */
    static final int MAX_NAME_BYTES = 200;
    private static final String EXTENSION = ".eml";

    private final Path folder;

    Outbox(Path outputRoot) {
        this.folder = outputRoot.resolve(FOLDER);
    }

    Path folder() {
        return folder;
    }

    /**
     * The file for a briefing and a recipient: {@code capex-briefing-2025-W06--pm@example.com.eml},
     * or {@code capex-briefing-2025-W06--a_b@example.com~3f2a9c01d4e5.eml} when the address had to
     * be changed or shortened to make a file name. The hash is of the briefing's name and the
     * address, and '~' never occurs in an unchanged address, so two recipients never share a file.
     */
    Path fileFor(Path briefingFile, InternetAddress recipient) {
        String base = briefingFile.getFileName().toString().replaceFirst("\\.[^.]+$", "");
        String key = Envelope.key(recipient);
        String who = key.replaceAll("[^a-z0-9@._+-]", "_");
        String plain = base + "--" + who + EXTENSION;
        if (who.equals(key) && bytes(plain) <= MAX_NAME_BYTES) {
            return folder.resolve(plain);
        }
        String tag = "~" + hash(base + "\n" + key) + EXTENSION;
        return folder.resolve(truncate(base + "--" + who, MAX_NAME_BYTES - bytes(tag)) + tag);
    }

    /**
     * The files of all the recipients, in their order, checked before any is written: each its own,
     * and the folder there to hold them.
     */
    List<Path> filesFor(Path briefingFile, List<InternetAddress> recipients) throws IOException {
        List<Path> files = new ArrayList<>();
        Map<Path, InternetAddress> taken = new HashMap<>();
        for (InternetAddress to : recipients) {
            Path f = fileFor(briefingFile, to);
            InternetAddress other = taken.putIfAbsent(f, to);
            if (other != null) {
                throw new MailDeliveryException(to + " and " + other + " would both be written to " + f
                        + "; nothing was written to the outbox: send them separately");
            }
            files.add(f);
        }
        Files.createDirectories(folder);
        return files;
    }

    /** Writes the message, complete or not at all. */
    Path write(Path target, MimeMessage message) throws IOException {
        AtomicFile.write(target, out -> {
            try {
                message.writeTo(out);
            } catch (MessagingException e) {
                throw new IOException("cannot write " + target + ": " + e.getMessage(), e);
            }
        });
        return target;
    }

    private static int bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }

    /** The longest start of {@code s} that fits in {@code max} UTF-8 bytes, never splitting a character. */
    private static String truncate(String s, int max) {
        int bytes = 0;
        int end = 0;
        while (end < s.length()) {
            int cp = s.codePointAt(end);
            int n = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (bytes + n > max) {
                break;
            }
            bytes += n;
            end += Character.charCount(cp);
        }
        return s.substring(0, end);
    }

    private static String hash(String text) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
