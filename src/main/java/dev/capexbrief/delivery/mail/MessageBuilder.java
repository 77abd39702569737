package dev.capexbrief.delivery.mail;

import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MailDateFormat;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.TimeZone;

/**
 * Builds the briefing email: multipart/mixed holding a multipart/alternative (plain text, then
 * HTML) and the attachments. Nothing in it is random: the Date and the Message-ID come from the
 * clock, the week and the recipient, and the MIME boundaries are fixed strings that quoted-printable
 * and base64 content can never contain, so the same inputs give the same bytes.
 */
final class MessageBuilder {
    private static final String MIXED_BOUNDARY = "=_capexbrief_mixed";
    private static final String ALTERNATIVE_BOUNDARY = "=_capexbrief_alternative";
    private static final DateTimeFormatter ID_TIME = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private final Session session = Session.getInstance(new Properties());

    /**
     * One message for one recipient.
     *
     * @param draft marks the message unsent ({@code X-Unsent: 1}), so a mail client opens an
     *              outbox file as a draft ready to send
     */
    MimeMessage build(EmailText text, InternetAddress from, InternetAddress to, List<Attachment> attachments,
                             Instant date, String messageId, boolean draft) throws MessagingException {
        MimeMessage m = new BriefingMessage(session, messageId);
        m.setFrom(from);
        m.setRecipient(MimeMessage.RecipientType.TO, to);
        m.setSubject(text.subject(), "UTF-8");
        m.setHeader("Date", date(date));
        if (draft) {
            m.setHeader("X-Unsent", "1");
        }
        MimeMultipart alternative = multipart("alternative", ALTERNATIVE_BOUNDARY);
        alternative.addBodyPart(textPart(text.plain(), "plain"));
        alternative.addBodyPart(textPart(text.html(), "html"));
        MimeBodyPart body = new MimeBodyPart();
        body.setContent(alternative);
        MimeMultipart mixed = multipart("mixed", MIXED_BOUNDARY);
        mixed.addBodyPart(body);
        for (Attachment a : attachments) {
            mixed.addBodyPart(attachmentPart(a));
        }
        m.setContent(mixed);
        m.saveChanges();
        return m;
    }

    /**
     * A Message-ID unique per week, recipient and millisecond:
     * {@code <capexbrief.2025-W06.20250209T081500.123Z.1a2b3c4d@example.com>}, with the sender's domain.
     */
    static String messageId(String isoWeek, InternetAddress from, InternetAddress to, Instant at) {
        String address = from.getAddress();
        String domain = address.substring(address.lastIndexOf('@') + 1);
        return "<capexbrief." + isoWeek + "." + ID_TIME.format(at) + "." + shortHash(Envelope.key(to)) + "@" + domain + ">";
    }

    private static String date(Instant at) {
        MailDateFormat f = new MailDateFormat();
        f.setTimeZone(TimeZone.getTimeZone("UTC"));
        return f.format(Date.from(at));
    }

    private static MimeBodyPart textPart(String text, String subtype) throws MessagingException {
        MimeBodyPart p = new MimeBodyPart();
        p.setText(text, "UTF-8", subtype);
        p.setHeader("Content-Transfer-Encoding", "quoted-printable");
        return p;
    }

    private static MimeBodyPart attachmentPart(Attachment a) throws MessagingException {
        MimeBodyPart p = new MimeBodyPart();
        p.setDataHandler(new DataHandler(new ByteArrayDataSource(a.bytes(), a.contentType())));
        p.setFileName(a.fileName());
        p.setDisposition(Part.ATTACHMENT);
        p.setHeader("Content-Transfer-Encoding", "base64");
        return p;
    }

    private static MimeMultipart multipart(String subtype, String boundary) throws MessagingException {
        return new FixedBoundaryMultipart(subtype, boundary);
    }

    private static String shortHash(String text) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** A multipart whose boundary is given rather than drawn from the time and a counter. */
    private static final class FixedBoundaryMultipart extends MimeMultipart {
        FixedBoundaryMultipart(String subtype, String boundary) throws MessagingException {
            super(subtype);
            ContentType type = new ContentType("multipart", subtype, null);
            type.setParameter("boundary", boundary);
            contentType = type.toString();
        }
    }

    /** A message whose Message-ID is the one given, not a random one made when it is saved. */
    private static final class BriefingMessage extends MimeMessage {
        private final String id;

        BriefingMessage(Session session, String id) {
            super(session);
            this.id = id;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", id);
        }
    }
}
