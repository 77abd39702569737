package dev.capexbrief.delivery.mail;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** What happened to each recipient of one send, in recipient order. */
public record SendReport(List<Outcome> outcomes) {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    public SendReport {
        outcomes = List.copyOf(outcomes);
    }

    /** Sent now, written to the outbox, skipped as already sent, or failed. */
    public enum Status { SENT, WRITTEN, SKIPPED, FAILED }

    /**
     * One recipient's result.
     *
     * @param detail the server for SENT, the .eml file for WRITTEN, the earlier send for SKIPPED, the reason for FAILED
     */
    public record Outcome(String recipient, Status status, String detail, String messageId) {
        /** The line printed for it. */
        public String line() {
            return switch (status) {
                case SENT -> "sent to " + recipient + " via " + detail + " (Message-ID " + messageId + ")";
                case WRITTEN -> "wrote " + detail + " for " + recipient;
                case SKIPPED -> "already sent to " + recipient + " on " + detail + "; use --resend to send again";
                case FAILED -> "not sent to " + recipient + ": " + detail;
            };
        }
    }

    static Outcome sent(String recipient, String server, String messageId) {
        return new Outcome(recipient, Status.SENT, server, messageId);
    }

    static Outcome written(String recipient, String file, String messageId) {
        return new Outcome(recipient, Status.WRITTEN, file, messageId);
    }

    static Outcome skipped(String recipient, SendLog.Entry earlier) {
        return new Outcome(recipient, Status.SKIPPED, WHEN.format(earlier.sentAt()), earlier.messageId());
    }

    static Outcome failed(String recipient, String reason) {
        return new Outcome(recipient, Status.FAILED, reason, null);
    }

    public List<Outcome> failures() {
        return outcomes.stream().filter(o -> o.status() == Status.FAILED).toList();
    }

    public long count(Status status) {
        return outcomes.stream().filter(o -> o.status() == status).count();
    }
}
