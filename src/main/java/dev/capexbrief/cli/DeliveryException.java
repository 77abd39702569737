package dev.capexbrief.cli;

/** A failure to deliver a briefing (exit code 3), with a one-line message. */
public class DeliveryException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DeliveryException(String message, Throwable cause) {
        super(message, cause);
    }
}
