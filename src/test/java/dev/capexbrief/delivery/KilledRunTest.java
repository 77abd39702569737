package dev.capexbrief.delivery;

import dev.capexbrief.CliProcesses;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Starts the CLI as a separate process, kills it with SIGKILL while it writes, and checks that no
 * partial briefing is left and the previous week's files are intact.
 */
class KilledRunTest {
    @TempDir
    Path dir;

    private CliProcesses processes;

    @org.junit.jupiter.api.BeforeEach
    void processes() {
        processes = new CliProcesses(dir);
    }

    @org.junit.jupiter.api.AfterEach
    void killLeftovers() {
        processes.killAll();
    }

    @Test
    void sigkillWhileWritingLeavesNoPartialFileAndKeepsEarlierWeeks() throws Exception {
        Path data = bigDataset(dir.resolve("big.csv"));
        Path out = dir.resolve("output");
        Process first = cli("brief", "--data", data.toString(), "--week", "2025-W05", "--out", out.toString());
        assertThat(first.waitFor(600, TimeUnit.SECONDS)).isTrue();
        assertThat(first.exitValue()).as(Files.readString(processes.stderr(0))).isZero();
        Path previousPdf = out.resolve("2025-W05/capex-briefing-2025-W05.pdf");
        Path previousXlsx = out.resolve("2025-W05/capex-briefing-2025-W05.xlsx");
        byte[] pdfBefore = Files.readAllBytes(previousPdf);
        byte[] xlsxBefore = Files.readAllBytes(previousXlsx);

        Process victim = cli("brief", "--data", data.toString(), "--week", "2025-W06", "--out", out.toString());
        Path week = out.resolve("2025-W06");
        Instant deadline = Instant.now().plus(Duration.ofSeconds(300));
        while (!hasTempFile(week) && victim.isAlive() && Instant.now().isBefore(deadline)) {
            Thread.sleep(5);
        }
        assertThat(victim.isAlive()).as("the run must still be writing when it is killed").isTrue();
        victim.destroyForcibly();
        assertThat(victim.waitFor(30, TimeUnit.SECONDS)).isTrue();

        assertThat(visibleFiles(week)).as("no partial briefing is visible").isEmpty();
        assertThat(scratch()).as("the killed run's temporary files are still there").isNotEmpty();
        assertThat(Files.readAllBytes(previousPdf)).isEqualTo(pdfBefore);
        assertThat(Files.readAllBytes(previousXlsx)).isEqualTo(xlsxBefore);

        Process retry = cli("brief", "--data", data.toString(), "--week", "2025-W06", "--out", out.toString());
        assertThat(retry.waitFor(600, TimeUnit.SECONDS)).isTrue();
        assertThat(retry.exitValue()).isZero();
        assertThat(visibleFiles(week)).containsExactlyInAnyOrder("capex-briefing-2025-W06.pdf", "capex-briefing-2025-W06.xlsx",
                "capex-briefing-2025-W06.json");
        assertThat(hasTempFile(week)).as("the next run removes the killed run's temporary files").isFalse();
        assertThat(scratch()).as("and the killed run's scratch folder in the system's temporary directory, "
                + "as its own at its end").isEmpty();
    }

    /** What capexbrief processes left in their temporary directory. */
    private List<String> scratch() throws IOException {
        try (Stream<Path> files = Files.list(processes.tmp())) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("capexbrief-")).toList();
        }
    }

    private static boolean hasTempFile(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.anyMatch(p -> p.getFileName().toString().endsWith(".part"));
        }
    }

    private static List<String> visibleFiles(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")).toList();
        }
    }

    private Process cli(String... args) throws IOException {
        return processes.start(512, args);
    }

    /** 200,000 quarterly actuals: big enough that writing the workbook takes a while. */
    private static Path bigDataset(Path file) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file)) {
            w.write("company,company_name,fiscal_year_end,metric,kind,period,value,low,high,qualifier,currency,unit,announced,source,note\n");
            for (int c = 0; c < 4000; c++) {
                String id = String.format("C%05d", c);
                for (int y = 2000; y < 2012; y++) {
                    for (int q = 1; q <= 4; q++) {
                        w.write(id + ",Company " + c + ",12,capex,actual,FY" + y + "Q" + q + "," + (10 + (c * 7 + y * 3 + q) % 90)
                                + ".5,,,,USD,M,,synthetic,\n");
                    }
                }
                w.write(id + ",Company " + c + ",12,capex,guidance,FY2025,," + (1 + c % 5) + "," + (2 + c % 5)
                        + ",,USD,B,2025-01-" + String.format("%02d", 1 + c % 28) + ",synthetic,\n");
            }
        }
        return file;
    }
}
