package dev.capexbrief.delivery;

import java.nio.file.FileAlreadyExistsException;

/** A briefing for the week is already there and {@code --force} was not given; nothing was changed. */
public final class BriefingExistsException extends FileAlreadyExistsException {
    private static final long serialVersionUID = 1L;

    public BriefingExistsException(String file) {
        super(file, null, "a briefing already exists; use --force to replace it");
    }
}
