package dev.capexbrief.dataset.edgar;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The live client against a stand-in SEC on loopback, on a fake clock: no test waits for real. */
class SecClientTest {
    static final String AGENT = "Capexbrief Tests tests@example.com";

    @TempDir
    Path dir;

    final FakeClock clock = new FakeClock(Instant.parse("2026-07-09T12:00:00Z"));
    final List<Duration> slept = new ArrayList<>();
    SecStub sec;

    SecClient client(Duration maxAge) throws Exception {
        if (sec == null) {
            sec = new SecStub(clock);
        }
        SecSettings s = new SecSettings(AGENT, URI.create(sec.url()), URI.create(sec.url()), dir.resolve("cache"), maxAge,
                Duration.ofSeconds(10), SecSettings.DEFAULT_ATTEMPTS);
        return new SecClient(s, clock, d -> {
            slept.add(d);
            clock.advance(d);
        }, new SplittableRandom(1));
    }

    @AfterEach
    void stop() {
        if (sec != null) {
            sec.close();
        }
    }

    static String path(long cik) {
        return String.format("/api/xbrl/companyfacts/CIK%010d.json", cik);
    }

    @Test
    void sendsTheUserAgentAndCachesThePayload() throws Exception {
        SecClient c = client(Duration.ofHours(12));
        sec.serve(path(1652044), "{\"cik\":1652044}".getBytes(StandardCharsets.UTF_8));
        Path body = c.companyFacts(1652044);
        assertThat(body).isEqualTo(dir.resolve("cache/companyfacts/CIK0001652044.json")).hasContent("{\"cik\":1652044}");
        assertThat(sec.requests()).singleElement().satisfies(r -> {
            assertThat(r.userAgent()).isEqualTo(AGENT);
            assertThat(r.acceptEncoding()).isEqualTo("gzip");
            assertThat(r.ifNoneMatch()).isNull();
        });
        clock.advance(Duration.ofHours(11));
        assertThat(c.companyFacts(1652044)).isEqualTo(body);
        assertThat(sec.requests()).as("within the max-age the cache is used without asking").hasSize(1);
    }

    @Test
    void anOldCopyIsRevalidatedAndA304KeepsIt() throws Exception {
        SecClient c = client(Duration.ofHours(12));
        sec.serve(path(1652044), "{\"cik\":1652044}".getBytes(StandardCharsets.UTF_8));
        Path body = c.companyFacts(1652044);
        long written = Files.getLastModifiedTime(body).toMillis();
        clock.advance(Duration.ofHours(13));
        c.companyFacts(1652044);
        assertThat(sec.requests()).hasSize(2);
        assertThat(sec.requests().get(1).ifNoneMatch()).as("a conditional request").isNotNull();
        assertThat(Files.getLastModifiedTime(body).toMillis()).as("304: the cached body stays").isEqualTo(written);
        clock.advance(Duration.ofHours(1));
        c.companyFacts(1652044);
        assertThat(sec.requests()).as("the 304 renewed the copy's age").hasSize(2);
    }

    @Test
    void a429IsRetriedAfterTheWaitItAsksFor() throws Exception {
        SecClient c = client(Duration.ofHours(12));
        sec.serve(path(320193), "{\"cik\":320193}".getBytes(StandardCharsets.UTF_8)).failOnce(path(320193), 429, 7)
                .failOnce(path(320193), 503, -1);
        assertThat(c.companyFacts(320193)).hasContent("{\"cik\":320193}");
        assertThat(sec.requests()).hasSize(3);
        assertThat(slept.get(0)).isEqualTo(Duration.ofSeconds(7));
        assertThat(slept.get(1)).as("no Retry-After: backoff with jitter, 1-2 s for the second retry")
                .isBetween(Duration.ofSeconds(1), Duration.ofSeconds(2));
    }

    @Test
    void aDroppedConnectionIsRetried() throws Exception {
        SecClient c = client(Duration.ofHours(12));
        // the JDK's client tries a GET on a dropped connection once more by itself; the second drop is ours to retry
        sec.serve(path(320193), "{\"cik\":320193}".getBytes(StandardCharsets.UTF_8)).failOnce(path(320193), 0, -1)
                .failOnce(path(320193), 0, -1);
        assertThat(c.companyFacts(320193)).hasContent("{\"cik\":320193}");
        assertThat(sec.requests()).hasSize(3);
        assertThat(slept).hasSize(1);
    }

    @Test
    void aServerThatKeepsFailingIsReportedAfterTheLastAttempt() throws Exception {
        SecClient c = client(Duration.ofHours(12));
        for (int i = 0; i < SecSettings.DEFAULT_ATTEMPTS; i++) {
            sec.failOnce(path(320193), 503, -1);
        }
        SecUnavailableException e = catchThrowableOfType(SecUnavailableException.class, () -> c.companyFacts(320193));
        assertThat(e).hasMessage("127.0.0.1 answered 503 Service Unavailable for companyfacts for CIK0000320193 (5 attempts);"
                + " try again later");
        assertThat(slept).hasSize(4);
        for (int i = 0; i < slept.size(); i++) {
            long max = Math.min(30_000, 500L << (i + 1));
            assertThat(slept.get(i).toMillis()).as("retry %d", i + 1).isBetween(max / 2, max);
        }
    }

    @Test
    void atMostTenRequestsGoInAnyOneSecond() throws Exception {
        SecClient c = client(Duration.ofHours(12));
        for (long cik = 1; cik <= 35; cik++) {
            sec.serve(path(cik), ("{\"cik\":" + cik + "}").getBytes(StandardCharsets.UTF_8));
        }
        for (long cik = 1; cik <= 35; cik++) {
            c.companyFacts(cik);
        }
        List<Instant> at = sec.requests().stream().map(SecStub.Request::at).toList();
        assertThat(at).hasSize(35);
        for (int i = 0; i + 10 < at.size(); i++) {
            assertThat(Duration.between(at.get(i), at.get(i + 10))).as("requests %d and %d", i, i + 10)
                    .isGreaterThanOrEqualTo(Duration.ofSeconds(1));
        }
        assertThat(Duration.between(at.get(0), at.get(34))).as("and no slower than that").isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void aServerThatIsDownIsOneLineNamingTheHost() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        SecSettings s = new SecSettings(AGENT, URI.create("http://127.0.0.1:" + port), URI.create("http://127.0.0.1:" + port),
                dir.resolve("cache"), Duration.ofHours(12), Duration.ofSeconds(5), 5);
        SecClient c = new SecClient(s, clock, clock.sleeper(), new SplittableRandom(1));
        assertThatThrownBy(() -> c.companyFacts(1652044)).isInstanceOf(SecUnavailableException.class)
                .hasMessage("cannot reach 127.0.0.1:" + port + ": connection refused; check the network connection (or --sec-base-url)");
        assertThat(dir.resolve("cache/companyfacts/CIK0001652044.json")).doesNotExist();
    }

    @Test
    void withoutAUserAgentNothingIsFetched() {
        SecSettings s = new SecSettings(null, SecSettings.DATA_SEC_GOV, SecSettings.WWW_SEC_GOV, dir, Duration.ZERO,
                Duration.ofSeconds(5), 1);
        assertThatThrownBy(() -> new SecClient(s, clock, clock.sleeper(), new SplittableRandom(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("fetching from the SEC needs a User-Agent that names you and gives a contact email; set"
                        + " edgar.user_agent in capexbrief.yaml or CAPEXBRIEF_SEC_USER_AGENT, e.g. \"Acme Research research@acme.com\"");
    }

    @Test
    void theTickerListMapsTickersToCiks() throws Exception {
        SecClient c = client(Duration.ofHours(12));
        sec.serve("/files/company_tickers.json", Files.readAllBytes(Path.of("src/test/resources/edgar/company_tickers.json")));
        TickerMap map = TickerMap.read(c.companyTickers());
        assertThat(map.cik("googl")).contains(1652044L);
        assertThat(map.ticker(1652044)).contains("GOOGL");
        assertThat(map.cik("MSFT")).isEmpty();
    }
}
