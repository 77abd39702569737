package dev.capexbrief.cli;

import dev.capexbrief.dataset.edgar.FactsReader;
import dev.capexbrief.dataset.edgar.Sleeper;
import dev.capexbrief.dataset.edgar.StandInParser;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.InstantSource;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Runs the CLI in-process like {@link Cli}, with the companyfacts parser's stand-in and a given
 * environment (the SEC User-Agent), clock and sleeper for {@code import edgar}.
 */
final class EdgarCli {
    private EdgarCli() {
    }

    static Cli run(Map<String, String> environment, InstantSource clock, Sleeper sleeper, String... args) {
        FactsReader parser = new StandInParser();
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> cls) throws Exception {
                if (cls == EdgarOptions.class) {
                    return cls.cast(new EdgarOptions(environment::get, clock, sleeper, new SplittableRandom(14)));
                }
                if (cls == ImportEdgarCommand.class) {
                    return cls.cast(new ImportEdgarCommand(parser));
                }
                return CommandLine.defaultFactory().create(cls);
            }
        };
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = CapexBrief.commandLine(factory, args);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new Cli(code, out.toString(), err.toString());
    }

    static Cli run(Map<String, String> environment, String... args) {
        return run(environment, InstantSource.system(), Sleeper.REAL, args);
    }
}
