package dev.capexbrief.cli;

import dev.capexbrief.dataset.edgar.SecClient;
import dev.capexbrief.dataset.edgar.SecSettings;
import dev.capexbrief.dataset.edgar.Sleeper;
import dev.capexbrief.delivery.Config;
import picocli.CommandLine.Option;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import java.util.function.Function;
import java.util.random.RandomGenerator;

/**
 * How {@code import edgar} reaches the SEC: the flags, the config's {@code edgar:} settings and the
 * User-Agent from {@code CAPEXBRIEF_SEC_USER_AGENT}, which wins over the config. The environment,
 * clock, sleeper and jitter are passed in so tests can run the live path without waiting.
 */
final class EdgarOptions {
    @Option(names = "--sec-base-url", paramLabel = "URL",
            description = "Where companyfacts (and company_tickers.json) are served: a mirror or a test server. "
                    + "Default: the config's edgar.base_url, else https://data.sec.gov.")
    String baseUrl;

    private final Function<String, String> environment;
    private final InstantSource clock;
    private final Sleeper sleeper;
    private final RandomGenerator jitter;

    EdgarOptions() {
        this(System::getenv, InstantSource.system(), Sleeper.REAL, RandomGenerator.getDefault());
    }

    EdgarOptions(Function<String, String> environment, InstantSource clock, Sleeper sleeper, RandomGenerator jitter) {
        this.environment = environment;
        this.clock = clock;
        this.sleeper = sleeper;
        this.jitter = jitter;
    }

    SecSettings settings(Config config) {
        Config.Edgar e = config.edgar() != null ? config.edgar() : new Config.Edgar(null, null, null, null, null, null);
        String agent = environment.apply(SecSettings.USER_AGENT_VARIABLE);
        if (agent == null || agent.isBlank()) {
            agent = e.userAgent();
        }
        URI data = baseUrl != null ? SecSettings.baseUrl(baseUrl, "--sec-base-url")
                : e.baseUrl() != null ? SecSettings.baseUrl(e.baseUrl(), "edgar.base_url") : SecSettings.DATA_SEC_GOV;
        URI files = e.filesBaseUrl() != null ? SecSettings.baseUrl(e.filesBaseUrl(), "edgar.files_base_url")
                : baseUrl != null || e.baseUrl() != null ? data : SecSettings.WWW_SEC_GOV;
        Path cache = e.cache() != null ? e.cache()
                : SecSettings.defaultCache(environment.apply("XDG_CACHE_HOME"), System.getProperty("user.home"));
        Duration maxAge = e.maxAgeHours() == null ? SecSettings.DEFAULT_MAX_AGE
                : Duration.ofSeconds(Math.round(e.maxAgeHours() * 3600));
        if (e.maxAgeHours() != null && (e.maxAgeHours().isNaN() || e.maxAgeHours() < 0)) {
            throw new IllegalArgumentException("edgar.max_age_hours must be 0 or more, not " + e.maxAgeHours());
        }
        if (e.timeoutSeconds() != null && e.timeoutSeconds() < 1) {
            throw new IllegalArgumentException("edgar.timeout_seconds must be 1 or more, not " + e.timeoutSeconds());
        }
        Duration timeout = e.timeoutSeconds() == null ? SecSettings.DEFAULT_TIMEOUT : Duration.ofSeconds(e.timeoutSeconds());
        return new SecSettings(agent, data, files, cache, maxAge, timeout, SecSettings.DEFAULT_ATTEMPTS);
    }

    /** A client for this run; refuses (a usage error) without a User-Agent. */
    SecClient client(Config config) {
        return new SecClient(settings(config), clock, sleeper, jitter);
    }
}
