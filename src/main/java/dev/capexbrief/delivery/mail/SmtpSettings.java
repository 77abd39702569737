package dev.capexbrief.delivery.mail;

import dev.capexbrief.delivery.Config;

import java.time.Duration;

/**
 * The SMTP server to send through, from {@code email.smtp} in the config and the
 * {@code --smtp-host}/{@code --smtp-port} flags. It holds no password: that comes only from
 * {@code CAPEXBRIEF_SMTP_PASSWORD} and is handed straight to the connection.
 *
 * @param user       the login, or null for an unauthenticated relay
 * @param requireTls with a user, refuse an unencrypted connection (the default)
 * @param timeout    connect and read timeout
 */
public record SmtpSettings(String host, int port, Security security, String user, boolean requireTls,
                           Duration timeout) {
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(20);

    public SmtpSettings {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("email.smtp.host is empty; set it, or leave email.smtp out to write .eml files to the outbox");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("SMTP port " + port + " is outside 1-65535; use 587 (starttls), 465 (tls) or 25 (none)");
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("email.smtp.timeout_seconds must be at least 1");
        }
        if (user != null && user.isBlank()) {
            user = null;
        }
        if (user != null && requireTls && !security.encrypted()) {
            throw new IllegalArgumentException("email.smtp: security none with user '" + user
                    + "' would send the password unencrypted; use security: starttls or tls, "
                    + "or set require_tls: false for a trusted network");
        }
    }

    /**
     * The server from the config with the flags applied, or null when no host is set anywhere
     * (the messages then go to the outbox).
     */
    public static SmtpSettings resolve(Config.Smtp smtp, String hostFlag, Integer portFlag) {
        String host = hostFlag != null ? hostFlag : smtp == null ? null : smtp.host();
        if (host == null || host.isBlank()) {
            return null;
        }
        Security security = Security.parse(smtp == null ? null : smtp.security());
        int port = portFlag != null ? portFlag
                : smtp != null && smtp.port() != null ? smtp.port() : security.defaultPort();
        String user = smtp == null ? null : smtp.user();
        boolean requireTls = smtp == null || smtp.requireTls() == null || smtp.requireTls();
        Duration timeout = smtp == null || smtp.timeoutSeconds() == null ? DEFAULT_TIMEOUT
                : Duration.ofSeconds(smtp.timeoutSeconds());
        return new SmtpSettings(host.strip(), port, security, user, requireTls, timeout);
    }

    public boolean authenticates() {
        return user != null;
    }

    /** "smtp.example.com:587", as messages name the server. */
    public String address() {
        return host + ":" + port;
    }
}
