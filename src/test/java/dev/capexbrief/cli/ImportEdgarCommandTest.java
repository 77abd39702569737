package dev.capexbrief.cli;

import dev.capexbrief.dataset.Dataset;
import dev.capexbrief.dataset.DatasetReader;
import dev.capexbrief.dataset.Figure;
import dev.capexbrief.dataset.Period;
import dev.capexbrief.dataset.edgar.FakeClock;
import dev.capexbrief.dataset.edgar.SecStub;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code capexbrief import edgar} end to end, with the companyfacts parser's stand-in: files,
 * folders and zips on disk, and the live path against a stand-in SEC on loopback.
 */
class ImportEdgarCommandTest {
    static final String DATASET = """
            # by hand
            companies:
              - {id: GOOGL, name: Alphabet, fiscal_year_end: 12, cik: 1652044}
              - {id: META, name: Meta, fiscal_year_end: 12}
            figures:
              - {company: GOOGL, metric: capex, kind: guidance, period: FY2025, value: 75, currency: USD, unit: B, announced: 2025-02-04, source: "Q4 call"}
              - {company: META, metric: capex_incl_finance_leases, kind: guidance, period: FY2025, low: 60, high: 65, currency: USD, unit: B, announced: 2025-01-29, source: "call"}
            """;
    static final Path FIXTURES = Path.of("src/test/resources/edgar");
    static final Map<String, String> AGENT = Map.of("CAPEXBRIEF_SEC_USER_AGENT", "Capexbrief Tests tests@example.com");

    @TempDir
    Path dir;

    final FakeClock clock = new FakeClock(Instant.parse("2026-07-09T12:00:00Z"));
    final List<Duration> slept = new ArrayList<>();
    SecStub sec;

    @AfterEach
    void stop() {
        if (sec != null) {
            sec.close();
        }
    }

    Path dataset() throws IOException {
        return Files.writeString(dir.resolve("ds.yaml"), DATASET);
    }

    Cli run(Map<String, String> env, String... args) {
        return EdgarCli.run(env, clock, d -> {
            slept.add(d);
            clock.advance(d);
        }, args);
    }

    @Test
    void aFileIsMergedAndImportingItAgainChangesNoByte() throws Exception {
        Path yaml = dataset();
        String source = FIXTURES.resolve("CIK0001652044.json").toString();
        Cli r = run(Map.of(), "import", "edgar", source, "--into", yaml.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out().lines()).containsExactly("GOOGL: 2 new quarters, 1 new year, 1 restatement",
                "wrote " + yaml + ": 4 figure(s) added or updated");
        Dataset d = new DatasetReader().read(yaml);
        List<Figure> q1 = d.figures().stream().filter(f -> f.period().equals(new Period.FiscalQuarter(2025, 1))).toList();
        assertThat(q1).extracting(f -> f.amount().central().toPlainString() + " " + f.announced() + " " + f.note())
                .containsExactly("17.197 2025-04-25 ", "17.2 2026-04-24 restates $17.197B filed 2025-04-25");
        assertThat(Cli.run("validate", "--data", yaml.toString()).exitCode()).isZero();

        byte[] once = Files.readAllBytes(yaml);
        Cli again = run(Map.of(), "import", "edgar", source, "--into", yaml.toString());
        assertThat(again.out().lines()).containsExactly("GOOGL: 4 unchanged", yaml + " is up to date; nothing was written");
        assertThat(Files.readAllBytes(yaml)).isEqualTo(once);
    }

    @Test
    void aDryRunPrintsTheSummaryAndWritesNothing() throws Exception {
        Path yaml = dataset();
        Cli r = run(Map.of(), "import", "edgar", FIXTURES.resolve("CIK0001652044.json").toString(), "--into", yaml.toString(),
                "--dry-run");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out().lines()).containsExactly("GOOGL: 2 new quarters, 1 new year, 1 restatement",
                "dry run: 4 figure(s) would be added or updated in " + yaml + "; nothing was written");
        assertThat(Files.readString(yaml)).isEqualTo(DATASET);
    }

    @Test
    void aFolderAndABulkZipAreReadAndTheZipKeepsOnlyTheDatasetsCompanies() throws Exception {
        Path yaml = dataset();
        Path folder = Files.createDirectories(dir.resolve("facts"));
        Files.copy(FIXTURES.resolve("CIK0001652044.json"), folder.resolve("CIK0001652044.json"));
        Files.copy(FIXTURES.resolve("CIK0001045810.json"), folder.resolve("CIK0001045810.json"));
        Path zip = dir.resolve("companyfacts.zip");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (String name : List.of("CIK0001045810.json", "CIK0001652044.json")) {
                z.putNextEntry(new ZipEntry(name));
                z.write(Files.readAllBytes(FIXTURES.resolve(name)));
                z.closeEntry();
            }
        }
        Cli fromZip = run(Map.of(), "import", "edgar", zip.toString(), "--into", yaml.toString(), "--dry-run");
        assertThat(fromZip.out().lines()).first().isEqualTo("GOOGL: 2 new quarters, 1 new year, 1 restatement");
        assertThat(fromZip.out().lines()).noneMatch(l -> l.startsWith("NVDA"));

        Cli fromFolder = run(Map.of(), "import", "edgar", folder.toString(), "--into", yaml.toString());
        assertThat(fromFolder.exitCode()).as(fromFolder.err()).isZero();
        assertThat(fromFolder.out().lines()).contains("CIK1045810 (new company, cik 1045810): 1 new quarter, 1 new year",
                "GOOGL: 2 new quarters, 1 new year, 1 restatement");
    }

    @Test
    void aBrokenPayloadIsOneLineAndTheDatasetIsUntouched() throws Exception {
        Path yaml = dataset();
        Cli r = run(Map.of(), "import", "edgar", FIXTURES.resolve("truncated.json").toString(), "--into", yaml.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.INVALID_DATA);
        assertThat(r.err().lines()).hasSize(1).first().asString().startsWith("capexbrief: truncated.json: not valid companyfacts JSON");
        assertThat(Files.readString(yaml)).isEqualTo(DATASET);
    }

    @Test
    void aMissingFileIsAnIoError() throws Exception {
        Path yaml = dataset();
        Path missing = dir.resolve("CIK0000000001.json");
        Cli r = run(Map.of(), "import", "edgar", missing.toString(), "--into", yaml.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.IO);
        assertThat(r.err().strip()).isEqualTo("capexbrief: file not found: " + missing);
    }

    Path liveConfig(String extra) throws IOException {
        return Files.writeString(dir.resolve("capexbrief.yaml"), "edgar:\n  cache: cache\n" + extra);
    }

    @Test
    void aTickerIsFetchedLiveWithTheUserAgentAndThenServedFromTheCache() throws Exception {
        sec = new SecStub(clock).serve("/files/company_tickers.json", Files.readAllBytes(FIXTURES.resolve("company_tickers.json")))
                .serve("/api/xbrl/companyfacts/CIK0001045810.json", Files.readAllBytes(FIXTURES.resolve("CIK0001045810.json")));
        Path yaml = dataset();
        String[] args = {"import", "edgar", "NVDA", "--into", yaml.toString(), "--sec-base-url", sec.url(),
                "--config", liveConfig("").toString()};
        Cli r = run(AGENT, args);
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out().lines()).first().isEqualTo("NVDA (new company, cik 1045810): 1 new quarter, 1 new year");
        assertThat(sec.requests()).extracting(SecStub.Request::path)
                .containsExactly("/files/company_tickers.json", "/api/xbrl/companyfacts/CIK0001045810.json");
        assertThat(sec.requests()).allSatisfy(q -> assertThat(q.userAgent()).isEqualTo("Capexbrief Tests tests@example.com"));
        assertThat(dir.resolve("cache/companyfacts/CIK0001045810.json")).exists();
        assertThat(new DatasetReader().read(yaml).companies().get("NVDA").cik()).isEqualTo(1045810L);

        byte[] once = Files.readAllBytes(yaml);
        clock.advance(Duration.ofHours(1));
        Cli again = run(AGENT, args);
        assertThat(again.out().lines()).first().isEqualTo("NVDA: 2 unchanged");
        assertThat(sec.requests()).as("the dataset has NVDA's cik now, and the payload is fresh in the cache").hasSize(2);
        assertThat(Files.readAllBytes(yaml)).isEqualTo(once);
    }

    @Test
    void anOldCachedPayloadIsRevalidatedAndA304ReusesIt() throws Exception {
        sec = new SecStub(clock).serve("/api/xbrl/companyfacts/CIK0001652044.json",
                Files.readAllBytes(FIXTURES.resolve("CIK0001652044.json")));
        Path yaml = dataset();
        String[] args = {"import", "edgar", "GOOGL", "--into", yaml.toString(), "--sec-base-url", sec.url(),
                "--config", liveConfig("  max_age_hours: 0\n").toString()};
        assertThat(run(AGENT, args).exitCode()).isZero();
        Cli again = run(AGENT, args);
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(sec.requests()).hasSize(2);
        assertThat(sec.requests().get(0).ifNoneMatch()).isNull();
        assertThat(sec.requests().get(1).ifNoneMatch()).as("a conditional GET").isNotNull();
        assertThat(again.out().lines()).first().isEqualTo("GOOGL: 4 unchanged");
    }

    @Test
    void a429IsFollowedBySuccess() throws Exception {
        sec = new SecStub(clock).serve("/api/xbrl/companyfacts/CIK0001652044.json",
                Files.readAllBytes(FIXTURES.resolve("CIK0001652044.json")))
                .failOnce("/api/xbrl/companyfacts/CIK0001652044.json", 429, 2);
        Path yaml = dataset();
        Cli r = run(AGENT, "import", "edgar", "1652044", "--into", yaml.toString(), "--sec-base-url", sec.url(),
                "--config", liveConfig("").toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(sec.requests()).hasSize(2);
        assertThat(slept).containsExactly(Duration.ofSeconds(2));
        assertThat(r.out().lines()).first().isEqualTo("GOOGL: 2 new quarters, 1 new year, 1 restatement");
    }

    @Test
    void aServerThatIsDownIsExitThreeWithOneLine() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Path yaml = dataset();
        Cli r = run(AGENT, "import", "edgar", "GOOGL", "--into", yaml.toString(), "--sec-base-url", "http://127.0.0.1:" + port,
                "--config", liveConfig("").toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.IO);
        assertThat(r.err().strip()).isEqualTo("capexbrief: cannot reach 127.0.0.1:" + port
                + ": connection refused; check the network connection (or --sec-base-url)");
        assertThat(Files.readString(yaml)).isEqualTo(DATASET);
    }

    @Test
    void withoutAUserAgentALiveSourceIsAUsageErrorAndNothingIsFetched() throws Exception {
        sec = new SecStub(clock);
        Path yaml = dataset();
        Cli r = run(Map.of(), "import", "edgar", "GOOGL", "--into", yaml.toString(), "--sec-base-url", sec.url(),
                "--config", liveConfig("").toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err().strip()).isEqualTo("capexbrief: fetching from the SEC needs a User-Agent that names you and gives a"
                + " contact email; set edgar.user_agent in capexbrief.yaml or CAPEXBRIEF_SEC_USER_AGENT, e.g. \"Acme Research"
                + " research@acme.com\"");
        assertThat(sec.requests()).isEmpty();
    }

    @Test
    void theUserAgentMayComeFromTheConfigAndUnknownSettingsAreErrorsNamingTheLine() throws Exception {
        sec = new SecStub(clock).serve("/api/xbrl/companyfacts/CIK0001652044.json",
                Files.readAllBytes(FIXTURES.resolve("CIK0001652044.json")));
        Path yaml = dataset();
        Path config = liveConfig("  user_agent: \"Desk research@example.com\"\n");
        Cli r = run(Map.of(), "import", "edgar", "GOOGL", "--into", yaml.toString(), "--sec-base-url", sec.url(),
                "--config", config.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(sec.requests()).singleElement().satisfies(q -> assertThat(q.userAgent()).isEqualTo("Desk research@example.com"));

        Path typo = Files.writeString(dir.resolve("typo.yaml"), "edgar:\n  cache: cache\n  user_agnet: x\n");
        Cli bad = run(AGENT, "import", "edgar", "GOOGL", "--into", yaml.toString(), "--config", typo.toString());
        assertThat(bad.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(bad.err().strip()).startsWith("capexbrief: " + typo + " line 3, column 3: unknown setting 'edgar.user_agnet' (did you mean 'user_agent'?)");
    }

    @Test
    void anUnknownTickerIsAUsageError() throws Exception {
        sec = new SecStub(clock).serve("/files/company_tickers.json", Files.readAllBytes(FIXTURES.resolve("company_tickers.json")));
        Path yaml = dataset();
        Cli r = run(AGENT, "import", "edgar", "XYZQ", "--into", yaml.toString(), "--sec-base-url", sec.url(),
                "--config", liveConfig("").toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err().strip()).isEqualTo("capexbrief: unknown ticker 'XYZQ': neither the dataset (cik:) nor the SEC's"
                + " ticker list has it; give its CIK instead");
    }

}
