package dev.capexbrief;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * capexbrief run as a user runs it: its own JVM, started in a folder, so tests can kill it with a
 * real signal, race two of them, or bound its heap. Each process's output goes to
 * {@code stdout-N.txt} and {@code stderr-N.txt} in that folder (N counts the processes from 0), and
 * its temporary directory is the folder's {@code tmp/}. {@link #killAll()} ends whatever a failed
 * test left running.
 */
public final class CliProcesses {
    private final Path dir;
    private final List<Process> started = new ArrayList<>();

    public CliProcesses(Path dir) {
        this.dir = dir;
    }

    /** Starts {@code capexbrief ARGS...} with a heap of {@code heapMb} megabytes. */
    public Process start(int heapMb, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-Xmx" + heapMb + "m",
                "-Djava.io.tmpdir=" + Files.createDirectories(dir.resolve("tmp")),
                "-cp", System.getProperty("java.class.path"), "dev.capexbrief.cli.CapexBrief"));
        cmd.addAll(List.of(args));
        int n = started.size();
        Process p = new ProcessBuilder(cmd).directory(dir.toFile())
                .redirectOutput(stdout(n).toFile()).redirectError(stderr(n).toFile()).start();
        started.add(p);
        return p;
    }

    public Path stdout(int n) {
        return dir.resolve("stdout-" + n + ".txt");
    }

    public Path stderr(int n) {
        return dir.resolve("stderr-" + n + ".txt");
    }

    /** The folder each process's temporary directory is. */
    public Path tmp() {
        return dir.resolve("tmp");
    }

    public void killAll() {
        started.forEach(Process::destroyForcibly);
    }
}
