package dev.capexbrief.delivery.mail;

import dev.capexbrief.dataset.Digests;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import javax.net.ssl.SSLSocketFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;

/**
 * Emails a briefing that is already on disk: checks the attachments, writes the message from the
 * templates, and delivers it to each recipient through the SMTP server, or into the outbox when no
 * server is configured. The send log makes it safe to run twice: a recipient who already got this
 * briefing file is skipped unless the request says resend, and only accepted messages are logged.
 */
public final class Mailer {
    /**
     * What to send.
     *
     * @param isoWeek         the briefing's week, for the Message-ID
     * @param values          what the email says: the values its manifest recorded ({@link EmailValues})
     * @param files           the attachments, the briefing PDF first (it names the send in the log)
     * @param digests         the SHA-256 each file must have (its manifest's), in the order of
     *                          {@code files}; a file read with other bytes is not sent
     * @param attachmentLimit the largest total of attachments, in bytes
     */
    public record Request(String isoWeek, Map<String, Object> values, List<Path> files, List<String> digests,
                          Envelope envelope, String subjectPrefix, long attachmentLimit, boolean resend) {
        public Request {
            files = List.copyOf(files);
            digests = List.copyOf(digests);
            if (digests.size() != files.size()) {
                throw new IllegalArgumentException("one digest per attachment: " + files.size() + " file(s), "
                        + digests.size() + " digest(s)");
            }
            values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
            if (files.isEmpty()) {
                throw new IllegalArgumentException("nothing to send: no briefing file given");
            }
        }
    }

    private final EmailTemplates templates;
    private final SmtpSettings smtp;
    private final String password;
    private final SSLSocketFactory tlsSockets;
    private final Outbox outbox;
    private final SendLog log;
    private final Clock clock;
    private final Path outputRoot;
    private final Duration lockWait;
    private final MessageBuilder builder = new MessageBuilder();

    /**
     * @param smtp     the server, or null to write .eml files to {@code outputRoot/outbox/}
     * @param password the login's password (from {@code CAPEXBRIEF_SMTP_PASSWORD}), or null
     */
    public Mailer(EmailTemplates templates, SmtpSettings smtp, String password, Path outputRoot, Clock clock) {
        this(templates, smtp, password, null, outputRoot, clock, SendLock.DEFAULT_WAIT);
    }

    Mailer(EmailTemplates templates, SmtpSettings smtp, String password, SSLSocketFactory tlsSockets,
           Path outputRoot, Clock clock) {
        this(templates, smtp, password, tlsSockets, outputRoot, clock, SendLock.DEFAULT_WAIT);
    }

    /**
     * @param tlsSockets the TLS socket factory (tests trust their own server); null for the JVM's default
     * @param lockWait   how long to wait for another send to the same output root to finish
     */
    Mailer(EmailTemplates templates, SmtpSettings smtp, String password, SSLSocketFactory tlsSockets,
           Path outputRoot, Clock clock, Duration lockWait) {
        this.templates = templates;
        this.smtp = smtp;
        this.password = password;
        this.tlsSockets = tlsSockets;
        this.outbox = new Outbox(outputRoot);
        this.log = new SendLog(outputRoot);
        this.clock = clock;
        this.outputRoot = outputRoot;
        this.lockWait = lockWait;
    }

    /**
     * Sends or writes the messages. Problems before anything goes out (a missing file, attachments
     * over the limit, no connection, TLS or login refused) throw; a recipient the server refuses,
     * or every recipient left when the connection drops, is reported as failed.
     */
    public SendReport send(Request r) throws IOException {
        List<Attachment> attachments = Attachment.read(r.files(), r.attachmentLimit());
        for (int i = 0; i < attachments.size(); i++) {
            if (!Digests.of(attachments.get(i).bytes()).equals(r.digests().get(i))) {
                throw new MailDeliveryException(attachments.get(i).file() + " no longer matches its manifest (its bytes "
                        + "changed after it was written), so it is not sent; rebuild the briefing with capexbrief brief --week "
                        + r.isoWeek() + " --force, then send it");
            }
        }
        EmailText text = templates.write(r.values(), attachments, r.subjectPrefix());
        Path briefingFile = r.files().get(0);
        if (smtp == null) {
            return toOutbox(r, text, attachments, briefingFile);
        }
        // read the log, send and record under one lock: a send started meanwhile waits, then sees these rows
        try (SendLock lock = SendLock.acquire(outputRoot, lockWait)) {
            SendLog.Index sent = log.read();
            String briefing = log.key(briefingFile);
            List<SendReport.Outcome> outcomes = new ArrayList<>();
            List<InternetAddress> pending = new ArrayList<>();
            for (InternetAddress to : r.envelope().to()) {
                Optional<SendLog.Entry> earlier = r.resend() ? Optional.empty() : sent.find(briefing, Envelope.key(to));
                if (earlier.isPresent()) {
                    outcomes.add(SendReport.skipped(to.toString(), earlier.get()));
                } else {
                    pending.add(to);
                }
            }
            if (!pending.isEmpty()) {
                outcomes.addAll(deliver(r, text, attachments, briefingFile, pending));
            }
            return new SendReport(order(outcomes, r.envelope().to()));
        }
    }

    private List<SendReport.Outcome> deliver(Request r, EmailText text, List<Attachment> attachments, Path briefingFile,
                                             List<InternetAddress> pending) throws IOException {
        List<SendReport.Outcome> out = new ArrayList<>();
        // base64 makes attachments a third larger
        long size = 16 * 1024 + attachments.stream().mapToLong(a -> a.bytes().length).sum() * 4 / 3;
        try (SmtpConnection c = SmtpConnection.open(smtp, password, tlsSockets)) {
            for (int i = 0; i < pending.size(); i++) {
                InternetAddress to = pending.get(i);
                Instant now = clock.instant();
                String id = MessageBuilder.messageId(r.isoWeek(), r.envelope().from(), to, now);
                try {
                    c.send(message(text, r, to, attachments, now, id, false), to, size);
                } catch (SendFailedException e) {
                    out.add(SendReport.failed(to.toString(), SmtpFailure.refused(e)));
                    continue;
                } catch (MessagingException e) {
                    String reason = c.describe(e);
                    for (InternetAddress left : pending.subList(i, pending.size())) {
                        out.add(SendReport.failed(left.toString(), reason));
                    }
                    break;
                }
                record(briefingFile, to, id, now);
                out.add(SendReport.sent(to.toString(), smtp.address(), id));
            }
        }
        return out;
    }

    private SendReport toOutbox(Request r, EmailText text, List<Attachment> attachments, Path briefingFile)
            throws IOException {
        // every name is settled before the first file is written: none can replace another's
        List<Path> files = outbox.filesFor(briefingFile, r.envelope().to());
        List<SendReport.Outcome> out = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            InternetAddress to = r.envelope().to().get(i);
            Instant now = clock.instant();
            String id = MessageBuilder.messageId(r.isoWeek(), r.envelope().from(), to, now);
            Path file = outbox.write(files.get(i), message(text, r, to, attachments, now, id, true));
            out.add(SendReport.written(to.toString(), file.toString(), id));
        }
        return new SendReport(out);
    }

    private MimeMessage message(EmailText text, Request r, InternetAddress to, List<Attachment> attachments,
                                Instant now, String id, boolean draft) throws IOException {
        try {
            return builder.build(text, r.envelope().from(), to, attachments, now, id, draft);
        } catch (MessagingException e) {
            throw new IOException("cannot build the email for " + to + ": " + e.getMessage(), e);
        }
    }

    private void record(Path briefingFile, InternetAddress to, String id, Instant now) throws MailDeliveryException {
        try {
            log.record(briefingFile, to, id, now);
        } catch (IOException e) {
            throw new MailDeliveryException("sent to " + to + " (Message-ID " + id + ") but cannot record it in "
                    + log.file() + ": " + e.getMessage() + "; add the row by hand before sending again, or "
                    + to + " gets it twice", e);
        }
    }

    private static List<SendReport.Outcome> order(List<SendReport.Outcome> outcomes, List<InternetAddress> to) {
        Map<String, List<SendReport.Outcome>> byRecipient = new HashMap<>();
        for (SendReport.Outcome o : outcomes) {
            byRecipient.computeIfAbsent(o.recipient(), k -> new ArrayList<>()).add(o);
        }
        List<SendReport.Outcome> sorted = new ArrayList<>();
        for (InternetAddress a : to) {
            sorted.addAll(byRecipient.getOrDefault(a.toString(), List.of()));
        }
        return sorted;
    }
}
