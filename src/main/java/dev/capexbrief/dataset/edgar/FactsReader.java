package dev.capexbrief.dataset.edgar;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * Reads companyfacts payloads (a JSON file, a folder of them, the SEC's bulk {@code companyfacts.zip})
 * into reported actuals: the parser's facade, as {@code import edgar} uses it.
 */
@FunctionalInterface
public interface FactsReader {
    /**
     * @param sources  files, folders and zip archives
     * @param onlyCiks the companies to keep (empty: all)
     * @param metrics  the metrics to keep (empty: all)
     * @throws BadPayloadException when a payload is not valid companyfacts JSON, or holds a value no dataset can take
     */
    List<? extends ReportedCompany> read(List<Path> sources, Set<Long> onlyCiks, Set<String> metrics)
            throws IOException, BadPayloadException;
}
