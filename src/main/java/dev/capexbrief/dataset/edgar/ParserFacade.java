package dev.capexbrief.dataset.edgar;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * The companyfacts parser {@code import edgar} reads payloads with: the one place the parser's
 * facade is plugged in. Until the streaming parser ({@code EdgarImport}) is part of the build it
 * refuses, saying so; tests plug in a stand-in through the command's constructor.
 */
public final class ParserFacade implements FactsReader {
    @Override
    public List<? extends ReportedCompany> read(List<Path> sources, Set<Long> onlyCiks, Set<String> metrics)
            throws IOException, BadPayloadException {
        throw new UnsupportedOperationException("this build of capexbrief has no companyfacts parser yet;"
                + " import edgar needs dev.capexbrief.dataset.edgar.EdgarImport");
    }
}
