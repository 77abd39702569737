package dev.capexbrief.dataset.edgar;

import java.io.IOException;
import java.util.function.LongPredicate;

/**
 * Where companyfacts payloads come from: one JSON payload (a file, or a stream such as a live
 * download), a folder of them, or the SEC's bulk {@code companyfacts.zip}. Each payload is read and
 * handed over before the next one is opened, so memory holds one company at a time.
 */
public sealed interface CompanyFactsSource permits CompanyFactsJsonSource, CompanyFactsFolder, CompanyFactsZip {

    /** Receives each company's facts as it is read. */
    @FunctionalInterface
    interface Sink {
        void accept(CompanyFacts facts) throws IOException;
    }

    /** How messages name this source. */
    String name();

    /** Reads every payload whose CIK is {@code wanted}, in a stable order, handing each to {@code sink}. */
    void read(CompanyFactsReader reader, LongPredicate wanted, Sink sink) throws IOException;
}
