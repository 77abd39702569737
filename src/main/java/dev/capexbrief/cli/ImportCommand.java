package dev.capexbrief.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code capexbrief import}: the importers; {@code import edgar} reads SEC EDGAR companyfacts. */
@Command(name = "import", mixinStandardHelpOptions = true, subcommands = ImportEdgarCommand.class,
        description = "Import actuals into a dataset from an outside source.")
final class ImportCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
