package dev.capexbrief.dataset.hostile;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One messy or hostile dataset file and what capexbrief must answer: the exit code, and for a
 * refusal the problems it prints ({@code {file}} stands for the path given on the command line).
 * The catalogue is {@link HostileInputs}; the reader tests and the CLI tests both run it.
 *
 * @param name     what the case is, for test names
 * @param fileName the file's name, whose extension picks the reader
 * @param bytes    the file's exact bytes
 * @param exitCode 0 when the dataset must be accepted, 1 when it must be refused
 * @param messages the lines the user must see (problems or warnings), in order of appearance
 */
public record HostileInput(String name, String fileName, byte[] bytes, int exitCode, List<String> messages) {
    public static final String HEADER = "company,company_name,fiscal_year_end,metric,kind,period,value,low,high,"
            + "qualifier,currency,unit,announced,source,note\n";
    /** A valid row, for cases that need one good line beside a bad one. */
    public static final String GOOD_ROW = "GOOGL,Alphabet,12,capex,guidance,FY2025,75,,,about,USD,B,2025-02-04,release,\n";

    public HostileInput {
        bytes = bytes.clone();
        messages = List.copyOf(messages);
    }

    static HostileInput refused(String name, String fileName, String text, String... messages) {
        return new HostileInput(name, fileName, text.getBytes(StandardCharsets.UTF_8), 1, List.of(messages));
    }

    static HostileInput refused(String name, String fileName, byte[] bytes, String... messages) {
        return new HostileInput(name, fileName, bytes, 1, List.of(messages));
    }

    static HostileInput accepted(String name, String fileName, String text, String... warnings) {
        return new HostileInput(name, fileName, text.getBytes(StandardCharsets.UTF_8), 0, List.of(warnings));
    }

    static HostileInput accepted(String name, String fileName, byte[] bytes, String... warnings) {
        return new HostileInput(name, fileName, bytes, 0, List.of(warnings));
    }

    static byte[] bytes(String text, Charset charset) {
        return text.getBytes(charset);
    }

    /** The expected lines for a file given as {@code path}. */
    public List<String> messagesFor(String path) {
        return messages.stream().map(m -> m.replace("{file}", path)).toList();
    }

    public byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public String toString() {
        return name;
    }
}
