package dev.capexbrief.delivery.mail;

import java.io.IOException;

/**
 * A message could not be delivered: the server is unreachable, timed out, failed TLS or rejected
 * the login or a recipient, or an attachment is too large. The message is one line that names the
 * server or file and says what to do; the CLI maps it to exit code 3.
 */
public class MailDeliveryException extends IOException {
    private static final long serialVersionUID = 1L;

    public MailDeliveryException(String message) {
        super(message);
    }

    public MailDeliveryException(String message, Throwable cause) {
        super(message, cause);
    }
}
