package dev.capexbrief.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The short line the briefing lists a source under, the one place it is made: every label starts
 * with whom the source is cited for, so a list of a hundred reads down by company.
 * <ul>
 * <li>A filing on EDGAR that imported figures cite by accession number: its form, its own period in
 *     the company's fiscal terms and the day it was filed ({@code Alphabet 10-Q for Q1 2026, filed
 *     2026-04-30}); a document inside it adds its name ({@code … (R6.htm)}).</li>
 * <li>Another EDGAR document: an exhibit 99 as such ({@code Meta exhibit 99.1 on EDGAR, 2020-01-29}),
 *     else the document's name ({@code Alphabet EDGAR document R35.htm}).</li>
 * <li>A company's own release (a newswire, an investor-relations site) whose address has a readable
 *     slug: its title, the site, the day ({@code Meta reports fourth quarter and full year 2025
 *     results, prnewswire.com, 2026-01-28}).</li>
 * <li>Any other web page: the site without {@code www.} and the day ({@code Alphabet: observer.com,
 *     2025-02-05}).</li>
 * <li>Text: as written, cut at a word with "…" past {@value #TEXT_CHARS} characters, after the
 *     company unless it names it.</li>
 * </ul>
 * The day is the latest announcement among the figures citing the source, when the data states it
 * (a date derived from a filing deadline says when a figure was due, not when a page said it); no
 * day when none is stated. Two web pages that would read the same add the last part of their path
 * when that tells them apart (two spellings of one address stay alike).
 */
final class SourceLabels {
    /** Longest text source listed as written. */
    static final int TEXT_CHARS = 90;
    private static final int TITLE_CHARS = 70;
    private static final int NAMES = 3;
    private static final int PATH_CHARS = 32;

    private final Map<String, Filing> filings;

    /** Filings by the digits of their accession number ({@link Filing#folder}). */
    SourceLabels(Map<String, Filing> filings) {
        this.filings = Map.copyOf(filings);
    }

    /** A label for each source, in order; {@code names} and {@code days} are the citing companies and the stated day. */
    List<String> labels(List<String> texts, List<List<String>> names, List<LocalDate> days) {
        List<String> out = new ArrayList<>(texts.size());
        List<Optional<WebAddress>> addresses = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i);
            Optional<WebAddress> a = Sources.isUrl(text) ? WebAddress.parse(text) : Optional.empty();
            addresses.add(a);
            out.add(a.isPresent() ? web(a.get(), names.get(i), days.get(i)) : text(text, names.get(i)));
        }
        Map<String, Integer> labels = count(out);
        Map<String, Integer> tails = new HashMap<>();
        for (int i = 0; i < out.size(); i++) {
            if (labels.get(out.get(i)) > 1 && addresses.get(i).isPresent()) {
                tails.merge(out.get(i) + " (" + tail(addresses.get(i).get()) + ")", 1, Integer::sum);
            }
        }
        for (int i = 0; i < out.size(); i++) {
            String told = addresses.get(i).map(a -> " (" + tail(a) + ")").orElse("");
            if (tails.getOrDefault(out.get(i) + told, 0) == 1) {
                out.set(i, out.get(i) + told);
            }
        }
        return out;
    }

    private static Map<String, Integer> count(List<String> labels) {
        Map<String, Integer> out = new HashMap<>();
        labels.forEach(l -> out.merge(l, 1, Integer::sum));
        return out;
    }

    private String web(WebAddress a, List<String> names, LocalDate day) {
        if (a.onEdgar()) {
            return edgar(a, names, day);
        }
        String who = who(names);
        List<String> slug = a.ownRelease() ? a.slugWords() : List.of();
        if (!slug.isEmpty()) {
            String title = title(slug, names);
            boolean named = names.stream().anyMatch(n -> title.toLowerCase(Locale.ROOT).contains(n.toLowerCase(Locale.ROOT)));
            return (named ? "" : who + ": ") + title + ", " + a.host() + on(day);
        }
        return who + ": " + a.host() + on(day);
    }

    /** The imported filing a source is the EDGAR page of (not a document inside it), if any. */
    java.util.Optional<Filing> filing(String text) {
        if (!Sources.isUrl(text)) {
            return java.util.Optional.empty();
        }
        return WebAddress.parse(text).filter(a -> a.onEdgar() && a.filingDocument().isEmpty())
                .map(a -> filings.get(a.filingFolder()));
    }

    private String edgar(WebAddress a, List<String> names, LocalDate day) {
        Filing filing = filings.get(a.filingFolder());
        String doc = a.filingDocument();
        if (filing != null) {
            return filing.label() + (doc.isEmpty() ? "" : " (" + doc + ")");
        }
        String who = who(names);
        String exhibit = WebAddress.exhibit99(doc);
        if (doc.isEmpty()) {
            return who + " EDGAR filing" + on(day);
        }
        return who + (exhibit.isEmpty() ? " EDGAR document " + doc : " exhibit " + exhibit + " on EDGAR") + on(day);
    }

    private static String text(String text, List<String> names) {
        String t = text.strip().replaceAll("\\s+", " ");
        if (t.length() > TEXT_CHARS) {
            t = cut(t, TEXT_CHARS);
        }
        String lower = t.toLowerCase(Locale.ROOT);
        boolean named = names.isEmpty() || names.stream().anyMatch(n -> lower.contains(n.toLowerCase(Locale.ROOT)));
        return named ? t : who(names) + ": " + t;
    }

    /** "Meta reports fourth quarter and full year 2025 results": the first word and the company's words capitalised. */
    private static String title(List<String> words, List<String> names) {
        List<String> out = new ArrayList<>(words.size());
        for (String w : words) {
            String lower = w.toLowerCase(Locale.ROOT);
            boolean company = names.stream().flatMap(n -> List.of(n.split("\\s+")).stream())
                    .anyMatch(n -> n.equalsIgnoreCase(w));
            out.add(out.isEmpty() || company ? Character.toUpperCase(lower.charAt(0)) + lower.substring(1) : lower);
        }
        String title = String.join(" ", out);
        return title.length() > TITLE_CHARS ? cut(title, TITLE_CHARS) : title;
    }

    /** "Amazon", "Amazon, Alphabet, Meta", "Acme, Borealis, Cirrus and 1,995 more". */
    static String who(List<String> names) {
        if (names.size() <= NAMES) {
            return String.join(", ", names);
        }
        return String.join(", ", names.subList(0, NAMES)) + " and "
                + String.format(Locale.ENGLISH, "%,d", names.size() - NAMES) + " more";
    }

    private static String on(LocalDate day) {
        return day == null ? "" : ", " + day;
    }

    /** The text cut at the last word that fits in {@code max} characters, with "…". */
    private static String cut(String s, int max) {
        int end = s.lastIndexOf(' ', max - 1);
        String head = (end > max / 2 ? s.substring(0, end) : s.substring(0, max - 1)).replaceAll("[\\s,;:.\\-]+$", "");
        return head + "\u2026";
    }

    /** The last segment of the address's path (or its host), to tell apart two pages that would read the same. */
    private static String tail(WebAddress a) {
        if (a.segments().isEmpty()) {
            return a.host();
        }
        String last = a.segments().get(a.segments().size() - 1);
        return last.length() <= PATH_CHARS ? last : last.substring(0, PATH_CHARS - 1) + "\u2026";
    }
}
