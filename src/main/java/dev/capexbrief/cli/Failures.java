package dev.capexbrief.cli;

import dev.capexbrief.dataset.InvalidDatasetException;
import dev.capexbrief.dataset.Problem;
import dev.capexbrief.dataset.edgar.BadPayloadException;
import dev.capexbrief.delivery.OneLine;
import dev.capexbrief.render.text.TemplateProblemException;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/**
 * The one place where failures become exit codes and one-line messages. Every message is printed
 * with its control characters escaped ({@link OneLine}), so a value a user gave (an address with
 * CR LF in it, a file name with ESC) can never split it or reach the terminal raw. Stack traces
 * only with {@code --verbose}.
 */
final class Failures implements CommandLine.IExecutionExceptionHandler, CommandLine.IExitCodeExceptionMapper {

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, CommandLine.ParseResult parse) {
        PrintWriter err = cmd.getErr();
        Throwable t = ex instanceof UncheckedIOException u ? u.getCause() : ex;
        if (t instanceof InvalidDatasetException invalid) {
            for (Problem p : invalid.problems()) {
                err.println(OneLine.escape(p.toString()));
            }
            long errors = invalid.problems().stream().filter(Problem::isError).count();
            err.println(errors + " error(s); nothing was written.");
        } else if (ex instanceof UncheckedIOException u && u.getMessage() != null
                && !u.getMessage().equals(String.valueOf(u.getCause()))) {
            // the wrapper says which file ("templates/logo.png: cannot be read"), the cause what went wrong
            err.println(OneLine.escape("capexbrief: " + u.getMessage() + " (" + message(t) + ")"));
        } else {
            err.println(OneLine.escape("capexbrief: " + message(t)));
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
        if (outOfMemory(t)) {
            // wherever the heap ran out (a template, a renderer thread) the run failed, not its input
            return ExitCodes.IO;
        }
        if (t instanceof InvalidDatasetException || t instanceof BadPayloadException || t instanceof EmptyBriefingException) {
            return ExitCodes.INVALID_DATA;
        }
        if (t instanceof CommandLine.ParameterException) {
            return ExitCodes.USAGE;
        }
        if (t instanceof TemplateProblemException template) {
            // a template that does not parse is the user's text (2); one that cannot be read is I/O (3)
            return template.unreadable() ? ExitCodes.IO : ExitCodes.USAGE;
        }
        if (t instanceof IllegalArgumentException) {
            // a problem caused by a file that cannot be read (a template or font missing) is I/O, not usage
            return ioCause(t) ? ExitCodes.IO : ExitCodes.USAGE;
        }
        if (t instanceof IOException || t instanceof DeliveryException) {
            return ExitCodes.IO;
        }
        return ExitCodes.IO;
    }

    private static boolean ioCause(Throwable t) {
        for (Throwable c = t.getCause(); c != null && c != t; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof IOException) {
                return true;
            }
        }
        return false;
    }

    /** Whether the heap ran out somewhere under {@code t}: on a renderer thread, inside a template. */
    private static boolean outOfMemory(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof OutOfMemoryError) {
                return true;
            }
        }
        return false;
    }

    static String message(Throwable t) {
        if (outOfMemory(t)) {
            return CapexBrief.outOfMemory(); // on a renderer thread, handed over by its Future
        }
        if (diskFull(t)) {
            return "the disk is full (No space left on device); nothing was written";
        }
        if (t instanceof NoSuchFileException e) {
            return "file not found: " + e.getFile();
        }
        if (t instanceof dev.capexbrief.delivery.BriefingExistsException e) {
            return e.getReason();
        }
        if (t instanceof FileAlreadyExistsException e) {
            // without a reason it comes from creating a folder where a file of that name is in the way
            return e.getFile() + " already exists; " + (e.getReason() == null
                    ? "it is a file, not a folder, so nothing can be written there" : e.getReason());
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
        return m;
    }

    /** ENOSPC, wherever the JDK put it: the message of a write, or the reason of a FileSystemException. */
    private static boolean diskFull(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            String m = c instanceof FileSystemException f ? f.getReason() : c.getMessage();
            if (m != null && (m.contains("No space left on device") || m.contains("Disk quota exceeded"))) {
                return true;
            }
        }
        return false;
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
