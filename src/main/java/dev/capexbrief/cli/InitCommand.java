package dev.capexbrief.cli;

import dev.capexbrief.dataset.DatasetReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code capexbrief init DIR}: an editable copy of the bundled dataset and templates. */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = "Write an editable copy of the bundled dataset, the templates and a commented capexbrief.yaml into DIR.")
final class InitCommand implements Callable<Integer> {
    @Parameters(paramLabel = "DIR", description = "Folder to create or fill (existing files are never overwritten).")
    Path dir;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException, URISyntaxException {
        Files.createDirectories(dir);
        Path dataset = dir.resolve("hyperscalers.yaml");
        copy(DatasetReader.bundledStream(), dataset);
        int templates = BundledTemplates.copyTo(dir.resolve("templates"));
        copy(new java.io.ByteArrayInputStream(dev.capexbrief.delivery.Config.example()
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)), dir.resolve(dev.capexbrief.delivery.Config.FILE_NAME));
        spec.commandLine().getOut().printf("Wrote %s, %s and %d template file(s) under %s%n", dataset,
                dir.resolve(dev.capexbrief.delivery.Config.FILE_NAME), templates, dir.resolve("templates"));
        spec.commandLine().getOut().printf("Try: cd %s && capexbrief brief%n", dir);
        return ExitCodes.OK;
    }

    static void copy(InputStream in, Path target) throws IOException {
        if (Files.exists(target)) {
            throw new FileAlreadyExistsException(target.toString(), null, "init never overwrites; remove it first");
        }
        try (in) {
            dev.capexbrief.delivery.AtomicFile.write(target, in::transferTo);
        }
    }
}
