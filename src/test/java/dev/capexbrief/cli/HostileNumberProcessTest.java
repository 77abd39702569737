package dev.capexbrief.cli;

import dev.capexbrief.CliProcesses;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A number that passes {@code validate} but made {@code brief} spin: {@code 0E-99999999} is zero
 * with 99,999,999 decimal places (the decimals check drops trailing zeros, and a zero is all
 * trailing zeros), which every table, chart label and workbook cell printed in plain notation,
 * 100 MB at a time; {@code brief} ran past ten minutes and gigabytes. Run as a real process with a
 * small heap, as a user meets it: it must brief in seconds.
 */
class HostileNumberProcessTest {
    @TempDir
    Path dir;

    private CliProcesses processes;

    @org.junit.jupiter.api.BeforeEach
    void processes() {
        processes = new CliProcesses(dir);
    }

    @AfterEach
    void killLeftovers() {
        processes.killAll();
    }

    @Test
    void aZeroWithANineDigitExponentBriefsInSecondsWithASmallHeap() throws Exception {
        Path data = Files.writeString(dir.resolve("zero.yaml"), """
                companies:
                  - {id: GOOGL, name: Alphabet, fiscal_year_end: 12}
                  - {id: AMZN, name: Amazon, fiscal_year_end: 12}
                figures:
                  - {company: AMZN, metric: capex, kind: actual, period: FY2024, value: 83, announced: 2025-02-06}
                  - {company: AMZN, metric: capex, kind: guidance, period: FY2025, value: 100, qualifier: at_least, announced: 2025-02-06}
                  - {company: GOOGL, metric: capex, kind: actual, period: FY2024, value: 0E-99999999, announced: 2025-02-04}
                  - {company: GOOGL, metric: capex, kind: guidance, period: FY2025, low: 0.0E-99999999, high: 75, announced: 2025-02-04}
                """);
        Path out = dir.resolve("out");
        Process p = cli("brief", "--data", data.toString(), "--out", out.toString(), "--as-of", "2025-03-10");
        boolean finished = p.waitFor(90, TimeUnit.SECONDS);
        assertThat(finished).as("brief finishes (it used to run for many minutes)").isTrue();
        assertThat(p.exitValue()).as(Files.readString(processes.stderr(0))).isZero();
        Path pdf = out.resolve("2025-W11/capex-briefing-2025-W11.pdf");
        Path xlsx = out.resolve("2025-W11/capex-briefing-2025-W11.xlsx");
        assertThat(Files.size(pdf)).isLessThan(2_000_000);
        assertThat(Files.size(xlsx)).isLessThan(2_000_000);
        try (InputStream in = Files.newInputStream(xlsx);
             org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
            assertThat(book.getSheet("Data")).isNotNull();
        }
    }

    private Process cli(String... args) throws IOException {
        return processes.start(256, args);
    }
}
