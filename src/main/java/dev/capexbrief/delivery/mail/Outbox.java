package dev.capexbrief.delivery.mail;

import dev.capexbrief.delivery.AtomicFile;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.nio.file.Path;

/**
 * {@code OUTROOT/outbox/}: where messages go when no SMTP server is configured, one {@code .eml} file
 * per recipient, marked as a draft so a mail client opens it ready to send. Files are written
 * atomically; writing the same briefing again replaces its files rather than adding copies.
 */
final class Outbox {
    static final String FOLDER = "outbox";

    private final Path folder;

    Outbox(Path outputRoot) {
        this.folder = outputRoot.resolve(FOLDER);
    }

    Path folder() {
        return folder;
    }

    /** The file for a briefing and a recipient: {@code capex-briefing-2025-W06--pm@example.com.eml}. */
    Path fileFor(Path briefingFile, InternetAddress recipient) {
        String base = briefingFile.getFileName().toString().replaceFirst("\\.[^.]+$", "");
        String who = Envelope.key(recipient).replaceAll("[^a-z0-9@._+-]", "_");
        return folder.resolve(base + "--" + who + ".eml");
    }

    /** Writes the message, complete or not at all. */
    Path write(Path briefingFile, InternetAddress recipient, MimeMessage message) throws IOException {
        Path target = fileFor(briefingFile, recipient);
        AtomicFile.write(target, out -> {
            try {
                message.writeTo(out);
            } catch (MessagingException e) {
                throw new IOException("cannot write " + target + ": " + e.getMessage(), e);
            }
        });
        return target;
    }
}
