package dev.capexbrief.cli;

import dev.capexbrief.dataset.InvalidDatasetException;
import dev.capexbrief.dataset.Problem;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/**
 * The one place where failures become exit codes and one-line messages. Stack traces only with
 * {@code --verbose}.
 */
final class Failures implements CommandLine.IExecutionExceptionHandler, CommandLine.IExitCodeExceptionMapper {

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, CommandLine.ParseResult parse) {
        PrintWriter err = cmd.getErr();
        Throwable t = ex instanceof UncheckedIOException u ? u.getCause() : ex;
        if (t instanceof InvalidDatasetException invalid) {
            for (Problem p : invalid.problems()) {
                err.println(p);
            }
            long errors = invalid.problems().stream().filter(Problem::isError).count();
            err.println(errors + " error(s); nothing was written.");
        } else {
            err.println("capexbrief: " + message(t));
        }
        if (verbose(parse)) {
            ex.printStackTrace(err);
        }
        err.flush();
        return getExitCode(t);
    }

    @Override
    public int getExitCode(Throwable t) {
        if (t instanceof UncheckedIOException u) {
            t = u.getCause();
        }
        if (t instanceof InvalidDatasetException) {
            return ExitCodes.INVALID_DATA;
        }
        if (t instanceof CommandLine.ParameterException || t instanceof IllegalArgumentException) {
            return ExitCodes.USAGE;
        }
        if (t instanceof IOException || t instanceof DeliveryException) {
            return ExitCodes.IO;
        }
        return ExitCodes.IO;
    }

    static String message(Throwable t) {
        if (t instanceof NoSuchFileException e) {
            return "file not found: " + e.getFile();
        }
        if (t instanceof FileAlreadyExistsException e) {
            return e.getFile() + " already exists; " + (e.getReason() == null ? "use --force to replace it" : e.getReason());
        }
        if (t instanceof AccessDeniedException e) {
            return "permission denied: " + e.getFile();
        }
        if (t instanceof FileSystemException e) {
            return (e.getReason() == null ? "file system error" : e.getReason()) + ": " + e.getFile();
        }
        String m = t.getMessage();
        if (m == null || m.isBlank()) {
            m = t.getClass().getSimpleName();
        }
        if (m.contains("No space left on device")) {
            return "the disk is full (No space left on device); nothing was written";
        }
        return m;
    }

    private static boolean verbose(CommandLine.ParseResult parse) {
        CommandLine.ParseResult p = parse;
        while (p != null) {
            if (p.hasMatchedOption("--verbose")) {
                return true;
            }
            p = p.subcommand();
        }
        return false;
    }
}
