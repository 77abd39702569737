package dev.capexbrief.cli;

/** No figure of the dataset is public by the briefing's date, and --allow-empty was not given (exit code 1). */
final class EmptyBriefingException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    EmptyBriefingException(String message) {
        super(message);
    }
}
