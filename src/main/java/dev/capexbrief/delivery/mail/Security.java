package dev.capexbrief.delivery.mail;

import java.util.Locale;

/** How the connection to the SMTP server is protected ({@code email.smtp.security}). */
public enum Security {
    /** Plain connection upgraded with STARTTLS before anything else is said; the upgrade is required. */
    STARTTLS(587),
    /** TLS from the first byte (implicit TLS, "SMTPS"). */
    TLS(465),
    /** No encryption: only for a trusted relay, and never with a password unless require_tls is false. */
    NONE(25);

    private final int defaultPort;

    Security(int defaultPort) {
        this.defaultPort = defaultPort;
    }

    public int defaultPort() {
        return defaultPort;
    }

    /** Parses the config value; null means starttls. */
    public static Security parse(String text) {
        if (text == null || text.isBlank()) {
            return STARTTLS;
        }
        for (Security s : values()) {
            if (s.name().equalsIgnoreCase(text.strip())) {
                return s;
            }
        }
        throw new IllegalArgumentException("email.smtp.security: '" + text + "' is not one of starttls, tls, none");
    }

    public boolean encrypted() {
        return this != NONE;
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
