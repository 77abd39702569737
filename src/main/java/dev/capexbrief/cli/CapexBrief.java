package dev.capexbrief.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code capexbrief} command: hyperscaler capex briefings as PDF and Excel. */
@Command(name = "capexbrief", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Turns a dataset of hyperscaler capex plans and actuals into a PDF briefing and an Excel workbook.",
        subcommands = {BriefCommand.class, SendCommand.class, ValidateCommand.class, WeeksCommand.class, InitCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Exit codes: 0 ok, 1 invalid data, 2 usage error, 3 I/O or delivery failure."})
public final class CapexBrief implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code (used by tests in-process). */
    public static int run(String... args) {
        System.setProperty("java.awt.headless", "true");
        CommandLine cli = new CommandLine(new CapexBrief());
        cli.setExecutionExceptionHandler(new Failures());
        cli.setExitCodeExceptionMapper(new Failures());
        return cli.execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
