package dev.capexbrief.cli;

import dev.capexbrief.dataset.Dataset;
import picocli.CommandLine;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The {@code --as-of} value: a day, or {@code latest} for the day of the newest figure in the
 * dataset (what plain {@code brief} did before it briefed the current week).
 *
 * @param day the day, or null for latest
 */
record AsOf(LocalDate day) {
    static final String LATEST = "latest";

    /** The day to brief: the given one, or the newest figure's (today for a dataset without figures). */
    LocalDate resolve(Dataset dataset, LocalDate today) {
        return day != null ? day : dataset.latestAnnouncement().orElse(today);
    }

    /** Picocli's conversion of the flag's text. */
    static final class Converter implements CommandLine.ITypeConverter<AsOf> {
        @Override
        public AsOf convert(String value) {
            if (LATEST.equalsIgnoreCase(value.strip())) {
                return new AsOf(null);
            }
            try {
                return new AsOf(LocalDate.parse(value.strip()));
            } catch (DateTimeParseException e) {
                throw new CommandLine.TypeConversionException("is not a date (YYYY-MM-DD) or '" + LATEST + "'");
            }
        }
    }
}
