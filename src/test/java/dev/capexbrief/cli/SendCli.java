package dev.capexbrief.cli;

import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.util.Map;

/** Runs the CLI in-process like {@link Cli}, with a given environment for the email options (the SMTP password). */
final class SendCli {
    private SendCli() {
    }

    static Cli run(Map<String, String> environment, String... args) {
        return run(environment, Clock.systemDefaultZone(), args);
    }

    /** Runs on a day: plain {@code brief} and {@code send} take it as today. */
    static Cli runOn(java.time.LocalDate today, String... args) {
        return run(Map.of(), Clock.fixed(today.atTime(9, 0).toInstant(java.time.ZoneOffset.UTC), java.time.ZoneOffset.UTC),
                args);
    }

    static Cli run(Map<String, String> environment, Clock clock, String... args) {
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> cls) throws Exception {
                if (cls == EmailOptions.class) {
                    return cls.cast(new EmailOptions(environment::get, clock));
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

    static Cli run(String... args) {
        return run(Map.of(), args);
    }

    /** A settings file in {@code dir}: output under dir/output, email to pm@example.com by plain SMTP on loopback. */
    static java.nio.file.Path plainSmtpConfig(java.nio.file.Path dir, int port) throws java.io.IOException {
        return java.nio.file.Files.writeString(dir.resolve("capexbrief.yaml"), """
                output:
                  root: output
                email:
                  from: research@example.com
                  to: [pm@example.com]
                  smtp:
                    host: 127.0.0.1
                    port: %d
                    security: none
                """.formatted(port));
    }
}
