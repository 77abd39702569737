package dev.capexbrief.delivery;

import java.nio.file.FileAlreadyExistsException;

/** A briefing for the week is already there and {@code --force} was not given; nothing was changed. */
public final class BriefingExistsException extends FileAlreadyExistsException {
    private static final long serialVersionUID = 1L;

    /**
     * @param file     what is in the way
     * @param sentence the whole message, naming the file, what is there and what to do
     */
    public BriefingExistsException(String file, String sentence) {
        super(file, null, sentence);
    }
}
