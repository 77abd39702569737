package dev.capexbrief.dataset.edgar;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/**
 * How to reach the SEC: who is asking (the User-Agent with a contact the SEC requires), where
 * (data.sec.gov for companyfacts, www.sec.gov for the ticker list, or a mirror), the cache of raw
 * payloads and how long a cached one is reused without asking, and the timeouts.
 *
 * @param userAgent  e.g. {@code "Acme Research research@acme.com"}; null when not configured (then nothing is fetched)
 * @param dataBase   where {@code /api/xbrl/companyfacts/CIK##########.json} is served
 * @param filesBase  where {@code /files/company_tickers.json} is served
 * @param maxAge     a cached payload younger than this is used without a request; older ones are revalidated
 * @param timeout    connect timeout, and the most a response may take to arrive in full
 * @param attempts   tries per request when the server answers 429 or 5xx or a read times out
 */
public record SecSettings(String userAgent, URI dataBase, URI filesBase, Path cache, Duration maxAge, Duration timeout,
                          int attempts) {
    public static final URI DATA_SEC_GOV = URI.create("https://data.sec.gov");
    public static final URI WWW_SEC_GOV = URI.create("https://www.sec.gov");
    public static final String USER_AGENT_VARIABLE = "CAPEXBRIEF_SEC_USER_AGENT";
    public static final Duration DEFAULT_MAX_AGE = Duration.ofHours(12);
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    public static final int DEFAULT_ATTEMPTS = 5;

    public SecSettings {
        dataBase = base(dataBase, "edgar.base_url");
        filesBase = base(filesBase, "edgar.files_base_url");
        if (maxAge.isNegative()) {
            throw new IllegalArgumentException("edgar.max_age_hours must not be negative");
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("edgar.timeout_seconds must be positive");
        }
        if (attempts < 1) {
            throw new IllegalArgumentException("at least one attempt per request");
        }
        if (userAgent != null) {
            userAgent = userAgent.strip();
        }
    }

    /** A base URL as given (a trailing slash dropped); only http and https, with a host. */
    static URI base(URI uri, String setting) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
            throw new IllegalArgumentException(setting + ": '" + uri + "' is not an http(s) URL such as https://data.sec.gov");
        }
        String s = uri.toString();
        return s.endsWith("/") ? URI.create(s.substring(0, s.length() - 1)) : uri;
    }

    /** Parses a base URL from a flag or a setting, with the same message for every mistake. */
    public static URI baseUrl(String text, String setting) {
        try {
            return base(new URI(text.strip()), setting);
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException(setting + ": '" + text + "' is not an http(s) URL such as https://data.sec.gov");
        }
    }

    /** The User-Agent, or a usage error saying how to declare one: the SEC refuses anonymous requests. */
    public String requireUserAgent() {
        String how = "set edgar.user_agent in capexbrief.yaml or " + USER_AGENT_VARIABLE
                + ", e.g. \"Acme Research research@acme.com\"";
        if (userAgent == null || userAgent.isEmpty()) {
            throw new IllegalArgumentException("fetching from the SEC needs a User-Agent that names you and gives a contact"
                    + " email; " + how);
        }
        if (userAgent.chars().anyMatch(c -> c < ' ' || c == 0x7F) || userAgent.chars().anyMatch(c -> c > 0x7E)) {
            throw new IllegalArgumentException("the SEC User-Agent must be plain ASCII text on one line; " + how);
        }
        if (userAgent.indexOf('@') < 0) {
            throw new IllegalArgumentException("the SEC User-Agent '" + userAgent + "' gives no contact email; " + how);
        }
        return userAgent;
    }

    /** The default cache: {@code $XDG_CACHE_HOME/capexbrief/edgar}, else {@code ~/.cache/capexbrief/edgar}. */
    public static Path defaultCache(String xdgCacheHome, String userHome) {
        Path root = xdgCacheHome != null && !xdgCacheHome.isBlank() ? Path.of(xdgCacheHome) : Path.of(userHome, ".cache");
        return root.resolve("capexbrief").resolve("edgar");
    }
}
