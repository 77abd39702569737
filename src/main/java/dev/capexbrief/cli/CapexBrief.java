package dev.capexbrief.cli;

import dev.capexbrief.delivery.OneLine;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** The {@code capexbrief} command: hyperscaler capex briefings as PDF and Excel. */
@Command(name = "capexbrief", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Turns a dataset of hyperscaler capex plans and actuals into a PDF briefing and an Excel workbook.",
        footer = {"", "Every week:",
                "  capexbrief brief                 brief the current ISO week, as of today",
                "  capexbrief send                  email that briefing (to email.to)",
                "  capexbrief brief --as-of latest  as of the latest announcement instead",
                "", "Exit codes: 0 ok, 1 invalid data, 2 usage error, 3 I/O or delivery failure."})
public final class CapexBrief implements Runnable {
    /**
     * The subcommands, in the order the usage lists them. Picocli builds a command's model by
     * reflection when it is registered (tens of milliseconds for all of them in a cold JVM), so a
     * command line that names one registers only that one; anything else (help, a typo, no
     * command) gets them all, for the usage and picocli's suggestions.
     */
    private static final Map<String, Class<?>> SUBCOMMANDS = new LinkedHashMap<>();

    static {
        SUBCOMMANDS.put("brief", BriefCommand.class);
        SUBCOMMANDS.put("send", SendCommand.class);
        SUBCOMMANDS.put("validate", ValidateCommand.class);
        SUBCOMMANDS.put("add", AddCommand.class);
        SUBCOMMANDS.put("import", ImportCommand.class);
        SUBCOMMANDS.put("weeks", WeeksCommand.class);
        SUBCOMMANDS.put("init", InitCommand.class);
        SUBCOMMANDS.put("completion", CompletionCommand.class);
        SUBCOMMANDS.put("help", CommandLine.HelpCommand.class);
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code. */
    public static int run(String... args) {
        System.setProperty("java.awt.headless", "true");
        // OpenPDF writes its cross-reference offsets with the default locale's digits (an Arabic-digit
        // locale breaks the file): outputs are the same on every machine only with a neutral format locale
        Locale.setDefault(Locale.Category.FORMAT, Locale.ROOT);
        try {
            return commandLine(CommandLine.defaultFactory(), args).execute(args);
        } catch (OutOfMemoryError e) {
            // the stack has unwound, so what the run held is free again: enough to say so in one line
            System.err.println(OneLine.escape("capexbrief: " + outOfMemory()));
            return ExitCodes.IO;
        }
    }

    /**
     * What to say when the heap ran out: how large it was and how to give a larger dataset more (the
     * JVM's own words vary by version and by where it ran out, so they are left out).
     */
    static String outOfMemory() {
        long maxHeap = Runtime.getRuntime().maxMemory();
        return "ran out of memory with a heap of " + (maxHeap >> 20) + " MiB; nothing more"
                + " was written and files already in place were kept; give Java more with CAPEXBRIEF_JAVA_OPTS=-Xmx2g"
                + " (target/capexbrief) or java -Xmx2g -jar";
    }

    /**
     * The command line that will run {@code args}: the subcommand they name (all of them when they
     * name none, or ask for help or completion), with the exit-code and failure handling; commands
     * are made through {@code factory}.
     */
    static CommandLine commandLine(CommandLine.IFactory factory, String... args) {
        CommandLine cli = new CommandLine(new CapexBrief(), factory);
        String named = args.length > 0 ? args[0] : "";
        // help and completion describe every command
        if (SUBCOMMANDS.containsKey(named) && !named.equals("help") && !named.equals("completion")) {
            cli.addSubcommand(named, SUBCOMMANDS.get(named));
        } else {
            SUBCOMMANDS.forEach(cli::addSubcommand);
        }
        Failures failures = new Failures();
        cli.setExecutionExceptionHandler(failures);
        cli.setExitCodeExceptionMapper(failures);
        cli.setParameterExceptionHandler(new UsageErrors());
        return cli;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
