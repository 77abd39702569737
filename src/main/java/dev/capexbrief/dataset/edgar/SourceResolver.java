package dev.capexbrief.dataset.edgar;

import dev.capexbrief.dataset.Company;
import dev.capexbrief.dataset.Dataset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * What {@code import edgar SOURCE...} names: companyfacts files, folders of them and bulk archives
 * on disk, or tickers and CIKs to fetch live. A ticker is looked up among the dataset's companies
 * with a {@code cik:} first, then in the SEC's ticker list (fetched and cached like a payload).
 */
public final class SourceResolver {
    private static final Pattern CIK = Pattern.compile("(?i)(?:CIK)?\\d{1,10}");
    private static final Pattern TICKER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.\\-]{0,11}");

    /**
     * The sources resolved.
     *
     * @param paths   files, folders and archives to read (fetched payloads included)
     * @param live    the CIKs fetched live
     * @param tickers tickers known for CIKs, for new companies' ids
     * @param bulk    whether a source is a bulk archive (a zip), which needs a list of companies to keep
     */
    public record Sources(List<Path> paths, Set<Long> live, Map<Long, String> tickers, boolean bulk) {
    }

    private final Supplier<Dataset> dataset;
    private final Supplier<SecClient> client;
    private SecClient made;
    private TickerMap tickerList;

    /**
     * @param dataset read only when a ticker or id must be looked up
     * @param client  made only when something is fetched (so files need no User-Agent)
     */
    public SourceResolver(Supplier<Dataset> dataset, Supplier<SecClient> client) {
        this.dataset = dataset;
        this.client = client;
    }

    public Sources resolve(List<String> sources) throws IOException, InterruptedException, BadPayloadException {
        List<Path> paths = new ArrayList<>();
        Set<Long> live = new LinkedHashSet<>();
        Map<Long, String> tickers = new HashMap<>();
        boolean bulk = false;
        for (String s : sources) {
            Path p = Path.of(s);
            if (Files.exists(p)) {
                paths.add(p);
                bulk |= Files.isRegularFile(p) && s.toLowerCase(Locale.ROOT).endsWith(".zip");
                continue;
            }
            if (looksLikePath(s)) {
                throw new NoSuchFileException(s);
            }
            long cik = cik(s, tickers);
            if (live.add(cik)) {
                paths.add(client().companyFacts(cik));
            }
        }
        return new Sources(paths, live, tickers, bulk);
    }

    /** A CIK for a CIK, a ticker or a company id given on the command line (for --only, too). */
    public long cik(String text, Map<Long, String> tickers) throws IOException, InterruptedException, BadPayloadException {
        String s = text.strip();
        if (CIK.matcher(s).matches() && !isCompanyId(s)) {
            long cik = Long.parseLong(s.replaceFirst("(?i)^CIK", ""));
            if (cik == 0) {
                throw new IllegalArgumentException("'" + text + "' is not a CIK (it is zero)");
            }
            return cik;
        }
        if (!TICKER.matcher(s).matches()) {
            throw new IllegalArgumentException("'" + text + "' is neither a file, a CIK nor a ticker");
        }
        for (Company c : dataset.get().companyList()) {
            if (c.id().equalsIgnoreCase(s) && c.hasCik()) {
                return c.cik();
            }
        }
        Optional<Long> found = tickers().cik(s);
        if (found.isEmpty()) {
            throw new IllegalArgumentException("unknown ticker '" + text + "': neither the dataset (cik:) nor the SEC's"
                    + " ticker list has it; give its CIK instead");
        }
        tickers.put(found.get(), s.toUpperCase(Locale.ROOT));
        return found.get();
    }

    private boolean isCompanyId(String s) {
        return dataset.get().companies().containsKey(s);
    }

    private TickerMap tickers() throws IOException, InterruptedException, BadPayloadException {
        if (tickerList == null) {
            tickerList = TickerMap.read(client().companyTickers());
        }
        return tickerList;
    }

    private SecClient client() {
        if (made == null) {
            made = client.get();
        }
        return made;
    }

    private static boolean looksLikePath(String s) {
        String l = s.toLowerCase(Locale.ROOT);
        return s.contains("/") || s.contains("\\") || l.endsWith(".json") || l.endsWith(".zip");
    }
}
