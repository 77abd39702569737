package dev.capexbrief.dataset.edgar;

import dev.capexbrief.dataset.SizeLimitInputStream;
import org.apache.commons.io.input.CloseShieldInputStream;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;

import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one SEC companyfacts payload ({@code data.sec.gov/api/xbrl/companyfacts/CIK##########.json})
 * by streaming: memory holds the facts of the mapped concepts, never the document. Whatever is wrong
 * with a payload (truncated, too large, too deep, a key twice, a number out of range, a money value in
 * shares, text where a number belongs) becomes one {@link EdgarFormatException} naming the file, the
 * line and column, and the problem.
 */
public final class CompanyFactsReader {
    /** The longest key of a real payload is a concept name of about 150 characters. */
    private static final int MAX_NAME_CHARS = 1_000;
    /** Enough for any value below the 10^18 the parser accepts, with decimals. */
    private static final int MAX_NUMBER_CHARS = 64;
    private static final Pattern NON_STANDARD = Pattern.compile("^Non-standard token ('[^']*')");
    private static final Pattern JACKSON_SOURCE = Pattern.compile("\\s*\\(?(?:start marker )?at \\[Source:[^\\]]*\\]\\)?");

    private final ConceptMap concepts;
    private final EdgarLimits limits;
    private final JsonFactory json;

    /** A reader of the standard concept map's concepts, with the default limits. */
    public CompanyFactsReader() {
        this(ConceptMap.standard(), EdgarLimits.DEFAULT);
    }

    public CompanyFactsReader(ConceptMap concepts, EdgarLimits limits) {
        this.concepts = Objects.requireNonNull(concepts, "concepts");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.json = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.maxNestingDepth())
                        .maxStringLength(limits.maxStringChars())
                        .maxNameLength(MAX_NAME_CHARS)
                        .maxNumberLength(MAX_NUMBER_CHARS)
                        .build())
                // the caller owns the stream: a zip entry must stay open for the next one
                .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
                .build();
    }

    public ConceptMap concepts() {
        return concepts;
    }

    public EdgarLimits limits() {
        return limits;
    }

    /** Reads a payload; {@code source} names it in messages. The stream is read, not closed. */
    public CompanyFacts read(String source, InputStream in) throws IOException {
        return read(source, in, cik -> true).orElseThrow();
    }

    /**
     * Reads a payload if its CIK is wanted; otherwise returns empty as soon as the CIK is read
     * (it comes first in the SEC's payloads), without reading the facts.
     */
    public Optional<CompanyFacts> read(String source, InputStream in, LongPredicate wanted) throws IOException {
        // the caller owns the stream (a zip entry must stay open): the parser may close only the shield
        InputStream counted = new SizeLimitInputStream(CloseShieldInputStream.wrap(in), limits.maxPayloadBytes());
        JsonParser parser = null;
        try {
            parser = json.createParser(counted);
            return new PayloadParser(source, parser, concepts, wanted, limits.maxFacts()).read();
        } catch (SizeLimitInputStream.TooLargeException e) {
            throw at(source, parser, null, "is larger than the " + limits.payloadSize()
                    + " limit for one payload (the SEC's largest are tens of MB)");
        } catch (StreamConstraintsException e) {
            throw at(source, parser, e.getLocation(), constraint(e.getOriginalMessage()));
        } catch (JsonEOFException e) {
            throw at(source, parser, e.getLocation(), "ends in the middle of the JSON; the payload is truncated");
        } catch (JsonProcessingException e) {
            throw at(source, parser, e.getLocation(), jsonProblem(e.getOriginalMessage()));
        } catch (CharConversionException e) {
            throw at(source, parser, null, "is not JSON text: " + e.getMessage());
        } finally {
            if (parser != null) {
                parser.close();
            }
        }
    }

    private EdgarFormatException at(String source, JsonParser parser, JsonLocation location, String problem) {
        JsonLocation at = location != null ? location : parser != null ? parser.currentLocation() : null;
        return at == null ? new EdgarFormatException(source, problem)
                : new EdgarFormatException(source, at.getLineNr(), at.getColumnNr(), problem);
    }

    private String constraint(String message) {
        String m = message == null ? "" : message;
        if (m.contains("nesting depth")) {
            return "nests deeper than " + limits.maxNestingDepth() + " levels (a companyfacts payload has 7)";
        }
        if (m.startsWith("String value length")) {
            return "has a string longer than " + limits.maxStringChars() + " characters";
        }
        if (m.startsWith("Number value length")) {
            return "has a number longer than " + MAX_NUMBER_CHARS + " characters";
        }
        if (m.startsWith("Name length")) {
            return "has a key longer than " + MAX_NAME_CHARS + " characters";
        }
        return jsonProblem(m);
    }

    /** Jackson's message on one line, without its own source description. */
    private static String jsonProblem(String message) {
        String m = message == null ? "" : message;
        int newline = m.indexOf('\n');
        if (newline >= 0) {
            m = m.substring(0, newline);
        }
        m = JACKSON_SOURCE.matcher(m).replaceAll("").strip();
        Matcher nonStandard = NON_STANDARD.matcher(m);
        if (nonStandard.find()) {
            return "has " + nonStandard.group(1) + ", which is not a JSON number";
        }
        return "is not valid JSON: " + (m.isEmpty() ? "cannot be parsed" : m);
    }
}
