package dev.capexbrief.dataset.edgar;

import dev.capexbrief.dataset.edit.FileRewrite;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.random.RandomGenerator;
import java.util.zip.GZIPInputStream;

/**
 * Fetches companyfacts payloads and the ticker list from the SEC the way its fair-access rules ask:
 * a declared User-Agent with a contact, at most ten requests a second across the run (one
 * {@link RequestPacer}), compressed transfer, retries with exponential backoff and jitter on 429
 * and 5xx (waiting as long as {@code Retry-After} says), connect and response timeouts, and a cache
 * of raw payloads reused within a max-age and after that revalidated with a conditional request
 * (a 304 reuses the cached copy). An unreachable host is one {@link SecUnavailableException}.
 */
public final class SecClient {
    /** The longest {@code Retry-After} waited for; a server asking for more is reported instead. */
    static final Duration MAX_RETRY_AFTER = Duration.ofMinutes(2);
    static final Duration FIRST_BACKOFF = Duration.ofMillis(500);
    static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

    private final SecSettings settings;
    private final HttpClient http;
    private final RequestPacer pacer;
    private final InstantSource clock;
    private final Sleeper sleeper;
    private final RandomGenerator jitter;
    private int requests;

    public SecClient(SecSettings settings, InstantSource clock, Sleeper sleeper, RandomGenerator jitter) {
        settings.requireUserAgent();
        this.settings = settings;
        this.clock = clock;
        this.sleeper = sleeper;
        this.jitter = jitter;
        this.pacer = RequestPacer.sec(clock, sleeper);
        this.http = HttpClient.newBuilder().connectTimeout(settings.timeout()).followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    /** How many HTTP requests this client has sent (retries included). */
    public synchronized int requests() {
        return requests;
    }

    /** The companyfacts payload of a CIK, as a file in the cache. */
    public Path companyFacts(long cik) throws IOException, InterruptedException {
        String name = String.format(Locale.ROOT, "CIK%010d.json", cik);
        return fetch(URI.create(settings.dataBase() + "/api/xbrl/companyfacts/" + name),
                settings.cache().resolve("companyfacts").resolve(name), "companyfacts for " + name.replace(".json", ""));
    }

    /** The SEC's list of tickers and CIKs ({@code company_tickers.json}), as a file in the cache. */
    public Path companyTickers() throws IOException, InterruptedException {
        return fetch(URI.create(settings.filesBase() + "/files/company_tickers.json"),
                settings.cache().resolve("company_tickers.json"), "the ticker list");
    }

    private Path fetch(URI url, Path body, String what) throws IOException, InterruptedException {
        CachedPayload cached = CachedPayload.read(body, url);
        Instant now = clock.instant();
        if (cached != null && cached.fetchedAt().plus(settings.maxAge()).isAfter(now) && !cached.fetchedAt().isAfter(now)) {
            return body;
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(url).GET().timeout(settings.timeout())
                .header("User-Agent", settings.userAgent()).header("Accept-Encoding", "gzip");
        if (cached != null && !cached.etag().isEmpty()) {
            request.header("If-None-Match", cached.etag());
        }
        if (cached != null && !cached.lastModified().isEmpty()) {
            request.header("If-Modified-Since", cached.lastModified());
        }
        HttpRequest built = request.build();
        for (int attempt = 1; ; attempt++) {
            pacer.acquire();
            HttpResponse<byte[]> response;
            try {
                response = send(built);
            } catch (HttpTimeoutException | TimeoutException e) {
                if (attempt >= settings.attempts()) {
                    throw new SecUnavailableException(url.getHost() + " did not answer within " + settings.timeout().toSeconds()
                            + " s (" + attempt + " attempts) for " + what + "; try again later", e);
                }
                sleeper.sleep(backoff(attempt));
                continue;
            } catch (Interrupted e) {
                // a dropped connection or a reset: worth another try, like a 5xx
                if (attempt >= settings.attempts()) {
                    throw new SecUnavailableException("cannot fetch " + what + " from " + url.getHost() + ": "
                            + why(e.getCause()) + " (" + attempt + " attempts); try again later", e.getCause());
                }
                sleeper.sleep(backoff(attempt));
                continue;
            }
            int status = response.statusCode();
            if (status == 200) {
                store(body, response);
                new CachedPayload(body, url, header(response, "ETag"), header(response, "Last-Modified"), clock.instant())
                        .writeMeta();
                return body;
            }
            if (status == 304 && cached != null) {
                cached.fetchedAgain(clock.instant()).writeMeta();
                return body;
            }
            if ((status == 429 || status >= 500) && attempt < settings.attempts()) {
                Duration wait = retryAfter(response).orElse(backoff(attempt));
                if (wait.compareTo(MAX_RETRY_AFTER) > 0) {
                    throw new SecUnavailableException(url.getHost() + " answered " + status + " for " + what
                            + " and asks to wait " + wait.toSeconds() + " s; try again later");
                }
                sleeper.sleep(wait);
                continue;
            }
            throw new SecUnavailableException(url.getHost() + " answered " + status + reason(status) + " for " + what
                    + (status == 429 || status >= 500 ? " (" + attempt + " attempts); try again later" : hint(status)));
        }
    }

    /** A transfer that broke off (connection closed or reset): retried. */
    private static final class Interrupted extends Exception {
        private static final long serialVersionUID = 1L;

        Interrupted(Throwable cause) {
            super(cause);
        }
    }

    private HttpResponse<byte[]> send(HttpRequest request)
            throws IOException, InterruptedException, TimeoutException, Interrupted {
        synchronized (this) {
            requests++;
        }
        CompletableFuture<HttpResponse<byte[]>> future = http.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray());
        try {
            // the whole response, body included, within the timeout (the request's own timeout covers only the headers)
            return future.get(settings.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw e;
        } catch (CancellationException e) {
            throw new HttpTimeoutException("cancelled");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            String host = request.uri().getHost() + (request.uri().getPort() > 0 ? ":" + request.uri().getPort() : "");
            if (unreachable(cause)) {
                throw new SecUnavailableException("cannot reach " + host + ": " + why(cause)
                        + "; check the network connection (or --sec-base-url)", cause);
            }
            if (cause instanceof HttpTimeoutException t) {
                throw t;
            }
            if (cause instanceof IOException) {
                throw new Interrupted(cause);
            }
            throw new SecUnavailableException("cannot fetch from " + host + ": " + why(cause), cause);
        }
    }

    /** Connection refused, no route, no DNS: no retry will help within this run. */
    private static boolean unreachable(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof ConnectException || c instanceof UnknownHostException || c instanceof UnresolvedAddressException
                    || c instanceof java.net.NoRouteToHostException || c instanceof java.net.http.HttpConnectTimeoutException) {
                return true;
            }
        }
        return false;
    }

    private static String why(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof UnresolvedAddressException || c instanceof UnknownHostException) {
                return "unknown host (no DNS answer)";
            }
            if (c instanceof java.net.http.HttpConnectTimeoutException) {
                return "no answer to the connection attempt (timed out)";
            }
            if (c instanceof ConnectException) {
                return "connection refused";
            }
        }
        String m = t.getMessage();
        return m == null || m.isBlank() ? t.getClass().getSimpleName() : m;
    }

    private static void store(Path body, HttpResponse<byte[]> response) throws IOException {
        boolean gzip = header(response, "Content-Encoding").toLowerCase(Locale.ROOT).contains("gzip");
        FileRewrite.write(body, out -> {
            try (InputStream in = gzip ? new GZIPInputStream(new ByteArrayInputStream(response.body()))
                    : new ByteArrayInputStream(response.body())) {
                in.transferTo(out);
            }
        });
    }

    /** Exponential, with jitter so that clients retrying together do not come back together: 0.5-1 s, 1-2 s, 2-4 s, ... */
    Duration backoff(int attempt) {
        long max = Math.min(MAX_BACKOFF.toMillis(), FIRST_BACKOFF.toMillis() << Math.min(attempt, 20));
        long min = max / 2;
        return Duration.ofMillis(min + (max > min ? jitter.nextLong(max - min + 1) : 0));
    }

    /** {@code Retry-After} in seconds or as an HTTP date. */
    Optional<Duration> retryAfter(HttpResponse<?> response) {
        String v = header(response, "Retry-After").strip();
        if (v.isEmpty()) {
            return Optional.empty();
        }
        if (v.chars().allMatch(Character::isDigit) && v.length() < 10) {
            return Optional.of(Duration.ofSeconds(Long.parseLong(v)));
        }
        try {
            Duration d = Duration.between(clock.instant(), ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
            return Optional.of(d.isNegative() ? Duration.ZERO : d);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse("");
    }

    private static String reason(int status) {
        return switch (status) {
            case 403 -> " Forbidden";
            case 404 -> " Not Found";
            case 429 -> " Too Many Requests";
            case 500 -> " Internal Server Error";
            case 503 -> " Service Unavailable";
            default -> "";
        };
    }

    private static String hint(int status) {
        return switch (status) {
            case 403 -> "; the SEC refuses requests without a User-Agent naming you and a contact email, and clients"
                    + " that exceed its fair-access limits";
            case 404 -> "; check the CIK or ticker";
            default -> "";
        };
    }
}
