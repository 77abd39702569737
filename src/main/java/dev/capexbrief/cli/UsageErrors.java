package dev.capexbrief.cli;

import dev.capexbrief.delivery.OneLine;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A command line picocli cannot parse, told in one line instead of picocli's message plus the
 * whole usage: {@code capexbrief brief: --as-of '2025-13-45' is not a date (YYYY-MM-DD); see
 * capexbrief brief --help}, exit code 2. Picocli's suggestions for a mistyped command or option
 * stay on that line; no exception class is ever named.
 */
final class UsageErrors implements CommandLine.IParameterExceptionHandler {

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println(line(ex));
        err.flush();
        return ExitCodes.USAGE;
    }

    /** The one line for {@code ex}, control characters escaped. */
    static String line(ParameterException ex) {
        String command = ex.getCommandLine().getCommandSpec().qualifiedName();
        return OneLine.escape(command + ": " + problem(ex) + "; see " + command + " --help");
    }

    private static String problem(ParameterException ex) {
        if (ex instanceof UnmatchedArgumentException unmatched) {
            return unmatched(unmatched);
        }
        ArgSpec arg = ex.getArgSpec();
        if (arg != null && ex.getValue() != null && ex.getCause() != null) {
            return name(arg) + " " + OneLine.quote(ex.getValue()) + " " + notA(arg, ex.getCause());
        }
        return plain(ex.getMessage());
    }

    private static String unmatched(UnmatchedArgumentException ex) {
        List<String> args = ex.getUnmatched();
        String first = args.isEmpty() ? "" : args.get(0);
        String what;
        if (ex.isUnknownOption()) {
            what = "unknown option " + OneLine.quote(first);
        } else if (!ex.getCommandLine().getSubcommands().isEmpty()) {
            what = "unknown command " + OneLine.quote(first);
        } else {
            what = "unexpected argument " + OneLine.quote(first);
        }
        if (args.size() > 1) {
            what += " (and " + (args.size() - 1) + " more after it)";
        }
        List<String> suggestions = ex.getSuggestions();
        if (!ex.isUnknownOption()) {
            // a command is suggested as the user would type it: "capexbrief brief"
            String command = ex.getCommandLine().getCommandSpec().qualifiedName();
            suggestions = suggestions.stream().map(s -> command + " " + s).toList();
        }
        if (!suggestions.isEmpty()) {
            what += " (did you mean: " + String.join(" or ", suggestions) + "?)";
        }
        return what;
    }

    /** What the value should have been, by the option's type. */
    private static String notA(ArgSpec arg, Throwable cause) {
        Class<?> type = arg.type();
        if (type == LocalDate.class) {
            return "is not a date (YYYY-MM-DD)";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "is not a whole number";
        }
        if (type == Double.class || type == double.class || type == java.math.BigDecimal.class) {
            return "is not a number";
        }
        if (type == Path.class) {
            return "is not a usable file name";
        }
        if (type.isEnum()) {
            return "is not one of " + Arrays.stream(type.getEnumConstants()).map(String::valueOf)
                    .collect(Collectors.joining(", "));
        }
        if (cause instanceof CommandLine.TypeConversionException t && t.getMessage() != null) {
            // a converter of ours says what the value is not ("is not a date (YYYY-MM-DD) or 'latest'")
            return t.getMessage().startsWith("is ") ? t.getMessage() : "is not valid: " + t.getMessage();
        }
        return "is not a valid " + arg.paramLabel();
    }

    private static String name(ArgSpec arg) {
        return arg instanceof OptionSpec option ? option.longestName() : arg.paramLabel();
    }

    /** Picocli's own message for the rest (a missing option, two exclusive ones), first line, no "Error: ". */
    private static String plain(String message) {
        String m = message == null ? "invalid command line" : message.lines().findFirst().orElse("").strip();
        if (m.startsWith("Error: ")) {
            m = m.substring("Error: ".length());
        }
        if (m.length() > 1 && Character.isUpperCase(m.charAt(0)) && Character.isLowerCase(m.charAt(1))) {
            m = Character.toLowerCase(m.charAt(0)) + m.substring(1);
        }
        return m;
    }
}
