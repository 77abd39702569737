package dev.capexbrief.cli;

import dev.capexbrief.delivery.Config;
import dev.capexbrief.delivery.Manifest;
import dev.capexbrief.delivery.mail.Attachment;
import dev.capexbrief.delivery.mail.EmailTemplates;
import dev.capexbrief.delivery.mail.Envelope;
import dev.capexbrief.delivery.mail.MailDeliveryException;
import dev.capexbrief.delivery.mail.Mailer;
import dev.capexbrief.delivery.mail.SendReport;
import dev.capexbrief.delivery.mail.SmtpSettings;
import dev.capexbrief.render.text.TemplateSet;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The email flags shared by {@code brief --email} and {@code send}, completed from the config's
 * {@code email} section and the environment (the SMTP password is read from
 * {@code CAPEXBRIEF_SMTP_PASSWORD} only, never from a flag or a file).
 */
final class EmailOptions {
    static final String PASSWORD_VARIABLE = "CAPEXBRIEF_SMTP_PASSWORD";

    @Option(names = "--mail-to", paramLabel = "ADDR",
            description = "Recipient; repeat the flag or separate with commas. Default: the config's email.to.")
    List<String> to = new ArrayList<>();

    @Option(names = "--mail-from", paramLabel = "ADDR", description = "Sender. Default: the config's email.from.")
    String from;

    @Option(names = "--smtp-host", paramLabel = "HOST",
            description = "SMTP server. Default: the config's email.smtp.host; with none, each message is written to an .eml file in OUT/outbox/")
    String smtpHost;

    @Option(names = "--smtp-port", paramLabel = "PORT",
            description = "SMTP port. Default: the config's email.smtp.port, else 587 (starttls), 465 (tls) or 25 (none).")
    Integer smtpPort;

    @Option(names = "--attach-workbook", description = "Attach the Excel workbook as well as the PDF.")
    boolean attachWorkbook;

    @Option(names = "--resend", description = "Send again to recipients the send log says already have this briefing.")
    boolean resend;

    private final UnaryOperator<String> environment;
    private final Clock clock;

    EmailOptions() {
        this(System::getenv, Clock.systemDefaultZone());
    }

    /** For tests: another environment (the password) and a fixed clock. */
    EmailOptions(UnaryOperator<String> environment, Clock clock) {
        this.environment = environment;
        this.clock = clock;
    }

    /** Settings checked before anything is written or sent. */
    record Plan(Envelope envelope, SmtpSettings smtp, String password, long attachmentLimit, String subjectPrefix) {
        String channel() {
            return smtp == null ? "the outbox (no SMTP host set)" : smtp.address();
        }
    }

    /**
     * Checks addresses, the server settings and the password, so that a usage error stops the run
     * before a briefing is written or a message sent.
     *
     * @param extraTo   more recipients (the {@code send --to} alias)
     * @param fromAlias the {@code send --from} alias, or null
     */
    Plan plan(Config config, List<String> extraTo, String fromAlias) {
        Config.Email email = config.email();
        List<String> recipients = new ArrayList<>(to);
        recipients.addAll(extraTo);
        boolean flagRecipients = !recipients.isEmpty();
        if (!flagRecipients && email != null && email.to() != null) {
            recipients.addAll(email.to());
        }
        String sender = fromAlias != null ? fromAlias : from;
        boolean flagSender = sender != null;
        if (!flagSender && email != null) {
            sender = email.from();
        }
        Envelope envelope = Envelope.parse(sender, flagSender ? "--mail-from" : "email.from",
                recipients, flagRecipients ? "--mail-to" : "email.to");
        SmtpSettings smtp = SmtpSettings.resolve(email == null ? null : email.smtp(), smtpHost, smtpPort);
        String password = null;
        if (smtp != null && smtp.authenticates()) {
            password = environment.apply(PASSWORD_VARIABLE);
            if (password == null || password.isEmpty()) {
                throw new IllegalArgumentException("email.smtp.user is '" + smtp.user() + "' but " + PASSWORD_VARIABLE
                        + " is not set; export the password in that environment variable (it is never read from a flag or the config)");
            }
        }
        long limit = Attachment.limit(email == null ? null : email.maxAttachmentMb());
        return new Plan(envelope, smtp, password, limit, email == null ? null : email.subjectPrefix());
    }

    /** The briefing's PDF, and its workbook when {@code --attach-workbook}, as its manifest names them. */
    List<Manifest.Output> attachments(Manifest manifest) {
        return attachWorkbook ? List.of(manifest.pdf(), manifest.xlsx()) : List.of(manifest.pdf());
    }

    /** Today, on the clock the command runs with. */
    LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * Sends (or writes to the outbox) the briefing its manifest describes, with the email written
     * from the manifest's values alone, prints one line per recipient and fails with exit code 3 if
     * any recipient was not sent to.
     *
     * @param folder where the manifest and its files are
     */
    void send(Plan plan, Manifest manifest, Path folder, List<Manifest.Output> attached, TemplateSet templates,
              Path outputRoot, PrintWriter out) throws IOException {
        List<Path> files = attached.stream().map(o -> o.in(folder)).toList();
        Mailer mailer = new Mailer(new EmailTemplates(templates), plan.smtp(), plan.password(), outputRoot, clock);
        SendReport report = mailer.send(new Mailer.Request(manifest.week(), manifest.emailValues(), files,
                attached.stream().map(Manifest.Output::sha256).toList(), plan.envelope(), plan.subjectPrefix(),
                plan.attachmentLimit(), resend));
        out.println("Email " + manifest.week() + " (" + String.join(", ",
                files.stream().map(p -> p.getFileName().toString()).toList()) + ") to " + plan.channel() + ":");
        for (SendReport.Outcome o : report.outcomes()) {
            out.println("  " + o.line());
        }
        if (report.count(SendReport.Status.WRITTEN) > 0) {
            out.println("  Open the .eml files in a mail client to send them, or set email.smtp.host to send directly.");
        }
        out.flush();
        List<SendReport.Outcome> failed = report.failures();
        if (!failed.isEmpty()) {
            throw new MailDeliveryException(failed.size() == 1 ? failed.get(0).line()
                    : failed.size() + " recipient(s) not sent to, first " + failed.get(0).line()
                    + "; the others are in the list above");
        }
    }
}
