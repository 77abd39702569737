package dev.capexbrief.dataset.edgar;

import java.io.IOException;

/** The SEC (or the mirror configured) could not be reached or did not give the payload: an I/O failure, exit 3. */
public final class SecUnavailableException extends IOException {
    private static final long serialVersionUID = 1L;

    public SecUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    public SecUnavailableException(String message) {
        super(message);
    }
}
