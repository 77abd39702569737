package dev.capexbrief.dataset.edgar;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The EDGAR importer's entry point: SOURCEs in, each company's actuals out. It reads companyfacts
 * payloads (files, folders, the bulk zip, or streams), keeps the companies and metrics asked for,
 * maps each company's facts to its fiscal calendar, de-cumulates year-to-date facts into quarters,
 * and dates every figure and restatement by the filing that made it public. It neither fetches nor
 * writes: the live client and the dataset merge build on it.
 */
public final class EdgarImport {
    private final EdgarLimits limits;

    public EdgarImport() {
        this(EdgarLimits.DEFAULT);
    }

    public EdgarImport(EdgarLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /**
     * Reads the companies in {@code sources} (companyfacts JSON files, folders of them, or the bulk
     * {@code companyfacts.zip}), in source order.
     *
     * @param onlyCiks the CIKs to import; empty imports every company found
     * @param metrics  the metric ids to import ({@link ConceptMap}); empty imports all
     * @throws EdgarFormatException     for a payload that cannot be imported, or a CIK found twice
     * @throws IllegalArgumentException for an unknown metric id
     */
    public List<ImportedCompany> read(List<Path> sources, Set<Long> onlyCiks, Set<String> metrics) throws IOException {
        ConceptMap.standard().only(metrics); // an unknown metric is a usage error: say so before any file is opened
        return readSources(Sources.of(sources), onlyCiks, metrics);
    }

    /** {@link #read} for sources already made, e.g. a {@link CompanyFactsJsonSource} over a download. */
    public List<ImportedCompany> readSources(List<? extends CompanyFactsSource> sources, Set<Long> onlyCiks,
                                             Set<String> metrics) throws IOException {
        List<ImportedCompany> out = new ArrayList<>();
        stream(sources, onlyCiks, metrics, out::add);
        return out;
    }

    /**
     * {@link #readSources}, handing each company over as soon as it is imported: memory then holds one
     * company at a time, however many a bulk archive has.
     */
    public void stream(List<? extends CompanyFactsSource> sources, Set<Long> onlyCiks, Set<String> metrics,
                       Consumer<ImportedCompany> each) throws IOException {
        ConceptMap concepts = ConceptMap.standard().only(metrics);
        CompanyFactsReader reader = new CompanyFactsReader(concepts, limits);
        CompanyImport importer = new CompanyImport(concepts);
        Set<Long> wanted = Set.copyOf(onlyCiks);
        // two payloads of one company (an old download beside a new one) would give two histories to merge
        Map<Long, String> seen = new HashMap<>();
        for (CompanyFactsSource source : sources) {
            source.read(reader, cik -> wanted.isEmpty() || wanted.contains(cik), facts -> {
                String earlier = seen.putIfAbsent(facts.cik(), facts.source());
                if (earlier != null) {
                    throw new EdgarFormatException(facts.source(), "CIK " + facts.cik() + " is also in " + earlier
                            + "; give one payload per company");
                }
                each.accept(importer.apply(facts));
            });
        }
    }

    /** One company's actuals from facts already read (all metrics the reader kept). */
    public ImportedCompany importCompany(CompanyFacts facts) {
        return new CompanyImport(ConceptMap.standard()).apply(facts);
    }
}
