package dev.capexbrief.dataset.edgar;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A stand-in for data.sec.gov and www.sec.gov on loopback: serves payloads by path with an ETag,
 * answers a matching If-None-Match with 304, can be told to answer a path with an error status first,
 * and records every request (path, User-Agent, validators, the time on a given clock).
 */
public final class SecStub implements AutoCloseable {
    /** One request as the server saw it. */
    public record Request(String path, String userAgent, String ifNoneMatch, String acceptEncoding, Instant at) {
    }

    private final HttpServer server;
    private final InstantSource clock;
    private final Map<String, byte[]> payloads = new HashMap<>();
    private final Map<String, Deque<int[]>> failures = new HashMap<>();
    private final List<Request> requests = new ArrayList<>();

    public SecStub(InstantSource clock) throws IOException {
        this.clock = clock;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    /** The base URL to give as --sec-base-url. */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public SecStub serve(String path, byte[] body) {
        synchronized (this) {
            payloads.put(path, body);
        }
        return this;
    }

    /**
     * The next request for {@code path} is answered with {@code status} (and Retry-After seconds when
     * not negative); status 0 drops the connection without an answer.
     */
    public synchronized SecStub failOnce(String path, int status, int retryAfterSeconds) {
        failures.computeIfAbsent(path, k -> new ArrayDeque<>()).add(new int[] {status, retryAfterSeconds});
        return this;
    }

    public synchronized List<Request> requests() {
        return List.copyOf(requests);
    }

    private void handle(HttpExchange x) throws IOException {
        String path = x.getRequestURI().getPath();
        byte[] body;
        int[] failure;
        synchronized (this) {
            requests.add(new Request(path, x.getRequestHeaders().getFirst("User-Agent"),
                    x.getRequestHeaders().getFirst("If-None-Match"), x.getRequestHeaders().getFirst("Accept-Encoding"),
                    clock.instant()));
            body = payloads.get(path);
            Deque<int[]> q = failures.get(path);
            failure = q == null ? null : q.poll();
        }
        try (x) {
            x.getRequestBody().readAllBytes();
            if (failure != null && failure[0] == 0) {
                // the connection drops before any answer
                x.getResponseBody().close();
                return;
            }
            if (failure != null) {
                if (failure[1] >= 0) {
                    x.getResponseHeaders().add("Retry-After", Integer.toString(failure[1]));
                }
                x.sendResponseHeaders(failure[0], -1);
                return;
            }
            if (body == null) {
                x.sendResponseHeaders(404, -1);
                return;
            }
            String etag = "\"" + Integer.toHexString(java.util.Arrays.hashCode(body)) + "\"";
            x.getResponseHeaders().add("ETag", etag);
            x.getResponseHeaders().add("Last-Modified", "Wed, 08 Jul 2026 10:00:00 GMT");
            if (etag.equals(x.getRequestHeaders().getFirst("If-None-Match"))) {
                x.sendResponseHeaders(304, -1);
                return;
            }
            x.getResponseHeaders().add("Content-Type", "application/json");
            x.sendResponseHeaders(200, body.length);
            try (OutputStream out = x.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
