package dev.capexbrief.dataset.edgar;

import dev.capexbrief.dataset.edit.FileRewrite;

import java.io.BufferedReader;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A raw payload in the cache, beside a small text file that says where it came from, when it was
 * fetched and its validators ({@code ETag}, {@code Last-Modified}) for a conditional request.
 * Both are written atomically: a killed run leaves the previous copy, never half of one.
 */
record CachedPayload(Path body, URI url, String etag, String lastModified, Instant fetchedAt) {

    static Path metaFile(Path body) {
        return body.resolveSibling(body.getFileName() + ".meta");
    }

    /** The cached copy of {@code url} at {@code body}, or null when there is none (or it is of another URL). */
    static CachedPayload read(Path body, URI url) throws IOException {
        Path meta = metaFile(body);
        if (!Files.isRegularFile(body) || !Files.isRegularFile(meta)) {
            return null;
        }
        Map<String, String> m = new LinkedHashMap<>();
        try (BufferedReader r = Files.newBufferedReader(meta, StandardCharsets.UTF_8)) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                int eq = line.indexOf('=');
                if (eq > 0) {
                    m.put(line.substring(0, eq), line.substring(eq + 1));
                }
            }
        }
        if (!url.toString().equals(m.get("url"))) {
            return null;
        }
        try {
            return new CachedPayload(body, url, m.getOrDefault("etag", ""), m.getOrDefault("last_modified", ""),
                    Instant.parse(m.getOrDefault("fetched_at", "")));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Records this copy's metadata (after its body is in place). */
    void writeMeta() throws IOException {
        String text = "url=" + url + "\netag=" + oneLine(etag) + "\nlast_modified=" + oneLine(lastModified)
                + "\nfetched_at=" + fetchedAt + "\n";
        FileRewrite.write(metaFile(body), out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    CachedPayload fetchedAgain(Instant at) {
        return new CachedPayload(body, url, etag, lastModified, at);
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("[\\r\\n]", "");
    }
}
