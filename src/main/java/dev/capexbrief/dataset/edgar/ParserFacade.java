package dev.capexbrief.dataset.edgar;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * The companyfacts parser {@code import edgar} reads payloads with: the streaming {@link EdgarImport}.
 * A payload it refuses (malformed, hostile, wrong units) is bad data, exit 1, with its one line.
 */
public final class ParserFacade implements FactsReader {
    @Override
    public List<? extends ReportedCompany> read(List<Path> sources, Set<Long> onlyCiks, Set<String> metrics)
            throws IOException, BadPayloadException {
        try {
            return new EdgarImport().read(sources, onlyCiks, metrics);
        } catch (EdgarFormatException e) {
            throw new BadPayloadException(e.getMessage(), e);
        }
    }
}
