package dev.capexbrief.analysis;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of a source's web address a label is made of: the site's host without {@code www.},
 * the path's segments, and what EDGAR's archive paths say (the filing's folder, the document).
 */
record WebAddress(String host, List<String> segments) {
    /** {@code /Archives/edgar/data/<cik>/<accession digits>[/<document>]}. */
    private static final Pattern EDGAR = Pattern.compile("(?i)/Archives/edgar/data/\\d+/(\\d{18})(?:/([^/?#]*))?.*");
    private static final Pattern EXTENSION = Pattern.compile("(?i)\\.(html?|aspx?|php|pdf|shtml)$");
    private static final Pattern WORDS = Pattern.compile("[-_+.\\s]+");
    private static final Pattern RELEASE = Pattern.compile("(?i)(?:ex|exhibit)[-_]?99[-_.]?(\\d)?");

    WebAddress {
        segments = List.copyOf(segments);
    }

    /** The address's parts, or empty when it is not an http(s) address with a host. */
    static Optional<WebAddress> parse(String url) {
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme();
            if (uri.getHost() == null || scheme == null || !scheme.toLowerCase(Locale.ROOT).startsWith("http")) {
                return Optional.empty();
            }
            String host = uri.getHost().toLowerCase(Locale.ROOT);
            host = host.startsWith("www.") ? host.substring(4) : host;
            List<String> segments = new ArrayList<>();
            for (String s : (uri.getPath() == null ? "" : uri.getPath()).split("/")) {
                if (!s.isBlank()) {
                    segments.add(s);
                }
            }
            return Optional.of(new WebAddress(host, segments));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    boolean onEdgar() {
        return host.equals("sec.gov") && edgar().matches();
    }

    /** The filing folder's 18 digits (its accession number without dashes); only {@link #onEdgar()}. */
    String filingFolder() {
        Matcher m = edgar();
        m.matches();
        return m.group(1);
    }

    /**
     * The document inside the filing ({@code R6.htm}, {@code fb-12312019xexhibit991.htm}), or "" for
     * the filing itself: its folder, its index page or its full text.
     */
    String filingDocument() {
        Matcher m = edgar();
        m.matches();
        String doc = m.group(2) == null ? "" : m.group(2);
        String lower = doc.toLowerCase(Locale.ROOT);
        boolean filing = lower.isEmpty() || lower.endsWith("-index.htm") || lower.endsWith("-index.html")
                || lower.endsWith("-index-headers.html") || lower.matches("\\d{10}-\\d{2}-\\d{6}\\.txt");
        return filing ? "" : doc;
    }

    /** "99.1" for an exhibit 99 file name ({@code ex99-1.htm}, {@code fb-12312019xexhibit991.htm}), else "". */
    static String exhibit99(String document) {
        Matcher m = RELEASE.matcher(document);
        if (!m.find()) {
            return "";
        }
        return m.group(1) == null ? "99" : "99." + m.group(1);
    }

    /** A company's own release: a newswire's or an investor-relations site's page. */
    boolean ownRelease() {
        return host.equals("prnewswire.com") || host.equals("businesswire.com") || host.equals("globenewswire.com")
                || host.startsWith("investor.") || host.startsWith("investors.") || host.startsWith("ir.");
    }

    /**
     * The words of the page's slug, the last path segment that is not an index page, without its
     * extension and the wire's trailing id ({@code meta-reports-fourth-quarter-…-results-302673127.html}
     * gives {@code meta reports fourth quarter … results}); empty when it is not at least three words.
     */
    List<String> slugWords() {
        for (int i = segments.size() - 1; i >= 0; i--) {
            String s = EXTENSION.matcher(segments.get(i)).replaceFirst("");
            if (s.equalsIgnoreCase("default") || s.equalsIgnoreCase("index") || s.isBlank()) {
                continue;
            }
            List<String> words = new ArrayList<>(List.of(WORDS.split(s)));
            words.removeIf(String::isBlank);
            while (!words.isEmpty() && words.get(words.size() - 1).matches("\\d{5,}")) {
                words.remove(words.size() - 1);
            }
            long lettered = words.stream().filter(w -> w.chars().anyMatch(Character::isLetter)).count();
            return lettered >= 3 ? words : List.of();
        }
        return List.of();
    }

    private Matcher edgar() {
        return EDGAR.matcher("/" + String.join("/", segments));
    }
}
