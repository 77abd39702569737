package dev.capexbrief.dataset;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * How company ids are compared, so that a typo never becomes a company of its own: ids are read in
 * Unicode NFKC form (a full-width {@code ＭＥＴＡ} is {@code META}), may hold no invisible character,
 * and two ids are taken for one company written two ways when they differ only in case, or (both of
 * four characters or more) by one edit that touches more than digits. Company names are compared with case, punctuation and legal
 * suffixes (Inc., Corp., Ltd., ...) set aside.
 */
public final class CompanyIds {
    /** Ids shorter than this are compared by case only: among short tickers (MS, MU; GE, GM) one letter is another company. */
    static final int MIN_EDIT_LENGTH = 4;
    /** Words that say what legal form a company has, not which company it is. */
    private static final Set<String> LEGAL_WORDS = Set.of("inc", "incorporated", "corp", "corporation", "co", "company",
            "ltd", "limited", "plc", "llc", "lp", "llp", "sa", "ag", "nv", "se", "holding", "holdings", "group", "com");

    private CompanyIds() {
    }

    /** The id as it is compared and kept: NFKC, without surrounding white space. */
    public static String normalize(String id) {
        String s = Normalizer.isNormalized(id, Normalizer.Form.NFKC) ? id : Normalizer.normalize(id, Normalizer.Form.NFKC);
        return s.strip();
    }

    /**
     * The first code point in {@code id} that shows as nothing, or -1: format characters (zero-width
     * space, joiners, the byte-order mark, word joiner, soft hyphen, bidi controls), controls,
     * line and paragraph separators and lone surrogates.
     */
    static int invisible(String id) {
        for (int i = 0; i < id.length(); ) {
            int cp = id.codePointAt(i);
            switch (Character.getType(cp)) {
                case Character.FORMAT, Character.CONTROL, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                        Character.SURROGATE -> {
                    return cp;
                }
                default -> i += Character.charCount(cp);
            }
        }
        return -1;
    }

    /** What is wrong with an id as written (an invisible character in it, or nothing but spaces), or null. */
    static String problem(String id) {
        int cp = invisible(id);
        if (cp >= 0) {
            String name = Character.getName(cp);
            return String.format(Locale.ROOT, "%s contains an invisible character (U+%04X%s); retype the id",
                    Texts.quote(id), cp, name == null ? "" : " " + name);
        }
        return normalize(id).isEmpty() ? "is blank; give the company's id, such as MSFT" : null;
    }

    /** The id with case set aside. */
    static String caseKey(String id) {
        return id.toUpperCase(Locale.ROOT);
    }

    /** True when the ids differ only in case. */
    static boolean caseOnly(String a, String b) {
        return !a.equals(b) && caseKey(a).equals(caseKey(b));
    }

    /**
     * True when {@code a} and {@code b} (case set aside) are one edit apart: one character inserted,
     * deleted or replaced, or two neighbours swapped (MTEA for META).
     */
    static boolean oneEdit(String a, String b) {
        return edited(a, b) != null;
    }

    /**
     * True when {@code a} and {@code b} are one edit apart and the edit touches a letter (or any
     * character but a digit): ids that differ only in their digits are numbered companies, as markets
     * number them (0700.HK and 0701.HK, 9983.T and 9984.T), not typos.
     */
    static boolean oneLetterOff(String a, String b) {
        String chars = edited(a, b);
        return chars != null && !chars.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /** The characters one edit changes between {@code a} and {@code b} (case set aside), or null when they are not one edit apart. */
    private static String edited(String a, String b) {
        String x = caseKey(a);
        String y = caseKey(b);
        if (x.equals(y)) {
            return null;
        }
        if (x.length() > y.length()) {
            String t = x;
            x = y;
            y = t;
        }
        if (y.length() - x.length() > 1) {
            return null;
        }
        int i = 0;
        while (i < x.length() && x.charAt(i) == y.charAt(i)) {
            i++;
        }
        if (x.length() < y.length()) {
            return x.regionMatches(i, y, i + 1, x.length() - i) ? String.valueOf(y.charAt(i)) : null;
        }
        if (x.regionMatches(i + 1, y, i + 1, x.length() - i - 1)) {
            return "" + x.charAt(i) + y.charAt(i);
        }
        boolean swapped = i + 1 < x.length() && x.charAt(i) == y.charAt(i + 1) && x.charAt(i + 1) == y.charAt(i)
                && x.regionMatches(i + 2, y, i + 2, x.length() - i - 2);
        return swapped ? x.substring(i, i + 2) : null;
    }

    /** True when an id is long enough for {@link #oneEdit} to say more about a typo than about two tickers. */
    static boolean longEnoughForEdits(String id) {
        return id.codePointCount(0, id.length()) >= MIN_EDIT_LENGTH;
    }

    /**
     * The id among {@code ids} that {@code id} is most likely a slip for (the same id in another Unicode
     * form or case, else one edit away, at any length), for a "did you mean" hint; empty when there is
     * none or {@code id} is one of them.
     */
    public static Optional<String> likelyMeant(String id, Collection<String> ids) {
        String n = normalize(id);
        if (ids.contains(n)) {
            return n.equals(id) ? Optional.empty() : Optional.of(n);
        }
        Optional<String> sameButCase = ids.stream().filter(k -> caseKey(k).equals(caseKey(n))).findFirst();
        return sameButCase.isPresent() ? sameButCase : ids.stream().filter(k -> oneEdit(k, n)).findFirst();
    }

    /**
     * A company name's words with case, punctuation and trailing legal words set aside:
     * "Meta Platforms, Inc." and "Meta Platforms" are both {@code [meta, platforms]}, "Amazon.com, Inc." is {@code [amazon]}.
     */
    static List<String> nameWords(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replace("&", " and ");
        List<String> words = new ArrayList<>(Arrays.asList(s.split("[^\\p{L}\\p{N}]+")));
        words.removeIf(String::isEmpty);
        while (words.size() > 1 && LEGAL_WORDS.contains(words.get(words.size() - 1))) {
            words.remove(words.size() - 1);
        }
        return words;
    }

    /** True when one name's words begin the other's ("Meta" and "Meta Platforms"): the names do not tell two companies apart. */
    static boolean namesOverlap(List<String> a, List<String> b) {
        List<String> shorter = a.size() <= b.size() ? a : b;
        List<String> longer = shorter == a ? b : a;
        return !shorter.isEmpty() && longer.subList(0, shorter.size()).equals(shorter);
    }
}
