package dev.capexbrief.cli;

import dev.capexbrief.dataset.Dataset;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.util.concurrent.Callable;

/** {@code capexbrief validate}: checks a dataset and lists every problem. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check a dataset and print every problem with its file, line and field. Writes nothing.")
final class ValidateCommand implements Callable<Integer> {
    @Mixin
    DataOptions data;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Dataset d = data.load(spec.commandLine().getErr());
        spec.commandLine().getOut().printf("%s: OK, %d figures for %d companies%s%n", d.name(), d.figures().size(),
                d.companies().size(), d.warnings().isEmpty() ? "" : ", " + d.warnings().size() + " warning(s)");
        return ExitCodes.OK;
    }
}
