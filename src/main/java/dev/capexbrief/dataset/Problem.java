package dev.capexbrief.dataset;

/**
 * One thing wrong (or suspicious) in an input file, with where it is.
 * Printed as {@code figures.csv:14: high: high (60) is below low (65)}.
 */
public record Problem(String file, long line, String field, String message, Severity severity) {

    /** Errors stop the run; warnings are printed and the run goes on. */
    public enum Severity { ERROR, WARNING }

    public static Problem error(String file, long line, String field, String message) {
        return new Problem(file, line, field, message, Severity.ERROR);
    }

    public static Problem warning(String file, long line, String field, String message) {
        return new Problem(file, line, field, message, Severity.WARNING);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(file);
        if (line > 0) {
            sb.append(':').append(line);
        }
        sb.append(": ");
        if (severity == Severity.WARNING) {
            sb.append("warning: ");
        }
        if (field != null && !field.isEmpty()) {
            sb.append(field).append(": ");
        }
        return sb.append(message).toString();
    }
}
