package dev.capexbrief.dataset.edgar;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Tickers and CIKs from the SEC's {@code company_tickers.json}
 * ({@code {"0":{"cik_str":320193,"ticker":"AAPL","title":"Apple Inc."},...}}), read as a stream.
 */
public final class TickerMap {
    private final Map<String, Long> ciks = new HashMap<>();
    private final Map<Long, String> tickers = new HashMap<>();

    private TickerMap() {
    }

    public static TickerMap read(Path file) throws IOException, BadPayloadException {
        TickerMap map = new TickerMap();
        try (InputStream in = Files.newInputStream(file); JsonParser p = new JsonFactory().createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new BadPayloadException(file.getFileName() + ": not the SEC's ticker list (an object of companies)");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                if (p.nextToken() != JsonToken.START_OBJECT) {
                    p.skipChildren();
                    continue;
                }
                long cik = 0;
                String ticker = null;
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String field = p.currentName();
                    JsonToken v = p.nextToken();
                    if (field.equals("cik_str") && (v == JsonToken.VALUE_NUMBER_INT || v == JsonToken.VALUE_STRING)) {
                        cik = parseCik(p.getText());
                    } else if (field.equals("ticker") && v == JsonToken.VALUE_STRING) {
                        ticker = p.getText().strip().toUpperCase(Locale.ROOT);
                    } else {
                        p.skipChildren();
                    }
                }
                if (cik > 0 && ticker != null && !ticker.isEmpty()) {
                    map.ciks.putIfAbsent(ticker, cik);
                    map.tickers.putIfAbsent(cik, ticker);
                }
            }
        } catch (JsonProcessingException e) {
            throw new BadPayloadException(file.getFileName() + ": not valid JSON (" + e.getOriginalMessage() + ")", e);
        }
        return map;
    }

    private static long parseCik(String text) {
        return text.matches("\\d{1,10}") ? Long.parseLong(text) : 0;
    }

    public Optional<Long> cik(String ticker) {
        return Optional.ofNullable(ciks.get(ticker.strip().toUpperCase(Locale.ROOT)));
    }

    /** The first ticker the list gives for a CIK (the SEC lists a company's main listing first). */
    public Optional<String> ticker(long cik) {
        return Optional.ofNullable(tickers.get(cik));
    }
}
