package dev.capexbrief.dataset.edgar;

/** A companyfacts payload that cannot be imported: malformed, truncated, too deep, a value out of range. */
public final class BadPayloadException extends Exception {
    private static final long serialVersionUID = 1L;

    /** @param message one line naming the payload and what is wrong, e.g. {@code CIK0001652044.json: truncated JSON at byte 5021} */
    public BadPayloadException(String message, Throwable cause) {
        super(message, cause);
    }

    public BadPayloadException(String message) {
        super(message);
    }
}
