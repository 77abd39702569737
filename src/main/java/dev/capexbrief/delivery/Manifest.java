package dev.capexbrief.delivery;

import dev.capexbrief.dataset.Digests;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a briefing was made from and what it says, written beside its PDF and workbook
 * ({@code capex-briefing-2025-W31.json}) and committed together with them: the tool's version,
 * the as-of date, the week and the currency; the dataset's location and SHA-256 and the digest of
 * the template set; the SHA-256 of the PDF and of the workbook; and the headline numbers and the
 * email's values exactly as they were rendered. {@code send} writes the email from it alone, and
 * {@code brief} uses it to tell an up-to-date week from one to rebuild.
 *
 * @param format   the manifest format, {@link #FORMAT}
 * @param tool     "capexbrief 0.1.0" (or "capexbrief dev" when run from the build's classes)
 * @param asOf     the as-of date, ISO
 * @param dataset  where the data came from and the SHA-256 of its bytes
 * @param templates the template folder (or "bundled") and the digest of every file of the set
 * @param headline the page-one title, the headline total and its growth, and the headline figures
 * @param email    every value the email templates see, as the PDF prints them
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Manifest(int format, String tool, String week, String asOf, String currency, Input dataset,
                       Input templates, Output pdf, Output xlsx, Map<String, Object> headline,
                       Map<String, Object> email) {
    public static final int FORMAT = 1;
    /** A manifest is a few kilobytes; a file far larger is not one. */
    private static final long MAX_BYTES = 16L << 20;

    /** An input: where it is and the SHA-256 of its bytes. */
    public record Input(String location, String sha256) {
    }

    /** An output file: its name in the week folder, its size and the SHA-256 of its bytes. */
    public record Output(String name, long bytes, String sha256) {
        static Output of(AtomicFile f) {
            return new Output(f.target().getFileName().toString(), f.size(), f.sha256());
        }

        /** The file in {@code folder}. */
        public Path in(Path folder) {
            return folder.resolve(name);
        }

        /** Null when the file in {@code folder} has exactly these bytes; else what is wrong with it, in words. */
        public String problem(Path folder) throws IOException {
            Path f = in(folder);
            if (!Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)) {
                return f + " is missing";
            }
            if (Files.size(f) != bytes || !Digests.of(f).equals(sha256)) {
                return f + " has changed since it was written";
            }
            return null;
        }
    }

    private static final ObjectMapper JSON = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .build();

    static {
        JSON.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build());
    }

    /** The running tool: "capexbrief" and the jar's version. */
    public static String currentTool() {
        String v = Manifest.class.getPackage().getImplementationVersion();
        return "capexbrief " + (v == null ? "dev" : v);
    }

    /** The same briefing would come out of these inputs: tool, week, as-of date, currency, data and templates. */
    public boolean sameInputs(Manifest other) {
        return differences(other).isEmpty();
    }

    /** What differs between the inputs of this manifest and {@code other}, in words; empty when nothing does. */
    public List<String> differences(Manifest other) {
        List<String> out = new ArrayList<>();
        if (!Objects.equals(tool, other.tool)) {
            out.add("written by " + other.tool + ", this is " + tool);
        }
        if (!Objects.equals(asOf, other.asOf)) {
            out.add("as of " + other.asOf + ", not " + asOf);
        }
        if (!Objects.equals(currency, other.currency)) {
            out.add("in " + other.currency + ", not " + currency);
        }
        if (!Objects.equals(sha(dataset), sha(other.dataset))) {
            out.add(Objects.equals(location(dataset), location(other.dataset))
                    ? "the dataset " + location(dataset) + " has changed since"
                    : "from the dataset " + location(other.dataset) + ", not " + location(dataset));
        }
        if (!Objects.equals(sha(templates), sha(other.templates))) {
            out.add(!Objects.equals(location(templates), location(other.templates))
                    ? "with the templates " + location(other.templates) + ", not " + location(templates)
                    : "bundled".equals(location(templates)) ? "the bundled templates have changed since"
                    : "the templates in " + location(templates) + " have changed since");
        }
        return out;
    }

    private static String sha(Input i) {
        return i == null ? null : i.sha256();
    }

    private static String location(Input i) {
        return i == null ? "(unknown)" : i.location();
    }

    /** The manifest as JSON text, keys in a fixed order. */
    public byte[] toJson() {
        try {
            return (JSON.writeValueAsString(this) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a manifest: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * Reads a manifest; a file that is not one (truncated, edited into something else, another
     * format) is reported naming it.
     */
    public static Manifest read(Path file) throws IOException {
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new NoSuchFileException(file.toString(), null, "no manifest");
        }
        if (Files.size(file) > MAX_BYTES) {
            throw new BadManifestException(file + " is not a briefing manifest: larger than " + (MAX_BYTES >> 20) + " MB");
        }
        Manifest m;
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            m = JSON.readValue(in, Manifest.class);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")";
            throw new BadManifestException(file + " is not a readable briefing manifest" + where + ": "
                    + e.getOriginalMessage().lines().findFirst().orElse(""));
        }
        if (m == null || m.format() != FORMAT || m.week() == null || m.asOf() == null || m.pdf() == null
                || m.xlsx() == null || m.email() == null) {
            throw new BadManifestException(file + " is not a briefing manifest of format " + FORMAT
                    + " (a field is missing)");
        }
        return m;
    }

    /** How the files on disk stand against this manifest: the first one missing or changed, or none. */
    public List<String> fileProblems(Path folder) throws IOException {
        List<String> out = new ArrayList<>();
        for (Output o : List.of(pdf, xlsx)) {
            String p = o.problem(folder);
            if (p != null) {
                out.add(p);
            }
        }
        return out;
    }

    /** The values of {@code email} as a mutable copy for a template model. */
    public Map<String, Object> emailValues() {
        return new LinkedHashMap<>(email);
    }

    /** Raised when a manifest cannot be read: a file problem (exit code 3). */
    public static final class BadManifestException extends IOException {
        private static final long serialVersionUID = 1L;

        public BadManifestException(String message) {
            super(message);
        }
    }

}
